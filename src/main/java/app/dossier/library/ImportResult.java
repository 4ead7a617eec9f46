package app.dossier.library;

/** What importing an OPML file did. */
public record ImportResult(int feedsAdded, int feedsAlreadyPresent, int foldersAdded) {
}

package app.dossier.library;

/** A feed a web page offers, for the user to choose from. */
public record FeedChoice(String url, String title, String format) {
}

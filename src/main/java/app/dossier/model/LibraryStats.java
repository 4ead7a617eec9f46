package app.dossier.model;

/**
 * Counts that describe the library as a whole.
 *
 * @param feeds         subscriptions
 * @param folders       folders
 * @param articles      stored articles
 * @param unread        articles not read
 * @param starred       starred articles
 * @param pendingIndex  articles stored but not yet searchable
 * @param databaseBytes size of the database files on disk
 */
public record LibraryStats(long feeds, long folders, long articles, long unread, long starred,
        long pendingIndex, long databaseBytes) {
}

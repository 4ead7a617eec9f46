package app.dossier.library;

import java.time.Duration;

/**
 * The totals of one refresh.
 *
 * @param feeds        feeds visited
 * @param updated      feeds with a new document
 * @param notModified  feeds unchanged (304 or the same body)
 * @param failed       feeds that failed (counted against them)
 * @param waiting      feeds not fetched or not counted: host waiting, rate limited, offline
 * @param newArticles  articles added
 * @param updatedArticles articles whose content changed
 * @param wireBytes    bytes received on the wire
 * @param stored       time until every article was stored and listed
 * @param searchable   time until every stored article was searchable
 */
public record RefreshReport(int feeds, int updated, int notModified, int failed, int waiting, int newArticles,
        int updatedArticles, long wireBytes, Duration stored, Duration searchable) {
}

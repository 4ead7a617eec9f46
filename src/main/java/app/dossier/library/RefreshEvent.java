package app.dossier.library;

import app.dossier.model.RefreshOutcome;
import java.time.Duration;

/**
 * What a refresh reports while it runs, in order: one {@link FeedRefreshed} per feed, then
 * {@link AllStored}, then {@link IndexProgressed} as search catches up, then {@link Finished}.
 * Listeners are called on the library's writer thread and must return quickly.
 */
public sealed interface RefreshEvent {

    /** A feed's refresh ended and its articles (if any) are stored. */
    record FeedRefreshed(String feedName, String url, RefreshOutcome outcome, String detail, int done, int total)
            implements RefreshEvent {
    }

    /** Every visited feed's articles are stored and can be listed. */
    record AllStored(int feeds, int newArticles, Duration elapsed) implements RefreshEvent {
    }

    /** More articles became searchable. */
    record IndexProgressed(int indexed, long remaining) implements RefreshEvent {
    }

    /** Everything is stored and searchable. */
    record Finished(RefreshReport report) implements RefreshEvent {
    }
}

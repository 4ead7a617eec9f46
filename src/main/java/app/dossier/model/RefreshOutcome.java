package app.dossier.model;

import java.time.Duration;
import java.time.Instant;

/**
 * What one refresh of one feed did, recorded by the refresh pipeline for every feed it visits
 * (instead of throwing) so the user can see why a feed is quiet.
 *
 * @param feedId      the store's internal feed id
 * @param at          when the refresh finished
 * @param httpStatus  the last HTTP status, {@code 0} when no response arrived (offline, DNS, timeout)
 * @param bytes       bytes received on the wire, before decompression
 * @param duration    time from the first byte sent to the last byte received
 * @param newArticles articles added by this refresh
 * @param error       one line for the user, {@code null} when the refresh succeeded
 * @param nextCheck   when the feed will be checked again, {@code null} when polling stopped (gone)
 */
public record RefreshOutcome(
        long feedId,
        Instant at,
        int httpStatus,
        long bytes,
        Duration duration,
        int newArticles,
        String error,
        Instant nextCheck) {

    public RefreshOutcome {
        if (at == null || duration == null) {
            throw new IllegalArgumentException("a refresh outcome needs a time and a duration");
        }
    }

    /** Whether the refresh succeeded (including "not modified"). */
    public boolean succeeded() {
        return error == null;
    }
}

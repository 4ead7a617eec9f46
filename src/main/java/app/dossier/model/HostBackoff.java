package app.dossier.model;

import java.time.Instant;

/**
 * A host that asked us to wait (HTTP 429 or 503 with or without {@code Retry-After}). Every feed on
 * that host waits, including on "refresh now". The store keeps one row per host so the wait
 * survives a restart; rows whose {@code until} has passed may be deleted.
 *
 * @param host  the host name, lower case, without port (e.g. {@code feeds.example.org})
 * @param until no request to this host before this time
 */
public record HostBackoff(String host, Instant until) {

    public HostBackoff {
        if (host == null || host.isBlank() || until == null) {
            throw new IllegalArgumentException("a host back-off needs a host and a time");
        }
    }

    /** Whether the host still asks us to wait at {@code now}. */
    public boolean isActive(Instant now) {
        return now.isBefore(until);
    }
}

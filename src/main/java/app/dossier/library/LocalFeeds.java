package app.dossier.library;

import app.dossier.feed.BodyHash;
import app.dossier.feed.FeedParser;
import app.dossier.feed.FetchResult;
import app.dossier.feed.FetchResult.Outcome;
import app.dossier.feed.FetchResult.Problem;
import app.dossier.model.CacheHints;
import app.dossier.model.FetchState;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Subscriptions to local files ({@code file:} URLs) are "fetched" by reading the file, with the
 * same outcome vocabulary as the network: a changed file is UPDATED, the same bytes UNCHANGED, a
 * missing or unreadable file FAILED with one line saying why.
 */
final class LocalFeeds {

    private LocalFeeds() {
    }

    static FetchResult read(String url, FetchState state, Clock clock) {
        Instant start = clock.instant();
        Path file;
        try {
            file = Path.of(URI.create(url));
        } catch (IllegalArgumentException e) {
            return failure(url, "not a usable file address", start, clock);
        }
        try {
            long size = Files.size(file);
            if (size > FeedParser.MAX_DOCUMENT_BYTES) {
                return failure(url, "the file is larger than the 20 MB limit", start, clock);
            }
            byte[] body = Files.readAllBytes(file);
            String hash = BodyHash.of(body);
            boolean same = hash.equals(state.bodyHash());
            Instant end = clock.instant();
            return new FetchResult(same ? Outcome.UNCHANGED : Outcome.UPDATED, Problem.NONE, null, url, url, 200,
                    null, null, null, body, hash, null, body.length, body.length, end, Duration.between(start, end),
                    CacheHints.NONE, null, null, List.of());
        } catch (IOException e) {
            return failure(url, LibraryException.describe(e) + ": " + file, start, clock);
        }
    }

    private static FetchResult failure(String url, String message, Instant start, Clock clock) {
        Instant end = clock.instant();
        return new FetchResult(Outcome.FAILED, Problem.NETWORK, message, url, url, 0, null, null, null, null, null,
                null, 0, 0, end, Duration.between(start, end), CacheHints.NONE, null, null, List.of());
    }
}

package app.dossier.feed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds found for an address, best first. When there are several the user may choose; when
 * there are none, {@link #error()} says why in one line.
 *
 * @param address the address as the user gave it
 * @param feeds   candidates, best first, never {@code null}
 * @param error   one line for the user when nothing was found, else {@code null}
 * @param fetched what looking already fetched, by candidate URL: the first refresh of a feed chosen
 *                from these uses it instead of asking the server again a moment later
 */
public record FeedDiscovery(String address, List<FeedCandidate> feeds, String error, Map<String, FetchResult> fetched) {

    public FeedDiscovery {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        fetched = fetched == null ? Map.of() : Map.copyOf(fetched);
    }

    public FeedDiscovery(String address, List<FeedCandidate> feeds, String error) {
        this(address, feeds, error, Map.of());
    }

    /** The candidate to subscribe to when the user does not choose. */
    public Optional<FeedCandidate> best() {
        return feeds.stream().findFirst();
    }
}

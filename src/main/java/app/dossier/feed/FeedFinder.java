package app.dossier.feed;

import app.dossier.feed.FeedCandidate.Format;
import app.dossier.feed.FeedCandidate.Source;
import app.dossier.feed.FetchResult.Outcome;
import app.dossier.feed.FetchResult.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Finds the feeds behind an address such as {@code https://site.example} or {@code site.example}:
 * the address itself when it is a feed; else the feeds its page advertises; else whichever of
 * {@code /feed}, {@code /rss.xml}, {@code /atom.xml}, {@code /index.xml}, {@code /feed.json} on its
 * site answers with a feed. All requests go through the {@link FeedFetcher}, so its politeness
 * rules apply.
 *
 * <p>Threads: {@link #find} may be called from any thread and never blocks; the future completes
 * on the fetcher's executor and never completes exceptionally.
 */
public final class FeedFinder {

    /** Where feeds usually live when a page does not say. */
    static final List<String> COMMON_PATHS = List.of("/feed", "/rss.xml", "/atom.xml", "/index.xml", "/feed.json");

    /** {@code mailto:} or {@code http:} but not {@code site.example:8080}. */
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:(?![0-9])");

    private final FeedFetcher fetcher;

    public FeedFinder(FeedFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The feeds for {@code address}, best first. */
    public CompletableFuture<FeedDiscovery> find(String address) {
        String text = address == null ? "" : address.trim();
        URI page = WebAddress.parse(HAS_SCHEME.matcher(text).find() ? text : "https://" + text);
        if (page == null) {
            String why = text.isEmpty() ? "no address given" : "not a web address: " + FeedFetcher.shorten(text);
            return CompletableFuture.completedFuture(new FeedDiscovery(address, List.of(), why));
        }
        return fetcher.fetch(FetchRequest.of(page.toString())).thenCompose(r -> {
            if (r.outcome() == Outcome.UPDATED || r.outcome() == Outcome.UNCHANGED) {
                ContentSniffer.Kind kind = ContentSniffer.sniff(r.body(), r.contentType());
                if (kind.isFeed()) {
                    String url = r.permanentRedirect() != null ? r.permanentRedirect() : page.toString();
                    return CompletableFuture.completedFuture(new FeedDiscovery(address,
                            List.of(new FeedCandidate(url, null, format(kind), Source.THE_PAGE_ITSELF)), null,
                            Map.of(url, r)));
                }
                return probe(address, page);
            }
            if (r.outcome() == Outcome.HTML_PAGE) {
                return r.advertisedFeeds().isEmpty() ? probe(address, page) : done(address, r.advertisedFeeds());
            }
            if (r.outcome() == Outcome.GONE || r.problem() == Problem.HTTP_STATUS && r.outcome() == Outcome.FAILED) {
                return probe(address, page);
            }
            return CompletableFuture.completedFuture(new FeedDiscovery(address, List.of(), r.message()));
        });
    }

    /** Tries the common paths on the page's site; keeps those that answer with a feed. */
    private CompletableFuture<FeedDiscovery> probe(String address, URI page) {
        String origin = page.getScheme() + "://" + page.getRawAuthority();
        List<CompletableFuture<FetchResult>> probes = new ArrayList<>();
        for (String path : COMMON_PATHS) {
            probes.add(fetcher.fetch(FetchRequest.of(origin + path)));
        }
        return CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            Map<String, FeedCandidate> found = new LinkedHashMap<>();
            Map<String, FetchResult> fetched = new HashMap<>();
            for (CompletableFuture<FetchResult> p : probes) {
                FetchResult r = p.join();
                if (r.outcome() != Outcome.UPDATED) {
                    continue;
                }
                ContentSniffer.Kind kind = ContentSniffer.sniff(r.body(), r.contentType());
                if (kind.isFeed()) {
                    String url = r.permanentRedirect() != null ? r.permanentRedirect() : r.requestedUrl();
                    if (found.putIfAbsent(r.finalUrl(), new FeedCandidate(url, null, format(kind), Source.COMMON_PATH)) == null) {
                        fetched.put(url, r);
                    }
                }
            }
            if (found.isEmpty()) {
                return new FeedDiscovery(address, List.of(), "no feed found at " + FeedFetcher.shorten(address));
            }
            return new FeedDiscovery(address, FeedLinks.ranked(new ArrayList<>(found.values()), page), null, fetched);
        });
    }

    private static CompletableFuture<FeedDiscovery> done(String address, List<FeedCandidate> feeds) {
        return CompletableFuture.completedFuture(new FeedDiscovery(address, feeds, null));
    }

    private static Format format(ContentSniffer.Kind kind) {
        return switch (kind) {
            case ATOM -> Format.ATOM;
            case RSS -> Format.RSS;
            case JSON_FEED -> Format.JSON_FEED;
            default -> Format.UNKNOWN;
        };
    }
}

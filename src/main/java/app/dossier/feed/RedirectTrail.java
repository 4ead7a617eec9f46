package app.dossier.feed;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * The redirects one fetch has followed: at most a limit, no address twice (a loop), and where the
 * unbroken chain of permanent redirects (301, 308) from the requested address led. Used by one
 * fetch, one hop at a time (each hop happens after the previous one), so it needs no lock.
 */
final class RedirectTrail {

    /** Where to go next, or why not ({@code problem} set, {@code target} null). */
    record Step(URI target, String problem) {
    }

    private final int max;
    private final Set<String> visited = new HashSet<>();
    private int followed;
    private String permanentTarget;
    private boolean permanentChain = true;

    RedirectTrail(int max) {
        this.max = max;
    }

    /** Notes an address about to be requested. */
    void visit(URI uri) {
        visited.add(uri.toString());
    }

    /** The next hop for a {@code status} response from {@code from} with a {@code Location}. */
    Step follow(URI from, int status, String location) {
        if (location == null || location.isBlank()) {
            return new Step(null, "the server redirected (HTTP " + status + ") without saying where");
        }
        URI target = WebAddress.resolve(from, location);
        if (target == null) {
            return new Step(null, "the server redirected to an address we cannot fetch: "
                    + FeedFetcher.shorten(location));
        }
        if (visited.contains(target.toString())) {
            return new Step(null, "the server redirects in a loop (back to "
                    + FeedFetcher.shorten(target.toString()) + ")");
        }
        if (++followed > max) {
            return new Step(null, "more than " + max + " redirects");
        }
        if (permanentChain && (status == 301 || status == 308)) {
            permanentTarget = target.toString();
        } else {
            permanentChain = false;
        }
        return new Step(target, null);
    }

    /** The end of the unbroken chain of 301/308 from the requested address, or {@code null}. */
    String permanentTarget() {
        return permanentTarget;
    }
}

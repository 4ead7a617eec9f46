package app.dossier.feed;

import app.dossier.model.FetchState;

/**
 * One feed to fetch.
 *
 * @param url   the feed's stored URL (http or https)
 * @param state what the store kept from earlier fetches: validators and body hash are used,
 *              never {@code null} ({@link FetchState#NEW} for a new feed)
 * @param force send no validators and report the body as changed even when its hash is the same:
 *              a "reload from scratch" (e.g. after a parser fix). A host's Retry-After still applies.
 *              "Refresh now" is a scheduling decision and normally uses {@code false}.
 */
public record FetchRequest(String url, FetchState state, boolean force) {

    public FetchRequest {
        if (url == null) {
            throw new IllegalArgumentException("a fetch needs a URL");
        }
        state = state == null ? FetchState.NEW : state;
    }

    /** A first fetch of {@code url}, with nothing known about it. */
    public static FetchRequest of(String url) {
        return new FetchRequest(url, FetchState.NEW, false);
    }
}

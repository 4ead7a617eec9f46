package app.dossier.feed;

/**
 * A feed found for a web page: advertised by the page, the page itself, or found at a common path.
 *
 * @param url    absolute URL of the feed
 * @param title  the title the page gave it, or {@code null}
 * @param format the format the link or the body suggests
 * @param source how it was found
 */
public record FeedCandidate(String url, String title, Format format, Source source) {

    /** The format a candidate claims; {@link #UNKNOWN} for {@code rel="feed"} links without a type. */
    public enum Format {
        ATOM, RSS, JSON_FEED, UNKNOWN
    }

    /** How a candidate was found. */
    public enum Source {
        /** The address the user gave is a feed. */
        THE_PAGE_ITSELF,
        /** A {@code <link rel="alternate">} or {@code rel="feed"} on the page. */
        ADVERTISED,
        /** A common path such as {@code /feed} that answered with a feed. */
        COMMON_PATH
    }
}

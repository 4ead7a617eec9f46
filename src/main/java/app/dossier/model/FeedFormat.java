package app.dossier.model;

/**
 * The syndication format a document was written in, with the identifier used in
 * {@code dossier parse --json} output.
 */
public enum FeedFormat {
    RSS_090("rss-0.90"),
    RSS_091("rss-0.91"),
    RSS_092("rss-0.92"),
    RSS_093("rss-0.93"),
    RSS_094("rss-0.94"),
    RSS_10("rss-1.0"),
    RSS_20("rss-2.0"),
    /** An {@code <rss>} document without a version attribute we recognise. */
    RSS("rss"),
    ATOM_03("atom-0.3"),
    ATOM_10("atom-1.0"),
    /** An Atom document without a namespace. */
    ATOM("atom"),
    JSON_10("json-1.0"),
    JSON_11("json-1.1");

    private final String id;

    FeedFormat(String id) {
        this.id = id;
    }

    /** The stable identifier, e.g. {@code "rss-2.0"} or {@code "json-1.1"}. */
    public String id() {
        return id;
    }

    /** The format with the given {@link #id()}, or {@code null}. */
    public static FeedFormat fromId(String id) {
        for (FeedFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }
}

package app.dossier.feed;

/**
 * A document could not be read as a feed. The message is one line meant for the user, e.g.
 * {@code "not a feed: an HTML page"} or {@code "document is larger than the 20 MB limit"}.
 */
public final class FeedParseException extends Exception {

    /** Why the document was refused; callers react to some of these (an HTML page offers discovery). */
    public enum Reason {
        /** Zero bytes, or only whitespace. */
        EMPTY,
        /** Larger than the size limit. */
        TOO_LARGE,
        /** Binary data, or text that is neither XML nor JSON. */
        NOT_TEXT,
        /** An HTML page rather than a feed; the page may advertise feeds. */
        HTML_PAGE,
        /** Well-formed XML or JSON, but no feed format we know. */
        NOT_A_FEED,
        /** Broken beyond repair (unterminated markup, invalid JSON). */
        MALFORMED,
        /** Refused for safety: entity expansion bombs, external entities, excessive nesting. */
        UNSAFE
    }

    private final Reason reason;

    public FeedParseException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FeedParseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

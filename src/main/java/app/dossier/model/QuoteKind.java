package app.dossier.model;

/** Whether a quote reproduces the speaker's words or reports them. */
public enum QuoteKind {
    /** The speaker's own words between quote marks. */
    DIRECT("direct"),
    /** Reported speech: "X said that …", "according to X, …". */
    INDIRECT("indirect");

    private final String id;

    QuoteKind(String id) {
        this.id = id;
    }

    /** The lower-case name used in stored and printed results. */
    public String id() {
        return id;
    }
}

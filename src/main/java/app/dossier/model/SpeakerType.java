package app.dossier.model;

/** What kind of source a quote is attributed to. */
public enum SpeakerType {
    /** A named (or resolvable) individual. */
    PERSON("person"),
    /** Unnamed sources: "several officials", "a senior U.S. official", "analysts". */
    GROUP("group"),
    /** A government, ministry, international body or other organisation; capitals used for governments. */
    ORGANIZATION("organization"),
    /** A news outlet: "The New York Times reported". */
    MEDIA("media");

    private final String id;

    SpeakerType(String id) {
        this.id = id;
    }

    /** The lower-case name used in stored and printed results. */
    public String id() {
        return id;
    }
}

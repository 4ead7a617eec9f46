package app.dossier.model;

/** What an entity mention names. */
public enum EntityType {
    COUNTRY("country"),
    PERSON("person"),
    ORGANIZATION("organization"),
    MEDIA("media"),
    /** A city, territory or disputed area. */
    PLACE("place"),
    /** A region larger than a country: Europe, the Middle East, the Baltic. */
    REGION("region");

    private final String id;

    EntityType(String id) {
        this.id = id;
    }

    /** The lower-case name used in stored and printed results. */
    public String id() {
        return id;
    }
}

package app.dossier.model;

/**
 * An author or contributor as a feed names them. Any part may be {@code null}, but not all three.
 */
public record Person(String name, String email, String uri) {

    /** A short human label: the name, else the e-mail address, else the URI. */
    public String label() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return email != null ? email : uri;
    }
}

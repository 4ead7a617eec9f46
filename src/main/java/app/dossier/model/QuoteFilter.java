package app.dossier.model;

/**
 * Which quotes of the library to list, newest article first.
 *
 * @param speaker      only speakers whose name (or, for unnamed sources, whose words as written)
 *                     contains this text, case and accents ignored; {@code null} for all
 * @param officialOnly only speakers who speak for a state or an international body
 * @param limit        at most this many (positive)
 */
public record QuoteFilter(String speaker, boolean officialOnly, int limit) {

    public QuoteFilter {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
    }

    public static QuoteFilter all(int limit) {
        return new QuoteFilter(null, false, limit);
    }
}

package app.dossier.model;

import java.util.Objects;

/**
 * Who a quote is attributed to.
 *
 * @param name      the resolved full name ("Andriy Zagorodnyuk", "The New York Times"), or
 *                  {@code null} for unnamed sources
 * @param asWritten the words that name the speaker at the attribution ("Zagorodnyuk", "he",
 *                  "Several officials")
 * @param span      where {@code asWritten} stands in the analysed text
 * @param role      the role the article gives ("former Ukrainian defense minister"), or {@code null}
 * @param type      person, group, organisation or media
 * @param official  whether the speaker speaks for a state or an international body
 */
public record Speaker(String name, String asWritten, TextSpan span, String role, SpeakerType type,
                      boolean official) {

    public Speaker {
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}

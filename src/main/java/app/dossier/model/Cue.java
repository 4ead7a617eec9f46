package app.dossier.model;

import java.util.Objects;

/**
 * The words that mark speech: "said", "said in an interview that", "According to".
 *
 * @param span where the cue stands in the analysed text
 * @param text the cue as written
 */
public record Cue(TextSpan span, String text) {

    public Cue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}

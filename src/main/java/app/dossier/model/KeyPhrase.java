package app.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A phrase that characterises an article.
 *
 * @param text        the phrase in its canonical form ("ceasefire" for "cease-fire" too)
 * @param score       relevance, higher is better; only comparable within one article
 * @param occurrences where the phrase (or a variant) stands in the analysed text, in order
 */
public record KeyPhrase(String text, double score, List<TextSpan> occurrences) {

    public KeyPhrase {
        Objects.requireNonNull(text, "text");
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
    }
}

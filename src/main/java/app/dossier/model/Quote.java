package app.dossier.model;

import java.util.Objects;

/**
 * Something a source said, direct or reported.
 *
 * @param span       the quoted words, without quote marks
 * @param kind       direct or indirect
 * @param speaker    who said it, or {@code null} when the analyser cannot tell safely
 * @param cue        the speech cue, or {@code null} when the quote stands alone
 * @param confidence 0..1; the reading pane may hide weak quotes and speakers
 */
public record Quote(TextSpan span, QuoteKind kind, Speaker speaker, Cue cue, double confidence) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}

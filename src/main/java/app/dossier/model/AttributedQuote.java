package app.dossier.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One quote of the library with the article it stands in: a line of "who said what".
 *
 * @param articleId    the article's stable id
 * @param articleTitle the article's title, or {@code null}
 * @param feedId       the subscription the article came from
 * @param feedName     that subscription's display name
 * @param date         the article's date (published, else updated, else first seen)
 * @param kind         direct or indirect
 * @param text         the quoted words, without quote marks
 * @param speaker      who said it, or {@code null} when the analyser could not tell safely; its span
 *                     refers to the article's analysed text
 * @param confidence   0..1, as the analyser gave it
 * @param span         where the quote stands in the article's analysed text
 */
public record AttributedQuote(ArticleId articleId, String articleTitle, long feedId, String feedName,
                              Instant date, QuoteKind kind, String text, Speaker speaker, double confidence,
                              TextSpan span) {

    public AttributedQuote {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}

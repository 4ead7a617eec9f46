package app.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analyser found in one article. Offsets refer to {@code text}; for an article
 * given as HTML, {@code sourceMap} maps them back to the HTML.
 *
 * @param text            the analysed plain text (the input itself for plain-text input)
 * @param quotes          quotes in text order
 * @param keyPhrases      key phrases, best first
 * @param entities        entity mentions in text order
 * @param boilerplate     publisher furniture excluded from the analysis, in text order
 * @param analyzerVersion the analyser version that produced this; stored results of an older
 *                        version should be analysed again
 * @param sourceMap       text offsets to source offsets
 */
public record ArticleAnalysis(String text, List<Quote> quotes, List<KeyPhrase> keyPhrases,
                              List<Entity> entities, List<TextSpan> boilerplate, int analyzerVersion,
                              SourceMap sourceMap) {

    public ArticleAnalysis {
        Objects.requireNonNull(text, "text");
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        keyPhrases = keyPhrases == null ? List.of() : List.copyOf(keyPhrases);
        entities = entities == null ? List.of() : List.copyOf(entities);
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
        sourceMap = sourceMap == null ? SourceMap.identity(text.length()) : sourceMap;
    }

    /** Where a span of {@code text} stands in the source document. */
    public TextSpan sourceSpan(TextSpan span) {
        return sourceMap.toSource(span);
    }
}

package app.dossier.cli;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.AttributedQuote;
import app.dossier.model.Cue;
import app.dossier.model.Entity;
import app.dossier.model.KeyPhrase;
import app.dossier.model.Quote;
import app.dossier.model.Speaker;
import app.dossier.model.TextSpan;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The JSON shapes of who said what, written field by field in the documented order: the analysis
 * of one input ({@code highlight --jsonl}) and the library's quotes ({@code quotes --json}).
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    /**
     * {@code {"file", "text", "quotes", "key_phrases", "entities", "boilerplate"}}; offsets are
     * UTF-16 code units into {@code text}, end exclusive.
     */
    static void analysis(JsonGenerator g, String file, String text, ArticleAnalysis a) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", file);
        g.writeStringField("text", text);
        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            g.writeStartObject();
            g.writeNumberField("start", q.span().start());
            g.writeNumberField("end", q.span().end());
            g.writeStringField("kind", q.kind().id());
            speaker(g, q.speaker(), true);
            Cue c = q.cue();
            if (c == null) {
                g.writeNullField("cue");
            } else {
                g.writeObjectFieldStart("cue");
                g.writeNumberField("start", c.span().start());
                g.writeNumberField("end", c.span().end());
                g.writeStringField("text", c.text());
                g.writeEndObject();
            }
            g.writeNumberField("confidence", q.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("key_phrases");
        for (KeyPhrase k : a.keyPhrases()) {
            g.writeStartObject();
            g.writeStringField("text", k.text());
            g.writeNumberField("score", k.score());
            g.writeFieldName("occurrences");
            spans(g, k.occurrences());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entities");
        for (Entity e : a.entities()) {
            g.writeStartObject();
            g.writeStringField("text", e.text());
            g.writeStringField("canonical", e.canonical());
            g.writeStringField("type", e.type().id());
            g.writeNumberField("start", e.span().start());
            g.writeNumberField("end", e.span().end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("boilerplate");
        spans(g, a.boilerplate());
        g.writeEndObject();
    }

    /** {@code [{"article", "title", "feed", "date", "kind", "text", "speaker", "confidence"}]}. */
    static void quotes(JsonGenerator g, List<AttributedQuote> quotes) throws IOException {
        g.writeStartArray();
        for (AttributedQuote q : quotes) {
            g.writeStartObject();
            g.writeStringField("article", q.articleId().toString());
            g.writeStringField("title", q.articleTitle());
            g.writeStringField("feed", q.feedName());
            g.writeStringField("date", q.date() == null ? null : q.date().toString());
            g.writeStringField("kind", q.kind().id());
            g.writeStringField("text", q.text());
            speaker(g, q.speaker(), false);
            g.writeNumberField("confidence", q.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void speaker(JsonGenerator g, Speaker s, boolean withSpan) throws IOException {
        if (s == null) {
            g.writeNullField("speaker");
            return;
        }
        g.writeObjectFieldStart("speaker");
        g.writeStringField("name", s.name());
        g.writeStringField("as_written", s.asWritten());
        if (withSpan) {
            g.writeNumberField("start", s.span().start());
            g.writeNumberField("end", s.span().end());
        }
        g.writeStringField("role", s.role());
        g.writeStringField("type", s.type().id());
        g.writeBooleanField("official", s.official());
        g.writeEndObject();
    }

    private static void spans(JsonGenerator g, List<TextSpan> spans) throws IOException {
        g.writeStartArray();
        for (TextSpan s : spans) {
            g.writeStartArray();
            g.writeNumber(s.start());
            g.writeNumber(s.end());
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}

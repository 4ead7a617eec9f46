package app.dossier.cli;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.Entity;
import app.dossier.model.KeyPhrase;
import app.dossier.model.Quote;
import app.dossier.model.QuoteKind;
import app.dossier.model.Speaker;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Who said what for a terminal: quotes under their speakers, key phrases, entities. */
final class AnalysisText {

    /** Longer quotes are cut: the terminal is for finding them, the article for reading them. */
    private static final int QUOTE_CHARS = 300;

    private AnalysisText() {
    }

    static void print(PrintStream out, ArticleAnalysis a, boolean withEntities) {
        quotes(out, a);
        keyPhrases(out, a.keyPhrases());
        if (withEntities) {
            entities(out, a.entities());
        }
    }

    static void quotes(PrintStream out, ArticleAnalysis a) {
        if (a.quotes().isEmpty()) {
            out.println("Who said what: no quotes found.");
            return;
        }
        out.println("Who said what (" + Text.plural(a.quotes().size(), "quote", "quotes") + "):");
        for (Quote q : a.quotes()) {
            out.println("  " + speaker(q.speaker()));
            out.println("      " + quote(q.kind(), q.span().of(a.text())));
        }
    }

    static void keyPhrases(PrintStream out, List<KeyPhrase> phrases) {
        if (phrases.isEmpty()) {
            out.println("Key phrases: none.");
            return;
        }
        StringJoiner j = new StringJoiner(" · ");
        phrases.forEach(k -> j.add(k.text()));
        out.println("Key phrases: " + j);
    }

    /** Each entity once, with its type and how often it is mentioned, most mentioned first. */
    static void entities(PrintStream out, List<Entity> entities) {
        if (entities.isEmpty()) {
            out.println("Entities: none.");
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entity e : entities) {
            counts.merge(e.canonical() + " (" + e.type().id(), 1, Integer::sum);
        }
        StringJoiner j = new StringJoiner(" · ");
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                .forEach(e -> j.add(e.getKey() + (e.getValue() > 1 ? ", " + e.getValue() + "×" : "") + ")"));
        out.println("Entities: " + j);
    }

    /** "Andriy Zagorodnyuk (as “he”), former Ukrainian defense minister · official". */
    static String speaker(Speaker s) {
        if (s == null) {
            return "(speaker not named safely)";
        }
        StringBuilder b = new StringBuilder(s.name() != null ? s.name() : s.asWritten());
        if (s.name() != null && !s.name().contains(s.asWritten())) {
            b.append(" (as “").append(s.asWritten()).append("”)");
        }
        if (s.role() != null && !b.toString().toLowerCase(java.util.Locale.ROOT)
                .contains(s.role().toLowerCase(java.util.Locale.ROOT))) {
            b.append(", ").append(s.role()); // not "his spokeswoman, his spokeswoman"
        }
        if (s.official()) {
            b.append(" · official");
        }
        return b.toString();
    }

    /** Direct quotes in quote marks; reported speech after "(reported)". */
    static String quote(QuoteKind kind, String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (t.length() > QUOTE_CHARS) {
            t = t.substring(0, QUOTE_CHARS - 1).stripTrailing() + "…";
        }
        return kind == QuoteKind.DIRECT ? "“" + t + "”" : "(reported) " + t;
    }
}

package app.dossier.highlight;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.Entity;
import app.dossier.model.KeyPhrase;
import app.dossier.model.Quote;
import app.dossier.model.Speaker;
import app.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares an analysis with a case's annotations. A predicted quote matches a gold quote when their
 * spans overlap by more than 0.3 (shared characters over the characters of both together). Also
 * keeps the counts for precision, recall, speaker accuracy and coverage over many cases.
 */
final class CaseChecker {

    static final double OVERLAP = 0.3;

    /** Counts over many cases. */
    static final class Counts {
        int predicted;
        int predictedCorrect;
        int gold;
        int goldFound;
        int matched;
        int displayed;
        int displayedCorrect;

        void add(Counts o) {
            predicted += o.predicted;
            predictedCorrect += o.predictedCorrect;
            gold += o.gold;
            goldFound += o.goldFound;
            matched += o.matched;
            displayed += o.displayed;
            displayedCorrect += o.displayedCorrect;
        }

        double precision() {
            return predicted == 0 ? 1 : (double) predictedCorrect / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) goldFound / gold;
        }

        double speakerAccuracy() {
            return displayed == 0 ? 1 : (double) displayedCorrect / displayed;
        }

        double coverage() {
            return matched == 0 ? 0 : (double) displayed / matched;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "quotes: precision %.1f%% (%d/%d), recall %.1f%% (%d/%d); speakers: %.1f%% correct (%d/%d)"
                            + " covering %.1f%% of matched quotes (%d/%d)",
                    100 * precision(), predictedCorrect, predicted, 100 * recall(), goldFound, gold,
                    100 * speakerAccuracy(), displayedCorrect, displayed, 100 * coverage(), displayed, matched);
        }
    }

    private CaseChecker() {
    }

    static double overlap(TextSpan a, TextSpan b) {
        int inter = a.intersection(b);
        int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
        return union == 0 ? 0 : (double) inter / union;
    }

    /** Every place {@code needle} stands in {@code text}. */
    static List<TextSpan> find(String text, String needle) {
        List<TextSpan> out = new ArrayList<>();
        int at = text.indexOf(needle);
        while (at >= 0 && !needle.isEmpty()) {
            out.add(new TextSpan(at, at + needle.length()));
            at = text.indexOf(needle, at + 1);
        }
        return out;
    }

    /** Quote metrics of one case. */
    static Counts count(AnnotatedCase c, ArticleAnalysis a, double minConfidence) {
        Counts n = new Counts();
        List<Quote> predicted = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (q.confidence() >= minConfidence) {
                predicted.add(q);
            }
        }
        n.predicted = predicted.size();
        for (Quote q : predicted) {
            if (matchingGold(c, a.text(), q) != null) {
                n.predictedCorrect++;
            }
        }
        for (AnnotatedCase.GoldQuote g : c.quotes()) {
            n.gold++;
            Quote best = bestMatch(a.text(), g, predicted);
            if (best == null) {
                continue;
            }
            n.goldFound++;
            n.matched++;
            if (best.speaker() != null) {
                n.displayed++;
                if (speakerProblem(g, best.speaker()) == null) {
                    n.displayedCorrect++;
                }
            }
        }
        return n;
    }

    private static AnnotatedCase.GoldQuote matchingGold(AnnotatedCase c, String text, Quote q) {
        for (AnnotatedCase.GoldQuote g : c.quotes()) {
            for (TextSpan s : find(text, g.text())) {
                if (overlap(s, q.span()) > OVERLAP) {
                    return g;
                }
            }
        }
        return null;
    }

    static Quote bestMatch(String text, AnnotatedCase.GoldQuote g, List<Quote> predicted) {
        Quote best = null;
        double bestOverlap = OVERLAP;
        for (TextSpan s : find(text, g.text())) {
            for (Quote q : predicted) {
                double o = overlap(s, q.span());
                if (o > bestOverlap) {
                    best = q;
                    bestOverlap = o;
                }
            }
        }
        return best;
    }

    /** Why a displayed speaker is wrong for a gold quote, or {@code null} when it is right. */
    static String speakerProblem(AnnotatedCase.GoldQuote g, Speaker s) {
        String want = g.speaker();
        if (want == null) {
            return s == null ? null : "expected no speaker, got " + describe(s);
        }
        if (want.equals("?")) {
            return null;
        }
        if (s == null) {
            return "expected speaker " + want + ", got none";
        }
        if (want.startsWith("~")) {
            // "~Ukrainian officials | as=They": the source as introduced, and how the attribution wrote it.
            String asWritten = g.attr("as") != null ? g.attr("as") : want.substring(1).trim();
            if (s.name() != null || !s.asWritten().equalsIgnoreCase(asWritten)) {
                return "expected unnamed source '" + asWritten + "', got " + describe(s);
            }
        } else if (s.name() == null || !s.name().equalsIgnoreCase(want)) {
            return "expected speaker " + want + ", got " + describe(s);
        }
        return null;
    }

    static String describe(Speaker s) {
        return s == null ? "none" : "[" + s.name() + " as '" + s.asWritten() + "', role " + s.role() + ", "
                + s.type().id() + (s.official() ? ", official" : "") + "]";
    }

    /** Everything that does not agree with the annotations; empty when the case passes. */
    static List<String> problems(AnnotatedCase c, ArticleAnalysis a) {
        Set<String> out = new LinkedHashSet<>();
        String text = a.text();
        for (AnnotatedCase.GoldQuote g : c.quotes()) {
            if (find(text, g.text()).isEmpty()) {
                out.add("annotation error: quote text not in the case: " + g.text());
                continue;
            }
            Quote q = bestMatch(text, g, a.quotes());
            if (q == null) {
                out.add("missed " + g.kind() + " quote: " + g.text());
                continue;
            }
            if (!q.kind().id().equals(g.kind())) {
                out.add("quote '" + g.text() + "' found as " + q.kind().id() + ", expected " + g.kind());
            }
            String sp = speakerProblem(g, q.speaker());
            if (sp != null) {
                out.add("quote '" + g.text() + "': " + sp);
                continue;
            }
            Speaker s = q.speaker();
            if (s == null) {
                continue;
            }
            String as = g.attr("as");
            if (as != null && !s.asWritten().equals(as)) {
                out.add("quote '" + g.text() + "': speaker written as '" + s.asWritten() + "', expected '" + as + "'");
            }
            if (as != null && !s.span().of(text).equals(s.asWritten())) {
                out.add("quote '" + g.text() + "': speaker span does not hold '" + s.asWritten() + "'");
            }
            String role = g.attr("role");
            if (role != null && !(role.equals("-") ? s.role() == null : role.equalsIgnoreCase(String.valueOf(s.role())))) {
                out.add("quote '" + g.text() + "': role '" + s.role() + "', expected '" + role + "'");
            }
            String type = g.attr("type");
            if (type != null && !s.type().id().equals(type)) {
                out.add("quote '" + g.text() + "': speaker type " + s.type().id() + ", expected " + type);
            }
            String official = g.attr("official");
            if (official != null && s.official() != official.equals("yes")) {
                out.add("quote '" + g.text() + "': official " + s.official() + ", expected " + official);
            }
            String cue = g.attr("cue");
            if (cue != null && (q.cue() == null || !q.cue().text().equals(cue))) {
                out.add("quote '" + g.text() + "': cue " + (q.cue() == null ? "none" : "'" + q.cue().text() + "'")
                        + ", expected '" + cue + "'");
            }
        }
        if (!c.anyOtherQuotes()) {
            for (Quote q : a.quotes()) {
                if (matchingGold(c, text, q) == null) {
                    out.add("unexpected " + q.kind().id() + " quote: '" + q.span().of(text) + "' by "
                            + describe(q.speaker()));
                }
            }
        }
        for (String nq : c.noQuotes()) {
            for (TextSpan s : find(text, nq)) {
                for (Quote q : a.quotes()) {
                    if (overlap(s, q.span()) > OVERLAP) {
                        out.add("'" + nq + "' must not be a quote");
                    }
                }
            }
        }
        for (String ns : c.noSpeakers()) {
            for (Quote q : a.quotes()) {
                Speaker s = q.speaker();
                if (s != null && (ns.equalsIgnoreCase(s.name()) || ns.equalsIgnoreCase(s.asWritten()))) {
                    out.add(ns + " must not be a speaker (quote '" + q.span().of(text) + "')");
                }
            }
        }
        for (String[] e : c.entities()) {
            boolean found = false;
            for (Entity x : a.entities()) {
                found |= x.type().id().equals(e[0]) && x.text().equals(e[1]) && x.canonical().equals(e[2]);
            }
            if (!found) {
                out.add("missed entity " + e[0] + " '" + e[1] + "' = " + e[2] + "; found " + entitiesText(a));
            }
        }
        for (String ne : c.noEntities()) {
            // "NOE Jordan": no entity at all; "NOE country | Georgia": none of that type
            String[] typed = ne.split(" \\| ", 2);
            for (Entity x : a.entities()) {
                if (typed.length == 2 ? x.type().id().equals(typed[0]) && x.text().equals(typed[1]) : x.text().equals(ne)) {
                    out.add("'" + ne + "' must not be an entity (" + x.type().id() + ")");
                }
            }
        }
        List<String> keys = new ArrayList<>();
        for (KeyPhrase k : a.keyPhrases()) {
            keys.add(Highlighter.normalizeTerm(k.text()));
        }
        for (String k : c.keyPhrases()) {
            if (!keys.contains(Highlighter.normalizeTerm(k))) {
                out.add("missed key phrase '" + k + "'; found " + keys);
            }
        }
        for (String k : c.noKeyPhrases()) {
            if (keys.contains(Highlighter.normalizeTerm(k))) {
                out.add("'" + k + "' must not be a key phrase");
            }
        }
        for (String b : c.boilerplate()) {
            for (TextSpan s : find(text, b)) {
                boolean inside = false;
                for (TextSpan bp : a.boilerplate()) {
                    inside |= bp.start() <= s.start() && s.end() <= bp.end();
                }
                if (!inside) {
                    out.add("'" + b + "' should be boilerplate");
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String entitiesText(ArticleAnalysis a) {
        StringBuilder sb = new StringBuilder();
        for (Entity e : a.entities()) {
            sb.append(e.text()).append('=').append(e.canonical()).append('/').append(e.type().id()).append(' ');
        }
        return sb.toString();
    }
}

package app.dossier.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.KeyPhrase;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the analyser on the annotated synthetic articles with the definitions of the quality
 * targets: a predicted quote is correct when it overlaps a gold quote by more than 0.3 (shared
 * characters over both spans' characters); recall counts gold quotes found; a displayed speaker
 * (any speaker the analyser shows) is correct when it names the gold speaker (for unnamed sources:
 * no name, written as the article wrote it); coverage is the share of matched quotes that show a
 * speaker. Key phrases: F1 of the top ten against the reader-assigned phrases, compared in normal
 * form (lower case, hyphens dropped, last word singular), averaged over articles.
 */
class HighlightEvaluationTest {

    private static final Highlighter HIGHLIGHTER = Highlighter.load();

    @Test
    void quotesAndSpeakersMeetTheTargetsOnTheAnnotatedArticles() {
        CaseChecker.Counts total = new CaseChecker.Counts();
        for (AnnotatedCase c : AnnotatedCase.load("articles.cases")) {
            ArticleAnalysis a = HIGHLIGHTER.analyzeText(c.text(), DocumentFrequencies.NONE, Set.of());
            CaseChecker.Counts n = CaseChecker.count(c, a, 0);
            total.add(n);
            System.out.println("  " + c.name() + ": " + n);
            for (String p : CaseChecker.problems(c, a)) {
                System.out.println("      " + p);
            }
        }
        System.out.println("articles: " + total);
        assertThat(total.precision()).as("quote precision").isGreaterThanOrEqualTo(0.93);
        assertThat(total.recall()).as("quote recall").isGreaterThanOrEqualTo(0.75);
        assertThat(total.speakerAccuracy()).as("displayed speakers correct").isGreaterThanOrEqualTo(0.95);
        assertThat(total.coverage()).as("quotes with a displayed speaker").isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void heldOutArticlesAreMeasuredToo() {
        CaseChecker.Counts total = new CaseChecker.Counts();
        double f1 = 0;
        int n = 0;
        for (AnnotatedCase c : AnnotatedCase.load("heldout.cases")) {
            ArticleAnalysis a = HIGHLIGHTER.analyzeText(c.text(), DocumentFrequencies.NONE, Set.of());
            CaseChecker.Counts counts = CaseChecker.count(c, a, 0);
            total.add(counts);
            System.out.println("  " + c.name() + ": " + counts);
            for (String p : CaseChecker.problems(c, a)) {
                System.out.println("      " + p);
            }
            double f = f1At10(a.keyPhrases(), c.readerKeys());
            System.out.printf(Locale.ROOT, "      F1@10 %.1f %s%n", 100 * f, top(a.keyPhrases()));
            f1 += f;
            n++;
        }
        System.out.println("held-out articles: " + total);
        System.out.printf(Locale.ROOT, "held-out key phrases: F1@10 %.1f over %d articles%n", 100 * f1 / n, n);
        assertThat(total.precision()).as("quote precision").isGreaterThanOrEqualTo(0.93);
        assertThat(total.recall()).as("quote recall").isGreaterThanOrEqualTo(0.75);
        assertThat(total.speakerAccuracy()).as("displayed speakers correct").isGreaterThanOrEqualTo(0.95);
        assertThat(total.coverage()).as("quotes with a displayed speaker").isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void thePatternTablesScoreAsWell() {
        CaseChecker.Counts total = new CaseChecker.Counts();
        for (AnnotatedCase c : HighlightCasesTest.cases().toList()) {
            if (c.anyOtherQuotes()) {
                continue; // not fully annotated for quotes
            }
            ArticleAnalysis a = HIGHLIGHTER.analyzeText(c.text(), DocumentFrequencies.NONE, Set.of());
            total.add(CaseChecker.count(c, a, 0));
        }
        System.out.println("pattern tables: " + total);
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.93);
        assertThat(total.speakerAccuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void keyPhrasesMeetTheF1Target() {
        double sum = 0;
        int n = 0;
        for (AnnotatedCase c : AnnotatedCase.load("articles.cases")) {
            if (c.readerKeys().isEmpty()) {
                continue;
            }
            ArticleAnalysis a = HIGHLIGHTER.analyzeText(c.text(), DocumentFrequencies.NONE, Set.of());
            double f1 = f1At10(a.keyPhrases(), c.readerKeys());
            System.out.printf(Locale.ROOT, "  %s: F1@10 %.1f %s%n", c.name(), 100 * f1, top(a.keyPhrases()));
            sum += f1;
            n++;
        }
        double macro = 100 * sum / n;
        System.out.printf(Locale.ROOT, "key phrases: F1@10 %.1f over %d articles%n", macro, n);
        assertThat(macro).isGreaterThanOrEqualTo(26.0);
    }

    static double f1At10(List<KeyPhrase> predicted, List<String> gold) {
        Set<String> want = new HashSet<>();
        for (String g : gold) {
            want.add(Highlighter.normalizeTerm(g));
        }
        List<String> got = top(predicted);
        int hits = 0;
        for (String p : got) {
            if (want.contains(p)) {
                hits++;
            }
        }
        if (hits == 0) {
            return 0;
        }
        double precision = (double) hits / got.size();
        double recall = (double) hits / want.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static List<String> top(List<KeyPhrase> phrases) {
        return phrases.stream().limit(10).map(k -> Highlighter.normalizeTerm(k.text())).distinct().toList();
    }
}

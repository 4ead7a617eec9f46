package app.dossier.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.dossier.SharedFiles;
import app.dossier.model.ArticleAnalysis;
import app.dossier.model.Entity;
import app.dossier.model.KeyPhrase;
import app.dossier.model.Quote;
import app.dossier.model.TextSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of any kind never crashes or hangs the analyser, every offset it returns lies inside
 * the text, and the same input always gives the same result.
 */
class RobustnessTest {

    private static final Highlighter HIGHLIGHTER = Highlighter.load();

    @Test
    void everyFileOfTheSharedCorporaAnalysesCleanly() throws IOException {
        Path corpora = SharedFiles.corpora();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpora)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toFile().length() < 2_000_000).sorted().toList();
        }
        int analysed = 0;
        for (Path file : files) {
            String input = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            ArticleAnalysis a = HIGHLIGHTER.analyze(input, DocumentFrequencies.NONE, Set.of("sanctions"));
            checkOffsets(a);
            analysed++;
        }
        assertThat(analysed).isGreaterThan(1000);
    }

    static Stream<String> nasty() {
        return Stream.of("", " ", "\n\n\n", "\u201C", "\u201D\u201D\u201D", "\"".repeat(10_000), "<".repeat(50_000),
                "<!--" + "x".repeat(10_000), "<script>" + "a".repeat(10_000), "&#99999999999;&#x110000;&#0;&;&#;",
                "\u2018\u2018\u2018\u2019\u2019", "said said said said that that that",
                "According to, according to according to", "He said. She said. They said. It said.",
                "\uD83D\uDE00 said \u201C\uD83D\uDE00\u201D", "\uD800 lone surrogate \uDC00",
                "Mr. Mr. Mr. Dr. Gen. said", "X".repeat(100_000), "a ".repeat(60_000),
                "\u201C" + "word ".repeat(20_000), "<p>" + "<b>".repeat(5_000) + "deep" + "</b>".repeat(5_000),
                "“Quote,” said .", ", said", "said ,", "— \n—", "A, B, C, D, E, F and G said the end.");
    }

    @ParameterizedTest
    @MethodSource("nasty")
    void pathologicalInputFinishesWithValidOffsets(String input) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            checkOffsets(HIGHLIGHTER.analyzeText(input, DocumentFrequencies.NONE, Set.of("said")));
            checkOffsets(HIGHLIGHTER.analyzeHtml(input, DocumentFrequencies.NONE, Set.of()));
        });
    }

    @Test
    void randomTextMadeOfTrickyPiecesNeverBreaksTheAnalysis() {
        String[] pieces = {"“", "”", "\"", "‘", "’", "'", "«", "»", "„", " ", "\n", "\n\n", ".", ",", ":", "said",
            "told", "that", "according to", "he", "she", "they", "Zelensky", "Mr.", "U.S.", "NATO", "the", "a",
            "official", "officials", "spokeswoman for", "<p>", "</p>", "&amp;", "&", "<", "Related:", "—", "Ukraine’s",
            "Kallas", "Ursula von der Leyen", "ceasefire", "cease-fire", "(", ")", "Reuters", "reported", "1,000"};
        Random random = new Random(42);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(80);
            for (int i = 0; i < len; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String input = sb.toString();
            checkOffsets(HIGHLIGHTER.analyze(input, DocumentFrequencies.NONE, Set.of("ceasefire")));
        }
    }

    @Test
    void theSameInputGivesTheSameResult() {
        String text = "“We will not give up,” Zelensky said. Officials said the talks would resume. "
                + "According to Reuters, the ceasefire held. He said the cease-fire was fragile.";
        ArticleAnalysis first = HIGHLIGHTER.analyzeText(text, DocumentFrequencies.NONE, Set.of("talks"));
        for (int i = 0; i < 5; i++) {
            assertThat(Highlighter.load().analyzeText(text, DocumentFrequencies.NONE, Set.of("talks"))).isEqualTo(first);
        }
    }

    static void checkOffsets(ArticleAnalysis a) {
        int n = a.text().length();
        int last = -1;
        for (Quote q : a.quotes()) {
            within(q.span(), n);
            assertThat(q.span().length()).isPositive();
            assertThat(q.span().start()).isGreaterThanOrEqualTo(last < 0 ? 0 : 0);
            assertThat(q.confidence()).isBetween(0.0, 1.0);
            if (q.speaker() != null) {
                within(q.speaker().span(), n);
                assertThat(q.speaker().span().of(a.text())).isEqualTo(q.speaker().asWritten());
            }
            if (q.cue() != null) {
                within(q.cue().span(), n);
                assertThat(q.cue().span().of(a.text())).isEqualTo(q.cue().text());
            }
            last = q.span().start();
        }
        for (Entity e : a.entities()) {
            within(e.span(), n);
            assertThat(e.span().of(a.text())).isEqualTo(e.text());
        }
        for (KeyPhrase k : a.keyPhrases()) {
            assertThat(k.occurrences()).isNotEmpty();
            k.occurrences().forEach(o -> within(o, n));
        }
        a.boilerplate().forEach(b -> within(b, n));
        for (Quote q : a.quotes()) {
            TextSpan source = a.sourceSpan(q.span());
            assertThat(source.end()).isLessThanOrEqualTo(a.sourceMap().sourceLength());
        }
    }

    private static void within(TextSpan s, int n) {
        assertThat(s.start()).isBetween(0, n);
        assertThat(s.end()).isBetween(s.start(), n);
    }
}

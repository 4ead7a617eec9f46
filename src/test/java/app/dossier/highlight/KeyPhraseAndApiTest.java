package app.dossier.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.KeyPhrase;
import app.dossier.model.SourceMap;
import app.dossier.model.TextSpan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyPhraseAndApiTest {

    private static final Highlighter HIGHLIGHTER = Highlighter.load();

    private static final String STORY = "Ukraine and Russia held talks on a prisoner exchange in Istanbul. "
            + "The prisoner exchange was the largest since the invasion. Grain exports through the Black Sea "
            + "corridor were also discussed, and the grain exports deal could be revived, officials said. "
            + "A new prisoner exchange is planned for next month.";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cease-fire              | ceasefire
            Cease-Fire Violations   | ceasefire violation
            security guarantees     | security guarantee
            front line              | frontline
            air strikes             | airstrike
            casualties              | casualty
            """)
    void termsHaveOneNormalForm(String term, String normal) {
        assertThat(Highlighter.normalizeTerm(term)).isEqualTo(normal);
        assertThat(Highlighter.normalizeTerm(normal)).isEqualTo(normal);
    }

    @Test
    void watchTermsAreAlwaysHighlightedFirst() {
        ArticleAnalysis a = HIGHLIGHTER.analyzeText(STORY, DocumentFrequencies.NONE, Set.of("Black Sea corridor"));
        assertThat(a.keyPhrases().get(0).text()).isEqualTo("Black Sea corridor");
        assertThat(a.keyPhrases().get(0).occurrences()).hasSize(1);
    }

    @Test
    void aWatchTermMissingFromTheTextIsNotInvented() {
        ArticleAnalysis a = HIGHLIGHTER.analyzeText(STORY, DocumentFrequencies.NONE, Set.of("nuclear deal"));
        assertThat(a.keyPhrases()).noneMatch(k -> k.text().equalsIgnoreCase("nuclear deal"));
    }

    @Test
    void libraryFrequenciesPushCommonPhrasesDown() {
        ArticleAnalysis plain = HIGHLIGHTER.analyzeText(STORY, DocumentFrequencies.NONE, Set.of());
        String top = plain.keyPhrases().get(0).text();
        String topNormal = Highlighter.normalizeTerm(top);
        DocumentFrequencies library = new DocumentFrequencies() {
            @Override
            public long documentCount() {
                return 1000;
            }

            @Override
            public long frequency(String term) {
                return term.equals(topNormal) ? 990 : 1;
            }
        };
        ArticleAnalysis withLibrary = HIGHLIGHTER.analyzeText(STORY, library, Set.of());
        assertThat(withLibrary.keyPhrases().get(0).text()).isNotEqualTo(top);
    }

    @Test
    void keyPhrasesComeWithEveryOccurrence() {
        ArticleAnalysis a = HIGHLIGHTER.analyzeText(STORY, DocumentFrequencies.NONE, Set.of());
        KeyPhrase exchange = a.keyPhrases().stream().filter(k -> k.text().equals("prisoner exchange")).findFirst()
                .orElseThrow();
        assertThat(exchange.occurrences()).hasSize(3);
        for (TextSpan s : exchange.occurrences()) {
            assertThat(s.of(a.text()).toLowerCase()).isEqualTo("prisoner exchange");
        }
        assertThat(a.keyPhrases()).extracting(KeyPhrase::score).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }

    @Test
    void termsOfAnAnalysisFeedTheLibraryCounts() {
        ArticleAnalysis a = HIGHLIGHTER.analyzeText(STORY, DocumentFrequencies.NONE, Set.of());
        List<String> terms = Highlighter.terms(a);
        assertThat(terms).contains("prisoner exchange").doesNotHaveDuplicates();
    }

    @Test
    void nullAndEmptyInputsGiveEmptyResults() {
        for (ArticleAnalysis a : List.of(HIGHLIGHTER.analyzeText(null, null, null),
                HIGHLIGHTER.analyzeHtml(null, null, null), HIGHLIGHTER.analyze("", DocumentFrequencies.NONE, Set.of()))) {
            assertThat(a.text()).isEmpty();
            assertThat(a.quotes()).isEmpty();
            assertThat(a.keyPhrases()).isEmpty();
            assertThat(a.entities()).isEmpty();
            assertThat(a.analyzerVersion()).isEqualTo(Highlighter.VERSION);
        }
    }

    @Test
    void spansRejectNegativeOrBackwardRanges() {
        assertThatThrownBy(() -> new TextSpan(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSpan(5, 2)).isInstanceOf(IllegalArgumentException.class);
        TextSpan s = new TextSpan(2, 6);
        assertThat(s.length()).isEqualTo(4);
        assertThat(s.overlaps(new TextSpan(5, 9))).isTrue();
        assertThat(s.overlaps(new TextSpan(6, 9))).isFalse();
        assertThat(s.intersection(new TextSpan(4, 9))).isEqualTo(2);
    }

    @Test
    void sourceMapsMapEmptyAndFullSpans() {
        SourceMap map = SourceMap.of(new int[] {3, 9, 10}, new int[] {8, 10, 11}, 20);
        assertThat(map.toSource(new TextSpan(0, 3))).isEqualTo(new TextSpan(3, 11));
        assertThat(map.toSource(new TextSpan(1, 1))).isEqualTo(new TextSpan(9, 9));
        assertThat(map.toSource(new TextSpan(3, 3))).isEqualTo(new TextSpan(20, 20));
        assertThat(SourceMap.identity(5).toSource(new TextSpan(1, 2))).isEqualTo(new TextSpan(1, 2));
        assertThat(map).isEqualTo(SourceMap.of(new int[] {3, 9, 10}, new int[] {8, 10, 11}, 20));
    }

    @Test
    void theGazetteersAreLoadedWhole() {
        Gazetteer g = Gazetteer.load();
        assertThat(g.size()).isGreaterThan(1500);
        assertThat(g.givenName("Volodymyr")).isEqualTo('m');
        assertThat(g.givenName("Kaja")).isEqualTo('f');
        assertThat(g.givenName("Georgia")).isEqualTo((char) 0); // a country, not a given name here
        assertThat(g.leaderBySurname("Zelensky")).isEqualTo("Volodymyr Zelensky");
        assertThat(g.leaderBySurname("Johnson")).isNull(); // two well-known Johnsons
        assertThat(g.words().lowerClasses("granting") & WordClass.VERB).isNotZero();
        Map<String, String> canonical = Map.of("U.S.", "United States", "Kiev", "Kyiv", "USSR", "Soviet Union",
                "IAEA", "International Atomic Energy Agency", "AFP", "Agence France-Presse");
        canonical.forEach((alias, name) -> {
            Tokens t = Tokens.of(alias, g.words());
            assertThat(g.match(t, 0)).as(alias).isNotNull();
            assertThat(g.match(t, 0).canonical()).as(alias).isEqualTo(name);
        });
    }
}

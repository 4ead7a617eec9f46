package app.dossier.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ArticleAnalysis;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of hand-written cases, one sentence to a few paragraphs each, covering every quote
 * style, speech cue, speaker pattern and trap the analyser knows about. Each case must pass whole.
 */
class HighlightCasesTest {

    static final Highlighter HIGHLIGHTER = Highlighter.load();

    static Stream<AnnotatedCase> cases() {
        return Stream.of("quotes.cases", "speakers.cases", "traps.cases", "entities.cases", "more.cases")
                .flatMap(f -> AnnotatedCase.load(f).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseAgreesWithItsAnnotations(AnnotatedCase c) {
        ArticleAnalysis a = HIGHLIGHTER.analyzeText(c.text(), DocumentFrequencies.NONE, Set.of());
        List<String> problems = CaseChecker.problems(c, a);
        assertThat(problems).as(c.name() + "\n" + c.text()).isEmpty();
    }
}

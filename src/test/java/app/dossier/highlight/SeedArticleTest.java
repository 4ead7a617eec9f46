package app.dossier.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.SharedFiles;
import app.dossier.model.ArticleAnalysis;
import app.dossier.model.Entity;
import app.dossier.model.KeyPhrase;
import app.dossier.model.Quote;
import app.dossier.model.TextSpan;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article and what a careful reader highlights in it (../shared/examples): every "must"
 * is found, no "must_not" trap is fallen into, and the publisher's furniture stays out.
 */
class SeedArticleTest {

    private static String text;
    private static JsonNode expected;
    private static ArticleAnalysis analysis;

    @BeforeAll
    static void analyse() throws IOException {
        text = Files.readString(SharedFiles.resolve("examples/seed-article.txt"));
        expected = new ObjectMapper().readTree(Files.readString(SharedFiles.resolve("examples/seed-article.expected.json")));
        analysis = Highlighter.load().analyzeText(text, DocumentFrequencies.NONE, Set.of());
    }

    @Test
    void everyQuoteAReaderMarksIsFoundWithItsSpeaker() {
        for (JsonNode must : expected.path("quotes").path("must")) {
            String quoted = must.get("text").asText();
            TextSpan gold = CaseChecker.find(text, quoted).get(0);
            Quote q = best(gold);
            assertThat(q).as("quote found: " + quoted).isNotNull();
            assertThat(CaseChecker.overlap(gold, q.span())).as("span of " + quoted).isGreaterThan(0.8);
            assertThat(q.kind().id()).as("kind of " + quoted).isEqualTo(must.get("kind").asText());
            JsonNode speaker = must.get("speaker");
            if (speaker.isNull()) {
                if (q.speaker() != null) {
                    assertThat(q.speaker().name()).as("unnamed source of " + quoted).isNull();
                }
            } else {
                assertThat(q.speaker()).as("speaker of " + quoted).isNotNull();
                assertThat(q.speaker().name()).as("speaker of " + quoted).isEqualTo(speaker.asText());
            }
            if (must.has("speaker_as_written")) {
                assertThat(q.speaker().asWritten()).isEqualTo(must.get("speaker_as_written").asText());
                assertThat(q.speaker().span().of(text)).isEqualTo(q.speaker().asWritten());
            }
            if (must.has("source_as_written")) {
                assertThat(q.speaker().asWritten()).isEqualTo(must.get("source_as_written").asText());
            }
            if (must.has("role")) {
                assertThat(q.speaker().role()).as("role of " + quoted).isEqualTo(must.get("role").asText());
            }
            if (must.has("official")) {
                assertThat(q.speaker().official()).as("official for " + quoted).isEqualTo(must.get("official").asBoolean());
            }
            if (must.has("speaker_type")) {
                assertThat(q.speaker().type().id()).isEqualTo(must.get("speaker_type").asText());
            }
            if (must.has("cue")) {
                assertThat(q.cue()).isNotNull();
                assertThat(q.cue().text()).isEqualTo(must.get("cue").asText());
            }
        }
    }

    @Test
    void noTrapIsTaken() {
        for (JsonNode trap : expected.path("quotes").path("must_not")) {
            if (trap.has("text")) {
                for (TextSpan s : CaseChecker.find(text, trap.get("text").asText())) {
                    for (Quote q : analysis.quotes()) {
                        assertThat(CaseChecker.overlap(s, q.span())).as("quote over " + trap.get("text"))
                                .isLessThanOrEqualTo(CaseChecker.OVERLAP);
                    }
                }
            }
            if (trap.has("speaker")) {
                String name = trap.get("speaker").asText();
                for (Quote q : analysis.quotes()) {
                    if (q.speaker() != null) {
                        assertThat(q.speaker().asWritten()).isNotEqualTo(name);
                        assertThat(String.valueOf(q.speaker().name())).doesNotContain(name);
                    }
                }
            }
        }
    }

    @Test
    void keyPhrasesIncludeWhatTheReaderMarksWithVariantsMerged() {
        List<String> found = new ArrayList<>();
        for (KeyPhrase k : analysis.keyPhrases()) {
            found.add(Highlighter.normalizeTerm(k.text()));
        }
        for (JsonNode must : expected.path("key_phrases").path("must")) {
            assertThat(found).as("key phrases").contains(Highlighter.normalizeTerm(must.asText()));
        }
        for (JsonNode group : expected.path("key_phrases").path("variants_that_are_one_phrase")) {
            String first = Highlighter.normalizeTerm(group.get(0).asText());
            for (JsonNode variant : group) {
                assertThat(Highlighter.normalizeTerm(variant.asText())).isEqualTo(first);
            }
        }
        assertThat(found).doesNotHaveDuplicates();
        long should = 0;
        for (JsonNode s : expected.path("key_phrases").path("should")) {
            should += found.contains(Highlighter.normalizeTerm(s.asText())) ? 1 : 0;
        }
        System.out.println("seed key phrases: " + found + "; 'should' found: " + should);
    }

    @Test
    void entitiesIncludeTheActors() {
        for (JsonNode must : expected.path("entities").path("must")) {
            String canonical = must.get("text").asText();
            String type = must.get("type").asText();
            boolean found = false;
            for (Entity e : analysis.entities()) {
                found |= e.type().id().equals(type) && (e.canonical().equals(canonical) || e.text().equals(canonical));
            }
            assertThat(found).as(type + " " + canonical + " in " + analysis.entities()).isTrue();
            for (JsonNode also : must.path("also_written")) {
                String written = also.asText().replace("\u2019", "");
                boolean alsoFound = false;
                for (Entity e : analysis.entities()) {
                    alsoFound |= e.text().equals(written) && e.canonical().equals(canonical);
                }
                assertThat(alsoFound).as(written + " as " + canonical).isTrue();
            }
        }
    }

    @Test
    void boilerplateIsExcludedFromEverything() {
        for (JsonNode b : expected.path("boilerplate").path("must_exclude_from_highlights")) {
            for (TextSpan s : CaseChecker.find(text, b.asText())) {
                assertThat(analysis.boilerplate().stream().anyMatch(bp -> bp.start() <= s.start() && s.end() <= bp.end()))
                        .as("boilerplate: " + b.asText()).isTrue();
            }
        }
        for (TextSpan bp : analysis.boilerplate()) {
            assertThat(analysis.quotes()).noneMatch(q -> q.span().overlaps(bp));
            assertThat(analysis.entities()).noneMatch(e -> e.span().overlaps(bp));
            for (KeyPhrase k : analysis.keyPhrases()) {
                assertThat(k.occurrences()).noneMatch(o -> o.overlaps(bp));
            }
        }
    }

    private static Quote best(TextSpan gold) {
        Quote best = null;
        double overlap = 0;
        for (Quote q : analysis.quotes()) {
            double o = CaseChecker.overlap(gold, q.span());
            if (o > overlap) {
                overlap = o;
                best = q;
            }
        }
        return best;
    }
}

package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.Cue;
import app.dossier.model.Entity;
import app.dossier.model.EntityType;
import app.dossier.model.KeyPhrase;
import app.dossier.model.Quote;
import app.dossier.model.QuoteKind;
import app.dossier.model.SourceMap;
import app.dossier.model.Speaker;
import app.dossier.model.SpeakerType;
import app.dossier.model.TextSpan;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stored form of an analysis gives back exactly what was stored, and refuses damage. */
class AnalysisCodecTest {

    /** "«Мир», — said Ana." taken from HTML with tags and an entity, so the offset map is not trivial. */
    static ArticleAnalysis sample() {
        String text = "«Мир» 🇺🇦, said Ana.\n\nU.S. ceasefire";
        int[] from = new int[text.length()];
        int[] to = new int[text.length()];
        int at = 3;
        for (int i = 0; i < text.length(); i++) {
            from[i] = at;
            to[i] = at + (i == 4 ? 7 : 1); // one character came from an entity
            at = to[i] + (i == 10 ? 9 : 0); // a tag after character 10
        }
        SourceMap map = SourceMap.of(from, to, at + 4);
        Quote direct = new Quote(new TextSpan(1, 4), QuoteKind.DIRECT,
                new Speaker("Ana Kovač", "Ana", new TextSpan(16, 19), null, SpeakerType.PERSON, true),
                new Cue(new TextSpan(11, 15), "said"), 0.95);
        Quote unattributed = new Quote(new TextSpan(22, 26), QuoteKind.INDIRECT, null, null, 0.4);
        return new ArticleAnalysis(text, List.of(direct, unattributed),
                List.of(new KeyPhrase("ceasefire", 1.0 / 3, List.of(new TextSpan(27, 36)))),
                List.of(new Entity("U.S.", "United States", EntityType.COUNTRY, new TextSpan(22, 26))),
                List.of(new TextSpan(6, 10)), 7, map);
    }

    @Test
    void roundTripsEveryField() {
        ArticleAnalysis in = sample();
        ArticleAnalysis out = AnalysisCodec.decode(AnalysisCodec.encode(in));
        assertThat(out).isEqualTo(in);
        assertThat(out.sourceSpan(new TextSpan(1, 6))).isEqualTo(in.sourceSpan(new TextSpan(1, 6)));
    }

    @Test
    void roundTripsPlainTextAndEmptyResults() {
        ArticleAnalysis plain = new ArticleAnalysis("text", List.of(), List.of(), List.of(), List.of(), 1, null);
        assertThat(AnalysisCodec.decode(AnalysisCodec.encode(plain))).isEqualTo(plain);
        ArticleAnalysis empty = new ArticleAnalysis("", List.of(), List.of(), List.of(), List.of(), 1, null);
        assertThat(AnalysisCodec.decode(AnalysisCodec.encode(empty))).isEqualTo(empty);
    }

    @Test
    void aLongArticleIsStoredCompactly() {
        String paragraph = "Officials said the talks on a ceasefire would resume next week in Geneva. ";
        String text = paragraph.repeat(70); // about 5 KB
        int[] from = new int[text.length()];
        int[] to = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            from[i] = i + 3 * (i / paragraph.length());
            to[i] = from[i] + 1;
        }
        ArticleAnalysis a = new ArticleAnalysis(text, List.of(), List.of(), List.of(), List.of(), 1,
                SourceMap.of(from, to, text.length() * 2));
        byte[] stored = AnalysisCodec.encode(a);
        assertThat(stored.length).as("the text compresses; the offset map costs next to nothing").isLessThan(600);
        assertThat(AnalysisCodec.decode(stored)).isEqualTo(a);
    }

    @Test
    void everyNumberComesBackExactly() {
        for (double d : new double[] {0, 0.95, 0.95 - 0.1, 21.883, 1.0 / 3, -2.5, 1e12, -0.0, Double.NaN, 536870.911}) {
            ArticleAnalysis a = new ArticleAnalysis("x", List.of(new Quote(new TextSpan(0, 1), QuoteKind.INDIRECT, null,
                    null, d)), List.of(new KeyPhrase("x", d, List.of())), List.of(), List.of(), 1, null);
            assertThat(AnalysisCodec.decode(AnalysisCodec.encode(a))).as("%s", d).isEqualTo(a);
        }
    }

    @Test
    void termsAreAJsonArrayEachOnce() {
        assertThat(AnalysisTable.termsJson(List.of("ceasefire", "", "say \"no\"", "ceasefire", "a\\b\u0001")))
                .isEqualTo("[\"ceasefire\",\"say \\\"no\\\"\",\"a\\\\b\\u0001\"]");
        assertThat(AnalysisTable.termsJson(List.of())).isEqualTo("[]");
    }

    @Test
    void damagedDataIsRefusedNotMisread() {
        byte[] good = AnalysisCodec.encode(sample());
        assertThatThrownBy(() -> AnalysisCodec.decode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnalysisCodec.decode(Arrays.copyOf(good, good.length / 2)))
                .isInstanceOf(IllegalArgumentException.class);
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            try {
                AnalysisCodec.decode(noise);
            } catch (IllegalArgumentException expected) {
                // refused in one way only
            }
        }
    }
}

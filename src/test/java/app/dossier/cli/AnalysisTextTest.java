package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.Speaker;
import app.dossier.model.SpeakerType;
import app.dossier.model.TextSpan;
import org.junit.jupiter.api.Test;

class AnalysisTextTest {

    private static final TextSpan AT = new TextSpan(0, 1);

    @Test
    void aNamedSpeakerShowsHowTheTextReferredToThemAndTheirRole() {
        assertThat(AnalysisText.speaker(new Speaker("Andriy Zagorodnyuk", "he", AT,
                "former Ukrainian defense minister", SpeakerType.PERSON, true)))
                .isEqualTo("Andriy Zagorodnyuk (as “he”), former Ukrainian defense minister · official");
        assertThat(AnalysisText.speaker(new Speaker("Andriy Zagorodnyuk", "Zagorodnyuk", AT, null,
                SpeakerType.PERSON, false))).isEqualTo("Andriy Zagorodnyuk");
    }

    @Test
    void aRoleAlreadyInTheWordsIsNotRepeated() {
        assertThat(AnalysisText.speaker(new Speaker(null, "his spokeswoman", AT, "spokeswoman",
                SpeakerType.GROUP, true))).isEqualTo("his spokeswoman · official");
        assertThat(AnalysisText.speaker(new Speaker(null, "Time Warner’s CEO", AT, "Time Warner’s CEO",
                SpeakerType.GROUP, false))).isEqualTo("Time Warner’s CEO");
        assertThat(AnalysisText.speaker(null)).isEqualTo("(speaker not named safely)");
    }
}

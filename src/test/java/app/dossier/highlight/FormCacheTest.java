package app.dossier.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormCacheTest {

    private static Word get(FormCache cache, String s) {
        char[] c = ("  " + s + " ").toCharArray();
        return cache.get(c, 2, 2 + s.length(), WordIndex.hash(c, 2, 2 + s.length()));
    }

    @Test
    void aFormIsWorkedOutOnceAndFoundAgainByItsCharacters() {
        FormCache cache = FormCache.forThread(WordIndex.EMPTY);
        Word first = get(cache, "ceasefires");
        assertThat(first.text).isEqualTo("ceasefires");
        assertThat(first.singular).isEqualTo("ceasefire");
        assertThat(get(cache, "ceasefires")).isSameAs(first);
        assertThat(get(cache, "Ceasefires")).isNotSameAs(first).extracting(w -> w.lower).isEqualTo("ceasefires");
        assertThat(FormCache.forThread(WordIndex.EMPTY)).isSameAs(cache);
    }

    @Test
    void whenFullItStartsOverAndStillAnswersRight() {
        FormCache cache = FormCache.forThread(WordIndex.EMPTY);
        for (int i = 0; i < 40_000; i++) {
            String form = "w" + i;
            assertThat(get(cache, form).text).isEqualTo(form);
        }
        assertThat(get(cache, "w7").text).isEqualTo("w7");
        assertThat(get(cache, "w39999").text).isEqualTo("w39999");
    }

    @Test
    void theWordsOfAnAnalyserComeFromItsOwnIndex() {
        Tokens t = Tokens.of("The minister said the ceasefire held.", Gazetteer.load().words());
        assertThat(t.form(2).is(WordClass.SPEECH)).isTrue();
        Tokens plain = Tokens.of("The minister said the ceasefire held.");
        assertThat(plain.form(2).is(WordClass.SPEECH)).isFalse();
        Tokens again = Tokens.of("The minister said the ceasefire held.", Gazetteer.load().words());
        assertThat(again.form(2).is(WordClass.SPEECH)).isTrue();
    }
}

package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<p>Talks on a <b>ceasefire</b>.</p><p>Next</p>         | Talks on a ceasefire. Next",
        "cease<em>fire</em>s end<br>start<div>x</div>             | ceasefires end start x",
        "Tom &amp; Jerry &lt;3 &#8220;quoted&#x201D; &nbsp;x     | Tom & Jerry <3 “quoted” x",
        "<script>var a = '<p>no</p>';</script>yes                | yes",
        "<STYLE type=x>p {}</STYLE>shown                         | shown",
        "<!-- hidden <b>x</b> -->seen                            | seen",
        "a < b and c > d                                         | a < b and c > d",
        "&unknown; &#xZZ; &                                      | &unknown; &#xZZ; &",
        "Київ заявив <i>«так»</i>                                | Київ заявив «так»",
        "<p>unterminated                                         | unterminated",
        "<a href='x'                                             | ''",
    })
    void keepsTheWordsAndDropsTheMarkup(String html, String text) {
        assertThat(SearchText.text(html).replaceAll("\\s+", " ").strip()).isEqualTo(text);
    }

    @Test
    void theWordAtATimeScanFindsEveryTagAndEntityOpening() {
        java.util.Random random = new java.util.Random(23);
        byte[] alphabet = {'a', ' ', '<', '&', (byte) 0xBC, (byte) 0xA6, (byte) 0xE2, 0x3D, 0x27, 0x25, 0x3B, 0};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int k = 0; k < b.length; k++) {
                b[k] = random.nextInt(6) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int expected = from;
            while (expected < b.length && b[expected] != '<' && b[expected] != '&') {
                expected++;
            }
            assertThat(SearchText.nextSpecial(b, from, b.length)).isEqualTo(expected);
        }
    }

    @Test
    void foldingWhileStrippingGivesWhatFoldingTheStrippedTextGives() {
        String[] pieces = {"<p>", "</p>", "<b>", "</b>", "&amp;", "&eacute;", "&Eacute;", "&#x201C;", "&#233;", "&nbsp;",
            "&bogus;", "&", "<", "Krak\u00f3w", "\u201cquoted\u201d", "\u00c9LYS\u00c9E", "e\u0301", "\u00ad",
            "\ud83d\ude00", "\u4e2d\u6587", " ", "plain words", "<script>x\u00e9</script>", "<!-- \u00e9 -->"};
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder html = new StringBuilder();
            int parts = random.nextInt(12);
            for (int k = 0; k < parts; k++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] utf8 = html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] folded = SearchText.utf8(utf8.clone()).clone();
            byte[] expected = java.util.Arrays.copyOf(folded,
                    app.dossier.store.SearchFold.utf8(folded, 0, folded.length));
            assertThat(SearchText.forIndex(utf8.clone())).as(html.toString()).isEqualTo(expected);
        }
    }
}

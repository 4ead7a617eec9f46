package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ASCII is left to the index's tokenizer, which folds its case; everything else is folded here. */
class SearchFoldTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "plain ASCII, kept as it is!         | plain ASCII, kept as it is!",
        "Kraków                              | Krakow",
        "ŁÓDŹ Łódź                           | loDz lodz",
        "Genève Zoë Müller crème             | Geneve Zoe Muller creme",
        "ΟΔΥΣΣΕΑΣ Σοφία                      | οδυσσεασ σοφια",
        "Путін Україна                       | путін украіна",
        "Øresund Đoković Ħal Dalğa           | oresund dokovic hal Dalga",
        "\u201cquoted\u201d\u2014dash\u2026 « guillemets » | ' quoted  dash    guillemets  '",
        "peace\u00adkeeping zero\u200dwidth  | peacekeeping zerowidth",
        "Cafe\u0301                          | Cafe",
        "\uc11c\uc6b8 \u6771\u4eac           | \uc11c\uc6b8 \u6771\u4eac",
        "\u0939\u093f\u0928\u094d\u0926\u0940 | \u0939\u093f\u0928\u0926\u0940",
        "a\u00a0b\u200bc                     | a b c",
        "½ ² ٣                               | ½ ² ٣",
    })
    void foldsText(String text, String folded) {
        assertThat(SearchFold.text(text)).isEqualTo(folded);
    }

    @Test
    void supplementaryCharacters() {
        String text = "emoji \ud83d\ude00 here, \ud801\udc00 deseret, \ud840\udc0b han";
        assertThat(SearchFold.text(text)).isEqualTo("emoji   here, \ud801\udc28 deseret, \ud840\udc0b han");
        assertThat(SearchFold.text("lone \ud800 surrogate")).isEqualTo("lone   surrogate");
        assertThat(SearchFold.text(null)).isNull();
    }

    @Test
    void foldingTwiceChangesNothing() {
        for (char c = 0x80; c < 0xffff; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            char f = SearchFold.fold(c);
            if (f != 0) {
                assertThat(SearchFold.fold(f)).as("U+%04X", (int) c).isEqualTo(f);
            }
        }
    }

    @Test
    void utf8InPlaceAgreesWithTextAndNeverGrows() {
        String pool = "abc XYZ 09.,;\u00e9\u00c9\u0301\u00ad\u200d\u201c\u201d\u2014\u00a0\u0142\u03a3\u03c2\u0418\u4e2d"
                + "\uac00\u0939\u093f\u094d\u023a\u2c65\u212a\u0130\ud83d\ude00\ud801\udc00";
        int[] cps = pool.codePoints().toArray();
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int k = 0; k < len; k++) {
                sb.appendCodePoint(cps[random.nextInt(cps.length)]);
            }
            String text = sb.toString();
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            byte[] padded = new byte[utf8.length + 6];
            System.arraycopy(utf8, 0, padded, 3, utf8.length);
            int end = SearchFold.utf8(padded, 3, 3 + utf8.length);
            assertThat(end).isLessThanOrEqualTo(3 + utf8.length);
            assertThat(new String(Arrays.copyOfRange(padded, 3, end), StandardCharsets.UTF_8)).as(text)
                    .isEqualTo(SearchFold.text(text));
        }
    }

    @Test
    void malformedUtf8BecomesSpaces() {
        byte[] b = {'a', (byte) 0xc3, 'b', (byte) 0xff, (byte) 0xe2, (byte) 0x80, 'c', (byte) 0xed, (byte) 0xa0,
            (byte) 0x80, 'd', (byte) 0xc3, (byte) 0xa9};
        int end = SearchFold.utf8(b, 0, b.length);
        assertThat(new String(b, 0, end, StandardCharsets.UTF_8)).isEqualTo("a b   c de");
    }
}

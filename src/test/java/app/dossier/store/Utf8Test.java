package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    private static byte[] encoded(String s) {
        Utf8 utf8 = Utf8.encode(s);
        return Arrays.copyOf(utf8.bytes(), utf8.length());
    }

    @Test
    void sameBytesAsTheJdkForEveryKindOfCharacter() {
        for (String s : new String[] {"", "plain ASCII", "café — “quoted” €", "emoji 😀 and 𝄞", "lone \uD800 high",
                "lone \uDC00 low", "\uDBFF\uDFFF end", "pair at the end \uD83D", "\uDC00\uD800 reversed", "\u0000\u007F\u0080\u07FF\u0800\uFFFF"}) {
            assertThat(encoded(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void sameBytesAsTheJdkOnRandomText() {
        Random random = new Random(7);
        char[] alphabet = {'a', ' ', '<', '&', 'é', '—', '“', '\uD83D', '\uDE00', '\uDC00', '中', '\u0000', '\u07FF', '\u0800'};
        for (int round = 0; round < 2_000; round++) {
            char[] c = new char[random.nextInt(3_000)];
            for (int i = 0; i < c.length; i++) {
                c[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (char) random.nextInt(0x10000);
            }
            String s = new String(c);
            assertThat(encoded(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
            assertThat(Utf8.encode(s).hash()).isEqualTo(s.hashCode());
        }
    }

    @Test
    void theHashIsTheStringsOwn() {
        for (String s : new String[] {"", "a", "plain ASCII", "café — “quoted” €", "emoji 😀 and 𝄞", "lone \uD800 high",
                "\uDC00\uD800 reversed", "pair at the end \uD83D"}) {
            assertThat(Utf8.encode(s).hash()).as(s).isEqualTo(s.hashCode());
        }
        String longText = "x\u00e9\u201c".repeat(Utf8.KEEP_CHARS);
        assertThat(Utf8.encode(longText).hash()).isEqualTo(longText.hashCode());
    }

    @Test
    void aLongTextAfterAShortOneAndAShortOneAfterALongOne() {
        String longText = "“" + "x".repeat(Utf8.KEEP_CHARS + 10) + "”";
        assertThat(encoded("short")).isEqualTo("short".getBytes(StandardCharsets.UTF_8));
        assertThat(encoded(longText)).isEqualTo(longText.getBytes(StandardCharsets.UTF_8));
        assertThat(encoded("é")).isEqualTo("é".getBytes(StandardCharsets.UTF_8)); // no stale length
        String middle = "ü".repeat(5_000);
        assertThat(encoded(middle)).isEqualTo(middle.getBytes(StandardCharsets.UTF_8)); // the buffer grows
    }

    @Test
    void packingFromTheBufferGivesTheSameBlobsAsBefore() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(2_000);
            for (int i = 0; i < words; i++) {
                sb.append(random.nextBoolean() ? "ceasefire " : "“talks” — ").append(random.nextInt(50));
            }
            String text = sb.toString();
            byte[] fromText = Blobs.pack(text);
            byte[] fromBytes = Blobs.pack(text.getBytes(StandardCharsets.UTF_8));
            assertThat(fromText).isEqualTo(fromBytes);
            assertThat(Blobs.unpack(fromText)).isEqualTo(text);
        }
    }
}

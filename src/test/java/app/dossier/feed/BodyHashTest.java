package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BodyHashTest {

    @Test
    void isTheLengthThenCrc32cThenCrc32InHex() {
        // CRC-32C("abc") = 364b3fb7 and CRC-32("abc") = 352441c2 (the published check values' family)
        assertThat(BodyHash.of("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("0000000000000003" + "364b3fb7" + "352441c2");
        assertThat(BodyHash.of(new byte[0])).isEqualTo("0".repeat(32));
    }

    @Test
    void theSameBytesGiveTheSameFingerprintAndAnyChangeAnother() {
        Random random = new Random(7);
        byte[] body = new byte[64 * 1024];
        random.nextBytes(body);
        String original = BodyHash.of(body);
        assertThat(BodyHash.of(body.clone())).isEqualTo(original);
        Set<String> seen = new HashSet<>();
        seen.add(original);
        for (int i = 0; i < 2000; i++) {
            byte[] changed = body.clone();
            changed[random.nextInt(changed.length)] ^= (byte) (1 + random.nextInt(255));
            assertThat(seen.add(BodyHash.of(changed))).as("change %d", i).isTrue();
        }
        byte[] swapped = body.clone();
        byte t = swapped[10];
        swapped[10] = swapped[20];
        swapped[20] = t;
        if (swapped[10] != swapped[20]) {
            assertThat(BodyHash.of(swapped)).isNotEqualTo(original);
        }
    }
}

package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BlobsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "<p>Київ заявив «так» — 😀</p>"})
    void shortTextIsStoredPlain(String text) {
        byte[] blob = Blobs.pack(text);
        assertThat(blob[0]).isZero();
        assertThat(Blobs.unpack(blob)).isEqualTo(text);
    }

    @Test
    void longTextIsDeflatedAndComesBackExactly() {
        String text = "<p>The foreign minister said talks on a ceasefire would resume. Міністр заявив.</p>\n".repeat(200);
        byte[] blob = Blobs.pack(text);
        assertThat(blob[0]).isEqualTo((byte) 1);
        assertThat(blob.length).isLessThan(text.length() / 5);
        assertThat(Blobs.unpack(blob)).isEqualTo(text);
    }

    @Test
    void incompressibleTextStaysPlain() {
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 2000; i++) {
            sb.appendCodePoint(0x4e00 + r.nextInt(20000));
        }
        String text = sb.toString();
        assertThat(Blobs.unpack(Blobs.pack(text))).isEqualTo(text);
    }

    @Test
    void nullStaysNull() {
        assertThat(Blobs.pack(null)).isNull();
        assertThat(Blobs.unpack(null)).isNull();
    }

    @Test
    void aDamagedBlobIsReportedNotThrownAsSomethingElse() {
        byte[] blob = Blobs.pack("<p>text</p>".repeat(100));
        byte[] broken = Arrays.copyOf(blob, blob.length / 2);
        assertThatThrownBy(() -> Blobs.unpack(broken)).isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged");
    }
}

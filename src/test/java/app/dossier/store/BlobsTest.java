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
    void longTextIsCompressedWithLz4AndComesBackExactly() {
        String text = "<p>The foreign minister said talks on a ceasefire would resume. Міністр заявив.</p>\n".repeat(200);
        byte[] blob = Blobs.pack(text);
        assertThat(blob[0]).isEqualTo((byte) 2);
        assertThat(blob.length).isLessThan(text.length() / 5);
        assertThat(Blobs.unpack(blob)).isEqualTo(text);
    }

    @Test
    void textDeflatedByEarlierVersionsIsStillRead() {
        String text = "<p>Stored before LZ4: a ceasefire, «так», 😀.</p>".repeat(40);
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED, true);
        deflater.setInput(utf8);
        deflater.finish();
        byte[] out = new byte[utf8.length + 64];
        int len = 1;
        while (!deflater.finished()) {
            len += deflater.deflate(out, len, out.length - len);
        }
        out[0] = 1;
        assertThat(Blobs.unpack(Arrays.copyOf(out, len))).isEqualTo(text);
    }

    @Test
    void aClaimedLengthBeyondWhatTheBlobCanHoldIsDamageNotAnAllocation() {
        byte[] blob = Blobs.pack("<p>text</p>".repeat(100));
        byte[] lying = blob.clone();
        lying[1] = 0x7f; // about two billion bytes
        assertThatThrownBy(() -> Blobs.unpack(lying)).isInstanceOf(StoreException.class).hasMessageContaining("damaged");
        byte[] tooLong = blob.clone();
        int claimed = (blob.length - 5) * 255 + 1;
        tooLong[1] = (byte) (claimed >>> 24);
        tooLong[2] = (byte) (claimed >>> 16);
        tooLong[3] = (byte) (claimed >>> 8);
        tooLong[4] = (byte) claimed;
        assertThatThrownBy(() -> Blobs.unpack(tooLong)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Blobs.unpack(new byte[] {2, 0, 0})).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Blobs.unpack(new byte[] {9, 1, 2, 3})).isInstanceOf(StoreException.class);
    }

    @Test
    void anyDamageToAStoredBlobIsAStoreExceptionOrTheText() {
        String text = "<p>The minister said the talks would resume on Monday. Київ заявив «так».</p>".repeat(30);
        byte[] blob = Blobs.pack(text);
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 5000; round++) {
            byte[] broken = blob.clone();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                broken[5 + random.nextInt(broken.length - 5)] = (byte) random.nextInt(256);
            }
            try {
                Blobs.unpack(broken);
            } catch (StoreException expected) {
                // reported as damage; anything else (an index error, a crash) fails the test
            }
        }
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
        assertThat(Blobs.pack((String) null)).isNull();
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

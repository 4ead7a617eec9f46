package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean zlib) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(6, !zlib))) {
            d.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] text(int size, long seed) {
        Random random = new Random(seed);
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ("<item>ceasefire talks “resume” </item>".charAt(random.nextInt(20)));
        }
        return b;
    }

    @Test
    void gzipAndDeflateOfEverySizeComeBackWhole() throws IOException {
        for (int size : new int[] {0, 1, 17, 16 * 1024, 16 * 1024 + 1, 100_000, 1_000_000}) {
            byte[] data = text(size, size);
            byte[] gz = gzip(data);
            // The wire buffer is usually longer than the body it holds.
            byte[] wire = Arrays.copyOf(gz, gz.length + 100);
            assertThat(BodyDecoder.decode(wire, gz.length, "gzip", 20 << 20)).as("gzip %d", size).isEqualTo(data);
            byte[] zlib = deflate(data, true);
            assertThat(BodyDecoder.decode(zlib, zlib.length, "deflate", 20 << 20)).isEqualTo(data);
            byte[] raw = deflate(data, false);
            assertThat(BodyDecoder.decode(raw, raw.length, "deflate", 20 << 20)).isEqualTo(data);
        }
    }

    @Test
    void theGzipTrailerIsOnlyAHint() throws IOException {
        byte[] data = text(50_000, 3);
        // Two members: the trailer gives the second member's size only.
        byte[] first = gzip(Arrays.copyOf(data, 40_000));
        byte[] second = gzip(Arrays.copyOfRange(data, 40_000, 50_000));
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        assertThat(BodyDecoder.decode(both, both.length, "gzip", 20 << 20)).isEqualTo(data);
        // A trailer that lies, small or huge: corrupt data, as the JDK's gzip reader says at the end
        // (the size it claims only sized the first buffer, within MAX_HINT; see the test below).
        for (long claim : new long[] {1, 0xFFFFFFFFL, 49_999, 50_001}) {
            byte[] lying = gzip(data);
            int n = lying.length;
            lying[n - 4] = (byte) claim;
            lying[n - 3] = (byte) (claim >>> 8);
            lying[n - 2] = (byte) (claim >>> 16);
            lying[n - 1] = (byte) (claim >>> 24);
            // GZIPInputStream checks the trailer: a wrong size is corrupt data, as it was before.
            assertThatThrownBy(() -> BodyDecoder.decode(lying, n, "gzip", 20 << 20)).isInstanceOf(ZipException.class);
        }
        assertThat(BodyDecoder.gzipSize(gzip(data), gzip(data).length)).isEqualTo(50_000);
        assertThat(BodyDecoder.gzipSize(new byte[10], 10)).isEqualTo(-1);
    }

    @Test
    void theLimitHoldsExactlyAndABombStopsThere() throws IOException {
        byte[] data = text(100_000, 5);
        byte[] gz = gzip(data);
        assertThat(BodyDecoder.decode(gz, gz.length, "gzip", 100_000)).isEqualTo(data); // exactly at the limit
        assertThatThrownBy(() -> BodyDecoder.decode(gz, gz.length, "gzip", 99_999))
                .isInstanceOf(BodyTooLargeException.class);
        byte[] bomb = gzip(new byte[50 << 20]); // 50 MB of zeros, about 50 KB on the wire
        assertThatThrownBy(() -> BodyDecoder.decode(bomb, bomb.length, "gzip", 20 << 20))
                .isInstanceOf(BodyTooLargeException.class);
        byte[] zlibBomb = deflate(new byte[50 << 20], true);
        assertThatThrownBy(() -> BodyDecoder.decode(zlibBomb, zlibBomb.length, "deflate", 20 << 20))
                .isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void aBufferWithNoRoomAtAllTakesOnlyAnEmptyBody() throws IOException {
        GrowableBytes empty = new GrowableBytes(0, 10);
        empty.readFully(new ByteArrayInputStream(new byte[0]));
        assertThat(empty.size()).isZero();
        GrowableBytes none = new GrowableBytes(0);
        assertThatThrownBy(() -> none.readFully(new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void aDeclaredLengthSizesTheBufferOnceAndIsNotTrustedBeyondTheLimit() throws IOException {
        byte[] data = text(70_000, 9);
        GrowableBytes exact = new GrowableBytes(1 << 20, data.length);
        exact.readFully(new ByteArrayInputStream(data));
        assertThat(exact.array()).hasSize(data.length); // never grown
        assertThat(exact.toByteArray()).isSameAs(exact.array()).isEqualTo(data);
        GrowableBytes shortClaim = new GrowableBytes(1 << 20, 10);
        shortClaim.readFully(new ByteArrayInputStream(data));
        assertThat(shortClaim.toByteArray()).isEqualTo(data);
        GrowableBytes growing = new GrowableBytes(20 << 20);
        growing.readFully(new ByteArrayInputStream(new byte[(16 << 20) + 1]));
        assertThat(growing.array().length).isEqualTo(20 << 20); // doubling stops at the limit
        GrowableBytes hugeClaim = new GrowableBytes(1 << 20, 1L << 40);
        assertThat(hugeClaim.array().length).isLessThan(1 << 20);
        // A claim of the whole limit (20 MB) with a few bytes behind it holds a bounded first array.
        GrowableBytes claimsTheLimit = new GrowableBytes(20 << 20, 20 << 20);
        assertThat(claimsTheLimit.array().length).isEqualTo(GrowableBytes.MAX_HINT);
        claimsTheLimit.readFully(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertThat(claimsTheLimit.toByteArray()).containsExactly(1, 2, 3);
    }
}

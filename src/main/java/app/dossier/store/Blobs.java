package app.dossier.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Article HTML as stored: UTF-8, deflated when that pays. News HTML shrinks four- to fifteen-fold,
 * so the library takes a fraction of the disk and a refresh writes (and checkpoints) a fraction
 * of the bytes. The first byte says how the rest is stored: {@code 0} plain UTF-8, {@code 1} raw
 * deflate of the UTF-8. Packing happens where articles are prepared (a CPU thread), unpacking
 * where they are read.
 */
final class Blobs {

    private static final byte PLAIN = 0;
    private static final byte DEFLATED = 1;
    /** Below this many bytes compression saves too little to be worth a round trip. */
    private static final int MIN_DEFLATE = 200;

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(
            () -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private Blobs() {
    }

    static byte[] pack(String text) {
        if (text == null) {
            return null;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length >= MIN_DEFLATE) {
            Deflater deflater = DEFLATER.get();
            deflater.reset();
            deflater.setInput(utf8);
            deflater.finish();
            byte[] out = new byte[utf8.length / 2 + 64];
            int len = 1;
            while (!deflater.finished() && len < out.length) {
                len += deflater.deflate(out, len, out.length - len);
            }
            if (deflater.finished() && len < utf8.length) {
                out[0] = DEFLATED;
                return Arrays.copyOf(out, len);
            }
        }
        byte[] plain = new byte[utf8.length + 1];
        plain[0] = PLAIN;
        System.arraycopy(utf8, 0, plain, 1, utf8.length);
        return plain;
    }

    static String unpack(byte[] blob) {
        if (blob == null || blob.length == 0) {
            return null;
        }
        if (blob[0] == PLAIN) {
            return new String(blob, 1, blob.length - 1, StandardCharsets.UTF_8);
        }
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(blob, 1, blob.length - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(blob.length * 6);
        byte[] buf = new byte[Math.max(4096, blob.length * 4)];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new StoreException("an article's stored text is damaged");
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new StoreException("an article's stored text is damaged", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

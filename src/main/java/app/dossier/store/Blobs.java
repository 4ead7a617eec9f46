package app.dossier.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * Article HTML as stored: UTF-8, compressed when that pays. The first byte says how the rest is
 * stored: {@code 0} plain UTF-8; {@code 2} an LZ4 block of the UTF-8, after its length (four
 * bytes, big-endian); {@code 1} raw deflate of the UTF-8, which libraries written before LZ4 hold
 * and which is still read. LZ4 shrinks news HTML about 1.8-fold against deflate's 2.5-fold, for
 * a sixth of deflate's CPU time (a cold refresh of 50,000 articles packs 178 MB of HTML: 0.6–0.7 s
 * instead of 3.3–4.2 s, {@code BlobCodecBench}), and unpacks it eight to ten times as fast, for
 * the reading pane, the analysis and the search index. Packing happens where articles are prepared
 * (a CPU thread), unpacking where they are read. Unpacking checks every length and uses LZ4's
 * bounds-checked decoder, so a damaged blob is a {@link StoreException}, never a crash or a huge
 * allocation.
 */
final class Blobs {

    private static final byte PLAIN = 0;
    private static final byte DEFLATED = 1;
    private static final byte LZ4 = 2;
    /** Below this many bytes compression saves too little to be worth a round trip. */
    private static final int MIN_COMPRESS = 200;
    /**
     * A compressed blob never claims more (documents are capped at 20 MB, so an article's UTF-8 is
     * at most a few times that, and anything longer is stored plain); a larger claim is damage.
     */
    private static final int MAX_TEXT_BYTES = 64 << 20;
    /** LZ4 cannot expand a block more than this (one byte of input gives at most 255 of output). */
    private static final int MAX_LZ4_RATIO = 255;

    /** Compressed output up to this size goes through a buffer the packing thread keeps. */
    private static final int KEEP_BYTES = 1 << 20;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[8192]);

    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private Blobs() {
    }

    /** The LZ4 codec, made on first use: its native library is only loaded by commands that read or write articles. */
    private static final class Codec {
        static final LZ4Factory FACTORY = LZ4Factory.fastestInstance();
        static final LZ4Compressor COMPRESSOR = FACTORY.fastCompressor();
        static final LZ4SafeDecompressor DECOMPRESSOR = FACTORY.safeDecompressor();
    }

    static byte[] pack(String text) {
        if (text == null) {
            return null;
        }
        Utf8 utf8 = Utf8.encode(text);
        return pack(utf8.bytes(), utf8.length());
    }

    /** Packs text given as UTF-8 (not kept: the blob is a new array). */
    static byte[] pack(byte[] utf8) {
        return utf8 == null ? null : pack(utf8, utf8.length);
    }

    /** Packs the first {@code length} bytes of {@code utf8} (not kept: the blob is a new array of its exact size). */
    static byte[] pack(byte[] utf8, int length) {
        if (length >= MIN_COMPRESS && length <= MAX_TEXT_BYTES) { // longer stays plain: see unpack
            LZ4Compressor lz4 = Codec.COMPRESSOR;
            int room = 5 + lz4.maxCompressedLength(length);
            byte[] out = room <= KEEP_BYTES ? scratch(room) : new byte[room];
            int len = 5 + lz4.compress(utf8, 0, length, out, 5, room - 5);
            if (len < length) {
                out[0] = LZ4;
                out[1] = (byte) (length >>> 24);
                out[2] = (byte) (length >>> 16);
                out[3] = (byte) (length >>> 8);
                out[4] = (byte) length;
                return Arrays.copyOf(out, len);
            }
        }
        byte[] plain = new byte[length + 1];
        plain[0] = PLAIN;
        System.arraycopy(utf8, 0, plain, 1, length);
        return plain;
    }

    /** The calling thread's buffer for compressed output, at least {@code size} bytes. */
    private static byte[] scratch(int size) {
        byte[] b = SCRATCH.get();
        if (b.length < size) {
            b = new byte[Math.max(size, Math.min(KEEP_BYTES, b.length * 2))];
            SCRATCH.set(b);
        }
        return b;
    }

    static String unpack(byte[] blob) {
        if (blob == null || blob.length == 0) {
            return null;
        }
        return switch (blob[0]) {
            case PLAIN -> new String(blob, 1, blob.length - 1, StandardCharsets.UTF_8);
            case LZ4 -> unpackLz4(blob);
            case DEFLATED -> inflate(blob);
            default -> throw damaged(null);
        };
    }

    private static String unpackLz4(byte[] blob) {
        if (blob.length < 5) {
            throw damaged(null);
        }
        int length = (blob[1] & 0xff) << 24 | (blob[2] & 0xff) << 16 | (blob[3] & 0xff) << 8 | (blob[4] & 0xff);
        if (length < 0 || length > MAX_TEXT_BYTES || length > (long) (blob.length - 5) * MAX_LZ4_RATIO) {
            throw damaged(null);
        }
        byte[] utf8 = new byte[length];
        int n;
        try {
            n = Codec.DECOMPRESSOR.decompress(blob, 5, blob.length - 5, utf8, 0, length);
        } catch (LZ4Exception | IndexOutOfBoundsException e) {
            throw damaged(e);
        }
        if (n != length) {
            throw damaged(null);
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static String inflate(byte[] blob) {
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(blob, 1, blob.length - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(blob.length * 6);
        byte[] buf = new byte[Math.max(4096, blob.length * 4)];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged(null);
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_TEXT_BYTES) {
                    throw damaged(null);
                }
            }
        } catch (DataFormatException e) {
            throw damaged(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static StoreException damaged(Exception cause) {
        return cause == null ? new StoreException("an article's stored text is damaged")
                : new StoreException("an article's stored text is damaged", cause);
    }
}

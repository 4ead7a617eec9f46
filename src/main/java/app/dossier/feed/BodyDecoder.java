package app.dossier.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes {@code Content-Encoding: gzip} or {@code deflate} (the JDK client does not), never
 * producing more than the size limit: a gzip bomb stops at the limit after inflating at most that
 * much, holding at most the limit in memory. {@code deflate} arrives zlib-wrapped (as RFC 9110 says)
 * or raw (as some servers send it); the first two bytes tell which. Pure; any thread.
 */
final class BodyDecoder {

    private BodyDecoder() {
    }

    /**
     * The decoded body.
     *
     * @throws BodyTooLargeException when the decoded body would pass {@code limit}
     * @throws ZipException          when the data is corrupt
     */
    static byte[] decode(byte[] wire, int length, String contentEncoding, long limit) throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "", "identity" -> length == wire.length ? wire : Arrays.copyOf(wire, length);
            case "gzip", "x-gzip" -> gunzip(wire, length, limit);
            case "deflate" -> inflate(wire, length, limit);
            default -> throw new ZipException("unsupported content encoding " + encoding);
        };
    }

    private static byte[] gunzip(byte[] wire, int length, long limit) throws IOException {
        if (length < 2 || (wire[0] & 0xFF) != 0x1F || (wire[1] & 0xFF) != 0x8B) {
            // Labelled gzip but sent plain: a common server mistake, and harmless.
            return Arrays.copyOf(wire, length);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(wire, 0, length), 8192)) {
            return readAtMost(in, limit, gzipSize(wire, length));
        }
    }

    private static byte[] inflate(byte[] wire, int length, long limit) throws IOException {
        Inflater inflater = new Inflater(!isZlibWrapped(wire, length));
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(wire, 0, length), inflater)) {
            return readAtMost(in, limit, -1);
        } finally {
            inflater.end();
        }
    }

    /** RFC 1950: compression method 8, window at most 32 KB, and a header checksum divisible by 31. */
    static boolean isZlibWrapped(byte[] b, int length) {
        if (length < 2) {
            return false;
        }
        int cmf = b[0] & 0xFF;
        int flg = b[1] & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
    }

    /**
     * The size a gzip stream says its content has (its last four bytes, RFC 1952), or -1 when that
     * cannot be right: only a hint for the first allocation, never trusted further (a stream of
     * several members, or a hostile one, may say anything; deflate expands at most about 1,032-fold).
     */
    static long gzipSize(byte[] wire, int length) {
        if (length < 18) {
            return -1;
        }
        long size = (wire[length - 4] & 0xFFL) | (wire[length - 3] & 0xFFL) << 8 | (wire[length - 2] & 0xFFL) << 16
                | (wire[length - 1] & 0xFFL) << 24;
        return size > 0 && size <= 1032L * length ? size : -1;
    }

    private static byte[] readAtMost(InputStream in, long limit, long sizeHint) throws IOException {
        GrowableBytes out = new GrowableBytes(limit, sizeHint);
        out.readFully(in);
        return out.toByteArray();
    }
}

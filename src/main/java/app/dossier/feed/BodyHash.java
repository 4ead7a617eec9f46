package app.dossier.feed;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The fingerprint that tells "same body as last time": the body's length and two independent
 * 32-bit checksums of it (CRC-32C and CRC-32), 32 lower-case hex digits. A body that changed
 * passes for the old one with a chance of about one in 2^64, and the checksums run on the
 * processor's CRC instructions at several GB/s, so fingerprinting a thousand feeds costs
 * milliseconds (a cryptographic hash cost seconds of CPU per cold refresh, and guarding against a
 * publisher forging a collision with its own feed protects nobody). Pure. Public so documents
 * read from local files are compared the same way as fetched ones.
 */
public final class BodyHash {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BodyHash() {
    }

    public static String of(byte[] body) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(body, 0, body.length);
        CRC32 ieee = new CRC32();
        ieee.update(body, 0, body.length);
        char[] out = new char[32];
        hex(out, 0, body.length, 16);
        hex(out, 16, castagnoli.getValue(), 8);
        hex(out, 24, ieee.getValue(), 8);
        return new String(out);
    }

    private static void hex(char[] out, int at, long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }
}

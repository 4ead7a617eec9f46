package app.dossier.feed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The strong hash that tells "same body as last time": SHA-256 in lower-case hex. Pure. Public so
 * documents read from local files are compared the same way as fetched ones.
 */
public final class BodyHash {

    private BodyHash() {
    }

    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package app.dossier.highlight;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over everything analyses return: the records' own text form (text, quotes with
 * speakers, cues and confidences, key phrases with their exact scores and occurrences, entities,
 * boilerplate, version) and, for HTML input, where every text character came from. Two versions
 * of the analyser that give equal digests over the same inputs gave the same output.
 *
 * <p>With {@code -Dhighlight.dump=DIR} every analysis is also written out as text to
 * {@code DIR/<label>.txt}, so two versions whose digests differ can be compared with diff.
 */
final class AnalysisDigest {

    private final MessageDigest sha;
    private final Path dump;
    private int count;

    /** A digest; {@code label} names its dump file. */
    AnalysisDigest(String label) {
        try {
            sha = MessageDigest.getInstance("SHA-256");
            String dir = System.getProperty("highlight.dump");
            dump = dir == null ? null : Path.of(dir, label + ".txt");
            if (dump != null) {
                Files.createDirectories(dump.getParent());
                Files.writeString(dump, "");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one input's name and its analysis. */
    void add(String name, ArticleAnalysis a) {
        String output = canonical(a);
        update(name);
        update(output);
        count++;
        if (dump != null) {
            try {
                Files.writeString(dump, "=== " + name + "\n" + output + "\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Number of analyses added. */
    int count() {
        return count;
    }

    /** The digest in hexadecimal; the digest is finished and must not be added to again. */
    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The full output of one analysis as text. */
    static String canonical(ArticleAnalysis a) {
        StringBuilder sb = new StringBuilder(a.toString());
        if (!a.sourceMap().isIdentity()) {
            sb.append("\nsource:");
            for (int i = 0; i <= a.text().length(); i++) {
                TextSpan s = a.sourceSpan(new TextSpan(i, Math.min(i + 1, a.text().length())));
                sb.append(' ').append(s.start()).append('-').append(s.end());
            }
        }
        return sb.toString();
    }

    private void update(String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}

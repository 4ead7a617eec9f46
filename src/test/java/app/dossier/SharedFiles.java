package app.dossier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared test material (real-world feed corpora, the benchmark generator, the seed
 * article) that lives next to the project at {@code ../shared}. In a user's own clone it may be
 * absent: tests that need it are then skipped with a clear message. On CI ({@code CI=true}) its
 * absence is a failure, so a broken checkout never passes silently.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** The shared folder, or a skipped test (a failed one on CI) when it is absent. */
    public static Path root() {
        Path root = Path.of("..", "shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("corpora"))) {
            String message = "shared test material not found at " + root
                    + " (real-world feeds and examples live there; tests that need it are skipped)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " - on CI it must be present");
            }
            assumeTrue(false, message);
        }
        return root;
    }

    /** {@code ../shared/corpora}. */
    public static Path corpora() {
        return root().resolve("corpora");
    }

    /** A path below {@code ../shared}, which must exist. */
    public static Path resolve(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            throw new AssertionError("missing shared file: " + path);
        }
        return path;
    }
}

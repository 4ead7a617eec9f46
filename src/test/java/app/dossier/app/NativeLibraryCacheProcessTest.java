package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * The unpacked SQLite library in the user's cache and the note naming its folder, across real
 * starts: the first start writes both, later ones use them, and a wrong or damaged note is worked
 * out again and rewritten, never a reason to fail.
 */
class NativeLibraryCacheProcessTest {

    @TempDir
    Path dir;

    private int feeds(Path cache) throws Exception {
        ProcessBuilder pb = DossierProcess.builder(dir.resolve("data"), "128m", "feeds");
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void theFirstStartNotesTheFolderAndAWrongNoteIsRepaired() throws Exception {
        Path cache = dir.resolve("cache");
        Path version = cache.resolve("dossier").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path note = version.resolve("native-folder");
        String folder = OSInfo.getNativeLibFolderPathForCurrentOS();

        assertThat(feeds(cache)).as(Files.readString(dir.resolve("out.txt"))).isZero();
        assertThat(version.resolve(System.mapLibraryName("sqlitejdbc"))).isRegularFile();
        assertThat(Files.readString(note)).isEqualTo(folder);

        assertThat(feeds(cache)).as("with the note").isZero();
        assertThat(Files.readString(note)).isEqualTo(folder);

        Files.writeString(note, "Nowhere/none");
        assertThat(feeds(cache)).as("a note naming no folder of the driver").isZero();
        assertThat(Files.readString(note)).isEqualTo(folder);

        Files.write(note, "\u0000\u00ff garbage".getBytes(StandardCharsets.UTF_8));
        assertThat(feeds(cache)).as("a damaged note").isZero();
        assertThat(Files.readString(note)).isEqualTo(folder);
    }
}

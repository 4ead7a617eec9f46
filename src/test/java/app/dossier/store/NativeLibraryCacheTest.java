package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note that spares later starts from working out the driver's folder again. */
class NativeLibraryCacheTest {

    @TempDir
    Path dir;

    @Test
    void aNoteNamesAFolderInsideTheDriversJarOrNothing() throws Exception {
        Path note = dir.resolve(NativeLibraryCache.FOLDER_NOTE);
        assertThat(NativeLibraryCache.readNote(note)).as("missing").isEmpty();
        Files.writeString(note, "Linux/x86_64\n");
        assertThat(NativeLibraryCache.readNote(note)).isEqualTo("Linux/x86_64");
        Files.writeString(note, "Linux-Musl/aarch64");
        assertThat(NativeLibraryCache.readNote(note)).isEqualTo("Linux-Musl/aarch64");
        for (String bad : new String[] {"", "Linux", "../../etc/passwd", "Linux/x86_64/../..", "/tmp/x",
            "Linux/x86 64", "Linux/x86_64\nMac/aarch64", "x".repeat(100) + "/y"}) {
            Files.writeString(note, bad);
            assertThat(NativeLibraryCache.readNote(note)).as(bad).isEmpty();
        }
        Files.write(note, new byte[] {(byte) 0xff, 0, (byte) 0xfe, '/', 1});
        assertThat(NativeLibraryCache.readNote(note)).as("binary").isEmpty();
        Files.delete(note);
        Files.createDirectory(note);
        assertThat(NativeLibraryCache.readNote(note)).as("a directory").isEmpty();
    }
}

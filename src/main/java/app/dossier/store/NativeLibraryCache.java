package app.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps an unpacked copy of the SQLite driver's native library, so each start loads it directly
 * (see {@link Store#useNativeLibraryCache}). Best effort: any failure leaves the driver to unpack
 * the library itself, as it always can.
 */
final class NativeLibraryCache {

    /** The file beside the cached library naming the driver's folder for this system. */
    static final String FOLDER_NOTE = "native-folder";

    private NativeLibraryCache() {
    }

    private static java.net.URL resource(String folder, String name) {
        return NativeLibraryCache.class.getResource("/org/sqlite/native/" + folder + "/" + name);
    }

    /**
     * The folder a note names ("Linux/x86_64", "Linux-Musl/aarch64"), or "" when the note is
     * missing, unreadable or names anything but a folder inside the driver's jar.
     */
    static String readNote(Path note) {
        try {
            if (!Files.isRegularFile(note) || Files.size(note) > 64) {
                return "";
            }
            String s = new String(Files.readAllBytes(note), java.nio.charset.StandardCharsets.ISO_8859_1).strip();
            return s.matches("[A-Za-z0-9_-]+/[A-Za-z0-9_-]+") ? s : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static void use(Path cacheDirectory) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // someone chose already
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            Path dir = cacheDirectory.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
            Path lib = dir.resolve(name);
            Path folderNote = dir.resolve(FOLDER_NOTE);
            // The driver's folder for this system ("Linux/x86_64"), as found on an earlier start:
            // working it out again reads the target of every file the process has mapped.
            String folder = Files.isRegularFile(lib) ? readNote(folderNote) : "";
            java.net.URL url = folder.isEmpty() ? null : resource(folder, name);
            boolean noted = url != null;
            if (!noted) {
                folder = OSInfo.getNativeLibFolderPathForCurrentOS();
                url = resource(folder, name);
            }
            if (url == null) {
                return;
            }
            // The jar entry's size, read from the jar's directory without inflating the entry.
            long expected = url.openConnection().getContentLengthLong();
            if (!Files.isRegularFile(lib) || Files.size(lib) != expected) {
                try (InputStream in = url.openStream()) {
                    Files.createDirectories(dir);
                    Path temp = Files.createTempFile(dir, "lib", ".tmp");
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            if (expected <= 0 || Files.size(lib) != expected) {
                return; // a copy from another build or a broken one: let the driver unpack its own
            }
            if (!noted) {
                Path temp = Files.createTempFile(dir, "folder", ".tmp");
                Files.writeString(temp, folder);
                Files.move(temp, folderNote, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // the driver unpacks the library itself, as it would without a cache
        }
    }
}

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

    private NativeLibraryCache() {
    }

    static void use(Path cacheDirectory) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // someone chose already
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
            Path dir = cacheDirectory.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
            Path lib = dir.resolve(name);
            java.net.URL url = NativeLibraryCache.class.getResource(resource);
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
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // the driver unpacks the library itself, as it would without a cache
        }
    }
}

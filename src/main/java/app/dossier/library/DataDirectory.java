package app.dossier.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library lives: {@code --data-dir}, else {@code DOSSIER_DATA_DIR}, else the platform's
 * place for application data ({@code $XDG_DATA_HOME/dossier} or {@code ~/.local/share/dossier} on
 * Linux, {@code %APPDATA%\Dossier} on Windows, {@code ~/Library/Application Support/Dossier} on
 * macOS).
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve(String override, Map<String, String> env, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        String fromEnv = env.get("DOSSIER_DATA_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Dossier");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Dossier");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "dossier");
        }
        return Path.of(userHome, ".local", "share", "dossier");
    }

    /**
     * Where Dossier keeps things it can always recreate (never the library): {@code
     * $XDG_CACHE_HOME/dossier} or {@code ~/.cache/dossier} on Linux, {@code
     * %LOCALAPPDATA%\Dossier\Cache} on Windows, {@code ~/Library/Caches/Dossier} on macOS.
     */
    public static Path cache(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Dossier").resolve("Cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(userHome, "Library", "Caches", "Dossier");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "dossier");
        }
        return Path.of(userHome, ".cache", "dossier");
    }
}

package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void theOptionWinsOverEverything() {
        assertThat(DataDirectory.resolve("/data/x", Map.of("DOSSIER_DATA_DIR", "/env"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/data/x"));
    }

    @Test
    void thenTheEnvironmentVariable() {
        assertThat(DataDirectory.resolve(null, Map.of("DOSSIER_DATA_DIR", "/env", "XDG_DATA_HOME", "/xdg"), "Linux",
                "/home/u")).isEqualTo(Path.of("/env"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/xdg/dossier"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/dossier"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/dossier"));
    }

    @Test
    void windowsAndMacUseTheirOwnPlaces() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", "/home/u"))
                .isEqualTo(Path.of("/appdata", "Dossier"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Dossier"));
    }

    @Test
    void theCacheFollowsEachPlatform() {
        assertThat(DataDirectory.cache(Map.of("XDG_CACHE_HOME", "/xc"), "Linux", "/home/u")).isEqualTo(Path.of("/xc/dossier"));
        assertThat(DataDirectory.cache(Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/.cache/dossier"));
        assertThat(DataDirectory.cache(Map.of("LOCALAPPDATA", "/la"), "Windows 10", "/home/u"))
                .isEqualTo(Path.of("/la", "Dossier", "Cache"));
        assertThat(DataDirectory.cache(Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Caches/Dossier"));
    }
}

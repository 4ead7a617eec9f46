package app.dossier.library;

import java.nio.file.Path;

/**
 * The outcome of reading one local feed file into the library.
 *
 * @param file      the file
 * @param feedName  the subscription its articles went to, or {@code null} on failure
 * @param added     new articles
 * @param updated   articles whose content changed
 * @param unchanged articles already stored as they are
 * @param error     one line saying why the file was not read, or {@code null}
 */
public record IngestResult(Path file, String feedName, int added, int updated, int unchanged, String error) {

    public boolean ok() {
        return error == null;
    }
}

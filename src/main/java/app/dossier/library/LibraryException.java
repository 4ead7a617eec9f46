package app.dossier.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Something the user asked for could not be done. The message is one line that says what and
 * why, fit to print as it is.
 */
public final class LibraryException extends RuntimeException {

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A file-system failure in words: "no such file", "permission denied", else its message. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m.replace('\n', ' ');
    }
}

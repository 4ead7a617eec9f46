package app.dossier.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns driver errors into one line a user can act on. The driver's own text stays in the cause.
 */
final class SqlErrors {

    private SqlErrors() {
    }

    static StoreException translate(SQLException e, String action) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() & 0xff : code.code & 0xff;
        String why = switch (primary) {
            case 11 -> "the library file is damaged (corrupt or truncated); it was left untouched";
            case 26 -> "the file is not an SQLite database; it was left untouched";
            case 5, 6 -> "the library is locked by another Dossier process; try again when it finishes";
            case 13 -> "the disk is full";
            case 8 -> "the library file is read-only";
            case 14 -> "the library file cannot be opened (check the path and its permissions)";
            case 10 -> "a disk I/O error occurred";
            default -> "database error: " + firstLine(e.getMessage());
        };
        return new StoreException("cannot " + action + ": " + why, e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

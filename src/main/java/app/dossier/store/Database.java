package app.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens the library file with the settings every connection needs and brings its schema up to
 * date. Opening never changes a file it cannot read: a damaged or foreign file is reported and
 * left exactly as it was.
 */
final class Database {

    static final int BUSY_TIMEOUT_MS = 10_000;

    private Database() {
    }

    /** A connection with WAL, foreign keys and a busy timeout; the schema is migrated by the caller. */
    static Connection connect(Path file, boolean writer) {
        Properties props = new Properties();
        if (writer) {
            // Take the write lock when a transaction starts, not halfway through it: another
            // process's writer then makes us wait (busy timeout) instead of failing mid-way.
            props.setProperty("transaction_mode", "IMMEDIATE");
        }
        props.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        props.setProperty("foreign_keys", "true");
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
            try (Statement s = c.createStatement()) {
                inspect(s, file);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA cache_size = -32000");
                s.execute("PRAGMA temp_store = MEMORY");
                // Checkpoint every 64 MB of WAL rather than every 4 MB: a refresh that stores
                // hundreds of megabytes then syncs the database a few times instead of dozens.
                s.execute("PRAGMA wal_autocheckpoint = 16384");
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "open the library at " + file);
        }
    }

    /**
     * Reads the header and the schema before anything writes: a truncated, corrupt or non-SQLite
     * file, another application's database, or a library from a newer Dossier fails here,
     * byte for byte untouched.
     */
    private static void inspect(Statement s, Path file) throws SQLException {
        long objects;
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            objects = rs.getLong(1);
        }
        int version;
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.getInt(1);
        }
        int known = Migrations.ALL.size();
        if (version > known) {
            throw new StoreException("the library at " + file + " was written by a newer version of "
                    + "Dossier (schema " + version + ", this version knows " + known + "); it was left untouched");
        }
        if (version == 0 && objects > 0) {
            throw new StoreException(file + " is an SQLite database but not a Dossier library; "
                    + "it was left untouched");
        }
    }

    /** Applies the migrations this library has not seen yet, each in its own transaction. */
    static void migrate(Connection c, Path file) {
        try (Statement s = c.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.getInt(1);
            }
            int known = Migrations.ALL.size();
            for (int i = version; i < known; i++) {
                c.setAutoCommit(false);
                try {
                    for (String statement : splitStatements(Migrations.ALL.get(i))) {
                        s.execute(statement);
                    }
                    s.execute("PRAGMA user_version = " + (i + 1));
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "prepare the library at " + file);
        }
    }

    /**
     * Splits a migration script into statements. Statements end with a semicolon at the end of a
     * line; a trigger body ends with {@code END;}.
     */
    static java.util.List<String> splitStatements(String script) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                out.add(current.toString().trim());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (current.length() > 0) {
            out.add(current.toString().trim());
        }
        return out;
    }

    /** Size of the database and its WAL on disk. */
    static long sizeOnDisk(Path file) {
        long total = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Path p = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(p)) {
                    total += Files.size(p);
                }
            } catch (IOException e) {
                // a vanished WAL is simply not counted
            }
        }
        return total;
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing after a failure: the first error is the one worth reporting
        }
    }
}

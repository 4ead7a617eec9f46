package app.dossier.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Libraries as an earlier version of Dossier left them, for migration tests. */
final class EarlierSchema {

    private EarlierSchema() {
    }

    /** A new database at {@code file} with the first {@code version} migrations applied; the caller closes it. */
    static Connection create(Path file, int version) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            for (int m = 0; m < version; m++) {
                for (String statement : Database.splitStatements(Migrations.ALL.get(m))) {
                    s.execute(statement);
                }
            }
            s.execute("PRAGMA user_version = " + version);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }
}

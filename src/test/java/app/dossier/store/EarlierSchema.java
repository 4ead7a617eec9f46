package app.dossier.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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

    /** A feed (id 1) and one article of it (id 42) with this title (or none) and HTML, as such a library holds them. */
    static void addArticle(Connection c, String title, String html) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO feed (id, url, position, added_at) VALUES (1, 'https://old.example/', 0, 0)");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO article (id, feed_id, sort_date, first_seen, "
                + "content_hash, title, content) VALUES (42, 1, 0, 0, 7, ?, ?)")) {
            insert.setString(1, title);
            insert.setBytes(2, Blobs.pack(html));
            insert.executeUpdate();
        }
    }
}

package app.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's watch list: terms always highlighted as key phrases. Each is kept as the user wrote
 * it, under a key (its normal form, given by the caller) so variants of one term are one entry.
 */
final class WatchTable {

    private WatchTable() {
    }

    /** The terms as written, oldest first. */
    static List<String> list(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT term FROM watch_term ORDER BY added_at, term_key");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** False when a term with this key is already watched (it is left as it was). */
    static boolean add(Connection c, String key, String term, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO watch_term (term_key, term, added_at) VALUES (?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, term);
            ps.setLong(3, now.toEpochMilli());
            return ps.executeUpdate() > 0;
        }
    }

    /** False when no term with this key was watched. */
    static boolean remove(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM watch_term WHERE term_key = ?")) {
            ps.setString(1, key);
            return ps.executeUpdate() > 0;
        }
    }
}

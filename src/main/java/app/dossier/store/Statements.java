package app.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer connection's prepared statements, prepared once and reused: a refresh writes a
 * thousand feeds, and preparing the same dozen statements for each costs more than running them.
 * Used only under the store's write lock, so never by two threads at once.
 */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** The statement for {@code sql}, parameters cleared. Do not close it. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    @Override
    public void close() {
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing at shutdown: nothing left to do about it
            }
        }
        prepared.clear();
    }
}

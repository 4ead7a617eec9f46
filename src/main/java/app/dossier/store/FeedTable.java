package app.dossier.store;

import app.dossier.model.Feed;
import app.dossier.model.FeedFormat;
import app.dossier.model.Folder;
import app.dossier.model.ParsedFeed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Subscriptions and folders. A removed subscription that still has starred articles stays as a
 * hidden row ({@code removed_at} set) so those articles keep their feed; subscribing to the same
 * URL again brings it back.
 */
final class FeedTable {

    private static final String COLUMNS = "id, url, coalesce(custom_title, title, url), title, site_url, "
            + "description, language, image_url, format, folder_id, position, added_at, outline";

    private FeedTable() {
    }

    static List<Feed> list(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM feed WHERE removed_at IS NULL ORDER BY coalesce(folder_id, -1), position, id")) {
            return read(ps);
        }
    }

    static Optional<Feed> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM feed WHERE id = ? AND removed_at IS NULL")) {
            ps.setLong(1, id);
            return read(ps).stream().findFirst();
        }
    }

    static Optional<Feed> byUrl(Connection c, String url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM feed WHERE url = ? AND removed_at IS NULL")) {
            ps.setString(1, url);
            return read(ps).stream().findFirst();
        }
    }

    private static List<Feed> read(PreparedStatement ps) throws SQLException {
        List<Feed> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long folder = rs.getLong(10);
                Long folderId = rs.wasNull() ? null : folder;
                String format = rs.getString(9);
                out.add(new Feed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8),
                        format == null ? null : FeedFormat.fromId(format), folderId, rs.getInt(11),
                        Instant.ofEpochMilli(rs.getLong(12)), Columns.decodeMap(rs.getString(13))));
            }
        }
        return out;
    }

    /**
     * Subscribes to {@code url} at the end of {@code folderId}. Re-subscribing to a removed feed
     * revives it with its starred articles.
     */
    static Feed add(Connection c, String url, String customTitle, Long folderId, Map<String, String> outline,
            Instant now) throws SQLException {
        int position = nextPosition(c, folderId);
        try (PreparedStatement revive = c.prepareStatement("UPDATE feed SET removed_at = NULL, custom_title = ?, "
                + "folder_id = ?, position = ?, outline = ?, added_at = ? WHERE url = ? AND removed_at IS NOT NULL")) {
            revive.setString(1, customTitle);
            setLong(revive, 2, folderId);
            revive.setInt(3, position);
            revive.setString(4, Columns.encodeMap(outline));
            revive.setLong(5, now.toEpochMilli());
            revive.setString(6, url);
            if (revive.executeUpdate() == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed (url, custom_title, folder_id, "
                        + "position, added_at, outline) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, url);
                    ps.setString(2, customTitle);
                    setLong(ps, 3, folderId);
                    ps.setInt(4, position);
                    ps.setLong(5, now.toEpochMilli());
                    ps.setString(6, Columns.encodeMap(outline));
                    ps.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed WHERE url = ?")) {
            ps.setString(1, url);
            return read(ps).get(0);
        }
    }

    /** Records what the feed document says about itself. */
    static void describe(Statements sql, long feedId, ParsedFeed parsed) throws SQLException {
        PreparedStatement ps = sql.get("UPDATE feed SET title = coalesce(?, title), "
                + "site_url = coalesce(?, site_url), description = coalesce(?, description), "
                + "language = coalesce(?, language), image_url = coalesce(?, image_url), format = ? WHERE id = ?");
        ps.setString(1, blankToNull(parsed.title()));
        ps.setString(2, parsed.link());
        ps.setString(3, blankToNull(parsed.description()));
        ps.setString(4, parsed.language());
        ps.setString(5, parsed.imageUrl());
        ps.setString(6, parsed.format().id());
        ps.setLong(7, feedId);
        ps.executeUpdate();
    }

    static void rename(Connection c, long feedId, String customTitle) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE feed SET custom_title = ? WHERE id = ?")) {
            ps.setString(1, customTitle);
            ps.setLong(2, feedId);
            ps.executeUpdate();
        }
    }

    /**
     * Unsubscribes: unstarred articles go; starred ones stay, held by the hidden feed row.
     * Returns how many starred articles were kept.
     */
    static int remove(Connection c, long feedId, Instant now) throws SQLException {
        int kept;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article a JOIN article_state s "
                + "ON s.article_id = a.id WHERE a.feed_id = ? AND s.starred = 1")) {
            ps.setLong(1, feedId);
            try (ResultSet rs = ps.executeQuery()) {
                kept = rs.next() ? rs.getInt(1) : 0;
            }
        }
        if (kept == 0) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM feed WHERE id = ?")) {
                ps.setLong(1, feedId);
                ps.executeUpdate();
            }
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE feed_id = ? AND id NOT IN "
                + "(SELECT article_id FROM article_state WHERE starred = 1)")) {
            ps.setLong(1, feedId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE feed SET removed_at = ? WHERE id = ?")) {
            ps.setLong(1, now.toEpochMilli());
            ps.setLong(2, feedId);
            ps.executeUpdate();
        }
        return kept;
    }

    static List<Folder> folders(Connection c) throws SQLException {
        List<Folder> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, parent_id, name, position, outline FROM folder "
                        + "ORDER BY coalesce(parent_id, -1), position, id")) {
            while (rs.next()) {
                long parent = rs.getLong(2);
                Long parentId = rs.wasNull() ? null : parent;
                out.add(new Folder(rs.getLong(1), parentId, rs.getString(3), rs.getInt(4),
                        Columns.decodeMap(rs.getString(5))));
            }
        }
        return out;
    }

    static Folder addFolder(Connection c, Long parentId, String name, Map<String, String> outline)
            throws SQLException {
        int position = nextPosition(c, parentId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO folder (parent_id, name, position, outline) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            setLong(ps, 1, parentId);
            ps.setString(2, name);
            ps.setInt(3, position);
            ps.setString(4, Columns.encodeMap(outline));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Folder(keys.getLong(1), parentId, name, position, outline);
            }
        }
    }

    /** Feeds and folders share one order within a parent, so OPML order survives a round trip. */
    private static int nextPosition(Connection c, Long parentId) throws SQLException {
        String where = parentId == null ? "IS NULL" : "= ?";
        String sql = "SELECT max(p) FROM (SELECT max(position) AS p FROM feed WHERE folder_id " + where
                + " AND removed_at IS NULL UNION ALL SELECT max(position) FROM folder WHERE parent_id " + where + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parentId != null) {
                ps.setLong(1, parentId);
                ps.setLong(2, parentId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int max = rs.getInt(1);
                return rs.wasNull() ? 0 : max + 1;
            }
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

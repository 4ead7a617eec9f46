package app.dossier.store;

import app.dossier.model.ArticleHeader;
import app.dossier.model.ArticleId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The full-text index. It trails the article table: storing an article queues it in
 * {@code search_pending}, and indexing drains that queue in batches, so new articles can be
 * listed before they are searchable.
 */
final class SearchIndex {

    /** Title matches weigh most, then authors, then the body. */
    private static final String RANK = "bm25(search, 8.0, 4.0, 1.0)";

    private SearchIndex() {
    }

    /**
     * Queued articles past a row id, in row-id order. CROSS JOIN keeps the queue as the outer loop:
     * given the choice, SQLite walked every article past the row id and sorted the matches (50 ms
     * on 50,000 articles with nothing queued, and a sort of everything queued for each batch).
     */
    static final String PENDING = "SELECT a.rid, a.id, a.title, a.authors, a.summary, a.content "
            + "FROM search_pending p CROSS JOIN article a ON a.rid = p.rid WHERE p.rid > ? ORDER BY p.rid LIMIT ?";

    static List<IndexSource> pending(Connection c, long afterRowid, int limit) throws SQLException {
        List<IndexSource> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PENDING)) {
            ps.setLong(1, afterRowid);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IndexSource(rs.getLong(1), new ArticleId(rs.getLong(2)), rs.getString(3),
                            ArticleTable.authorLine(Columns.decodePeople(rs.getString(4))), Blobs.unpack(rs.getBytes(5)),
                            Blobs.unpack(rs.getBytes(6))));
                }
            }
        }
        return out;
    }

    /** Replaces the index entries of these articles. Runs in the caller's transaction. */
    static void index(Statements sql, List<IndexEntry> entries) throws SQLException {
        PreparedStatement delete = sql.get("DELETE FROM search WHERE rowid = ?");
        PreparedStatement insert = sql.get("INSERT INTO search (rowid, title, author, body) VALUES (?, ?, ?, ?)");
        PreparedStatement done = sql.get("DELETE FROM search_pending WHERE rid = ?");
        PreparedStatement exists = sql.get("SELECT 1 FROM article WHERE rid = ?");
        for (IndexEntry e : entries) {
            long id = e.rowid();
            exists.setLong(1, id);
            boolean present;
            try (ResultSet rs = exists.executeQuery()) {
                present = rs.next();
            }
            delete.setLong(1, id);
            delete.addBatch();
            if (present) {
                insert.setLong(1, id);
                insert.setString(2, e.title());
                insert.setString(3, e.author());
                insert.setBytes(4, e.body()); // FTS5 reads a blob's bytes as UTF-8 text
                insert.addBatch();
            }
            done.setLong(1, id);
            done.addBatch();
        }
        delete.executeBatch();
        insert.executeBatch();
        done.executeBatch();
    }

    static long pendingCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM search_pending");
                ResultSet rs = ps.executeQuery()) {
            return rs.getLong(1);
        }
    }

    static List<ArticleHeader> search(Connection c, FtsQuery query, int limit) throws SQLException {
        if (query.mode == FtsQuery.Mode.NOTHING) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(ArticleTable.HEADER_COLUMNS);
        List<Object> args = new ArrayList<>();
        switch (query.mode) {
            case MATCH -> {
                sql.append(" FROM search JOIN article a ON a.rid = search.rowid");
                appendJoins(sql);
                sql.append(" WHERE search MATCH ?");
                args.add(query.expression);
            }
            case EXCLUDE -> {
                sql.append(" FROM article a");
                appendJoins(sql);
                sql.append(" WHERE a.rid NOT IN (SELECT rowid FROM search WHERE search MATCH ?)");
                args.add(query.expression);
            }
            default -> {
                sql.append(" FROM article a");
                appendJoins(sql);
                sql.append(" WHERE 1 = 1");
            }
        }
        if (!query.feedIncludes.isEmpty() || !query.feedExcludes.isEmpty()) {
            List<Long> ids = matchingFeeds(c, query.feedIncludes, query.feedExcludes);
            if (ids.isEmpty()) {
                return List.of();
            }
            sql.append(" AND a.feed_id IN (");
            for (int i = 0; i < ids.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
                args.add(ids.get(i));
            }
            sql.append(')');
        }
        sql.append(query.mode == FtsQuery.Mode.MATCH ? " ORDER BY " + RANK + ", a.sort_date DESC"
                : " ORDER BY a.sort_date DESC");
        sql.append(" LIMIT ?");
        args.add(limit);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ArticleTable.headers(ps, false);
        }
    }

    private static void appendJoins(StringBuilder sql) {
        sql.append(" JOIN feed f ON f.id = a.feed_id LEFT JOIN article_state s ON s.article_id = a.id");
    }

    /**
     * Feeds whose name or URL contains every {@code includes} text and no {@code excludes} text,
     * compared case-insensitively in any script (SQLite's own LIKE folds ASCII only).
     */
    private static List<Long> matchingFeeds(Connection c, List<String> includes, List<String> excludes)
            throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, coalesce(custom_title, ''), coalesce(title, ''), url FROM feed");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String haystack = (rs.getString(2) + "\n" + rs.getString(3) + "\n" + rs.getString(4))
                        .toLowerCase(Locale.ROOT);
                boolean ok = includes.stream().allMatch(t -> haystack.contains(t.toLowerCase(Locale.ROOT)))
                        && excludes.stream().noneMatch(t -> haystack.contains(t.toLowerCase(Locale.ROOT)));
                if (ok) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}

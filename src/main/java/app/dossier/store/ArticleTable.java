package app.dossier.store;

import app.dossier.model.Article;
import app.dossier.model.ArticleFilter;
import app.dossier.model.ArticleHeader;
import app.dossier.model.ArticleId;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Article content: written only when new or changed, never duplicated. User state lives in
 * {@code article_state}, keyed by the same id, and is never touched here.
 */
final class ArticleTable {

    static final String HEADER_COLUMNS = "a.id, a.feed_id, coalesce(f.custom_title, f.title, f.url), a.title, a.url, "
            + "a.sort_date, a.authors, coalesce(s.read, 0), coalesce(s.starred, 0)";

    private static final String INSERT = "INSERT INTO article (id, feed_id, sort_date, first_seen, content_hash, "
            + "title, url, authors, guid, published, updated, categories, enclosures, summary, content) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE article SET sort_date = coalesce(?, first_seen), content_hash = ?, "
            + "title = ?, url = ?, authors = ?, guid = ?, published = ?, updated = ?, categories = ?, "
            + "enclosures = ?, summary = ?, content = ? WHERE id = ?";

    private ArticleTable() {
    }

    /**
     * Inserts new articles and rewrites changed ones in place; unchanged ones cost nothing but the
     * one query that fetches the feed's stored hashes.
     * Triggers queue new and changed articles for the search index. Must run inside the caller's
     * transaction on the writer connection.
     */
    static StoreCounts store(Statements sql, long feedId, List<ArticleDraft> drafts, Instant now) throws SQLException {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        long nowMillis = now.toEpochMilli();
        Map<Long, long[]> existing = existingHashes(sql, feedId);
        Set<Long> seen = new HashSet<>();
        PreparedStatement insert = sql.get(INSERT);
        PreparedStatement update = sql.get(UPDATE);
        List<ArticleDraft> inserted = new ArrayList<>();
        List<IndexEntry> indexable = new ArrayList<>();
        for (ArticleDraft draft : drafts) {
            long id = draft.id().value();
            if (!seen.add(id)) {
                unchanged++;
                continue;
            }
            long[] known = existing.get(id);
            ParsedItem item = draft.item();
            if (known == null) {
                bindInsert(insert, id, feedId, draft, nowMillis);
                insert.addBatch();
                inserted.add(draft);
                added++;
            } else if (known[0] != draft.contentHash()) {
                bindUpdate(update, id, draft);
                update.addBatch();
                updated++;
                if (draft.searchBody() != null) {
                    indexable.add(entry(known[1], draft));
                }
            } else {
                unchanged++;
            }
        }
        if (added > 0) {
            insert.executeBatch();
            // Rows appended in one transaction get consecutive rids ending at the last one.
            long last = lastInsertRowid(sql);
            for (int i = 0; i < inserted.size(); i++) {
                if (inserted.get(i).searchBody() != null) {
                    indexable.add(entry(last - inserted.size() + 1 + i, inserted.get(i)));
                }
            }
        }
        if (updated > 0) {
            update.executeBatch();
        }
        return new StoreCounts(added, updated, unchanged, indexable);
    }

    private static IndexEntry entry(long rid, ArticleDraft draft) {
        return new IndexEntry(rid, draft.id(), draft.item().title(), authorLine(draft.item().authors()),
                draft.searchBody());
    }

    private static long lastInsertRowid(Statements sql) throws SQLException {
        try (ResultSet rs = sql.get("SELECT last_insert_rowid()").executeQuery()) {
            return rs.getLong(1);
        }
    }

    /** The content hash and rid of the feed's stored articles by id: one query per feed, none per article. */
    private static Map<Long, long[]> existingHashes(Statements sql, long feedId) throws SQLException {
        PreparedStatement ps = sql.get("SELECT id, content_hash, rid FROM article WHERE feed_id = ?");
        ps.setLong(1, feedId);
        Map<Long, long[]> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return out;
    }

    private static void bindInsert(PreparedStatement ps, long id, long feedId, ArticleDraft draft, long now)
            throws SQLException {
        Instant date = draft.item().date();
        ps.setLong(1, id);
        ps.setLong(2, feedId);
        ps.setLong(3, date == null ? now : date.toEpochMilli());
        ps.setLong(4, now);
        ps.setLong(5, draft.contentHash());
        bindContent(ps, 6, draft);
    }

    private static void bindUpdate(PreparedStatement ps, long id, ArticleDraft draft) throws SQLException {
        setMillis(ps, 1, draft.item().date());
        ps.setLong(2, draft.contentHash());
        int next = bindContent(ps, 3, draft);
        ps.setLong(next, id);
    }

    /** Binds title … content starting at {@code i}; returns the next free index. */
    private static int bindContent(PreparedStatement ps, int i, ArticleDraft draft) throws SQLException {
        ParsedItem item = draft.item();
        ps.setString(i++, item.title());
        ps.setString(i++, item.link());
        ps.setString(i++, Columns.encodePeople(item.authors()));
        ps.setString(i++, item.guid());
        setMillis(ps, i++, item.published());
        setMillis(ps, i++, item.updated());
        ps.setString(i++, Columns.encodeStrings(item.categories()));
        ps.setString(i++, Columns.encodeEnclosures(item.enclosures()));
        ps.setBytes(i++, draft.summaryBlob());
        ps.setBytes(i++, draft.contentBlob());
        return i;
    }

    private static void setMillis(PreparedStatement ps, int i, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, instant.toEpochMilli());
        }
    }

    static List<ArticleHeader> list(Connection c, ArticleFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(HEADER_COLUMNS)
                .append(" FROM article a JOIN feed f ON f.id = a.feed_id")
                .append(" LEFT JOIN article_state s ON s.article_id = a.id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.feedId() != null) {
            sql.append(" AND a.feed_id = ?");
            args.add(filter.feedId());
        }
        if (filter.unreadOnly()) {
            sql.append(" AND coalesce(s.read, 0) = 0");
        }
        if (filter.starredOnly()) {
            sql.append(" AND s.starred = 1");
        }
        sql.append(" ORDER BY a.sort_date DESC, a.id LIMIT ?");
        args.add(filter.limit());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return headers(ps, false);
        }
    }

    /** Reads rows selected with {@link #HEADER_COLUMNS} (plus a snippet column when asked). */
    static List<ArticleHeader> headers(PreparedStatement ps, boolean withSnippet) throws SQLException {
        List<ArticleHeader> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ArticleHeader(new ArticleId(rs.getLong(1)), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)),
                        authorLine(Columns.decodePeople(rs.getString(7))), rs.getInt(8) != 0, rs.getInt(9) != 0,
                        withSnippet ? rs.getString(10) : null));
            }
        }
        return out;
    }

    static String authorLine(List<Person> people) {
        StringJoiner joiner = new StringJoiner(", ");
        for (Person p : people) {
            String label = p.label();
            if (label != null && !label.isBlank()) {
                joiner.add(label);
            }
        }
        return joiner.length() == 0 ? null : joiner.toString();
    }

    static Optional<Article> get(Connection c, ArticleId id) throws SQLException {
        String sql = "SELECT a.id, a.feed_id, coalesce(f.custom_title, f.title, f.url), a.guid, a.url, a.title, "
                + "a.authors, a.published, a.updated, a.summary, a.content, a.categories, a.enclosures, "
                + "a.first_seen, coalesce(s.read, 0), coalesce(s.starred, 0) "
                + "FROM article a JOIN feed f ON f.id = a.feed_id "
                + "LEFT JOIN article_state s ON s.article_id = a.id WHERE a.id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long published = rs.getLong(8);
                Instant pub = Columns.instant(published, rs.wasNull());
                long updatedMillis = rs.getLong(9);
                Instant upd = Columns.instant(updatedMillis, rs.wasNull());
                return Optional.of(new Article(new ArticleId(rs.getLong(1)), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Columns.decodePeople(rs.getString(7)),
                        pub, upd, Blobs.unpack(rs.getBytes(10)), Blobs.unpack(rs.getBytes(11)),
                        Columns.decodeStrings(rs.getString(12)),
                        Columns.decodeEnclosures(rs.getString(13)), Instant.ofEpochMilli(rs.getLong(14)),
                        rs.getInt(15) != 0, rs.getInt(16) != 0));
            }
        }
    }

    /**
     * Ids whose hexadecimal form starts with {@code prefix}: the unsigned range the prefix covers,
     * mapped onto signed 64-bit values.
     */
    static List<ArticleId> withPrefix(Connection c, String prefix, int limit) throws SQLException {
        int shift = 4 * (16 - prefix.length());
        long high = Long.parseUnsignedLong(prefix, 16);
        long low = shift == 64 ? 0 : high << shift;
        long top = shift == 64 ? -1L : low | ((1L << shift) - 1);
        List<ArticleId> out = new ArrayList<>();
        // Unsigned order: [low, top] may wrap around the signed boundary.
        if (Long.compareUnsigned(low, Long.MAX_VALUE) <= 0 && Long.compareUnsigned(top, Long.MAX_VALUE) > 0) {
            collect(c, low, Long.MAX_VALUE, limit, out);
            collect(c, Long.MIN_VALUE, top, limit - out.size(), out);
        } else {
            collect(c, low, top, limit, out);
        }
        return out;
    }

    private static void collect(Connection c, long from, long to, int limit, List<ArticleId> out)
            throws SQLException {
        if (limit <= 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM article WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleId(rs.getLong(1)));
                }
            }
        }
    }

    /** Sets read or starred; returns false when no such article exists. */
    static boolean setFlag(Connection c, ArticleId id, String column, boolean value, Instant now) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            exists.setLong(1, id.value());
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
            }
        }
        String sql = "INSERT INTO article_state (article_id, " + column + ", changed_at) VALUES (?, ?, ?) "
                + "ON CONFLICT(article_id) DO UPDATE SET " + column + " = excluded." + column
                + ", changed_at = excluded.changed_at";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id.value());
            ps.setInt(2, value ? 1 : 0);
            ps.setLong(3, now.toEpochMilli());
            ps.executeUpdate();
        }
        return true;
    }
}

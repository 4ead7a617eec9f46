package app.dossier.store;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.ArticleId;
import app.dossier.model.AttributedQuote;
import app.dossier.model.Entity;
import app.dossier.model.Quote;
import app.dossier.model.QuoteFilter;
import app.dossier.model.QuoteKind;
import app.dossier.model.Speaker;
import app.dossier.model.SpeakerType;
import app.dossier.model.TextSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stored text analyses: one small {@code analysis} row per article (version, watch list, time),
 * the encoded result in {@code analysis_data}, and query tables for quotes, key phrases and
 * entities. Document frequencies ({@code phrase_df}) follow the key-phrase rows through triggers.
 */
final class AnalysisTable {

    /** Articles without a current analysis, walked in id order: the article id index and one probe each. */
    private static final String PENDING = "SELECT a.id, a.content_hash, a.summary, a.content FROM article a "
            + "WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM analysis x WHERE x.article_id = a.id AND x.version = ?) "
            + "ORDER BY a.id LIMIT ?";

    private AnalysisTable() {
    }

    // ---- what to analyse ----

    static List<AnalysisSource> pending(Connection c, ArticleId after, int version, int limit) throws SQLException {
        String sql = after == null ? PENDING.replace("a.id > ? AND ", "") : PENDING;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (after != null) {
                ps.setLong(i++, after.value());
            }
            ps.setInt(i++, version);
            ps.setInt(i, limit);
            List<AnalysisSource> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AnalysisSource(new ArticleId(rs.getLong(1)), rs.getLong(2),
                            readable(rs.getBytes(3)), readable(rs.getBytes(4))));
                }
            }
            return out;
        }
    }

    static long pendingCount(Connection c, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article a WHERE NOT EXISTS "
                + "(SELECT 1 FROM analysis x WHERE x.article_id = a.id AND x.version = ?)")) {
            ps.setInt(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        }
    }

    static Optional<AnalysisSource> source(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT content_hash, summary, content FROM article WHERE id = ?")) {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new AnalysisSource(id, rs.getLong(1),
                        readable(rs.getBytes(2)), readable(rs.getBytes(3))))
                        : Optional.empty();
            }
        }
    }

    /** An article's stored text; a damaged one reads as none, so one bad row cannot stop analysis. */
    private static String readable(byte[] blob) {
        try {
            return Blobs.unpack(blob);
        } catch (StoreException e) {
            return null;
        }
    }

    // ---- stored results ----

    /** The stored analysis; empty when there is none or it cannot be read (it is then analysed again). */
    static Optional<StoredAnalysis> get(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT x.version, x.watch_key, x.analysed_at, d.data "
                + "FROM analysis x JOIN analysis_data d ON d.article_id = x.article_id WHERE x.article_id = ?")) {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ArticleAnalysis analysis;
                try {
                    analysis = AnalysisCodec.decode(rs.getBytes(4));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
                return Optional.of(new StoredAnalysis(id, rs.getInt(1), rs.getLong(2),
                        Instant.ofEpochMilli(rs.getLong(3)), analysis));
            }
        }
    }

    /**
     * Writes analyses, each replacing the article's previous one. A draft whose article is gone or
     * has changed since it was read is skipped. Runs in the caller's transaction; returns how many
     * were written.
     */
    static int save(Statements sql, List<AnalysisDraft> drafts, Instant now) throws SQLException {
        PreparedStatement current = sql.get("SELECT content_hash FROM article WHERE id = ?");
        PreparedStatement delete = sql.get("DELETE FROM analysis WHERE article_id = ?");
        PreparedStatement row = sql.get(
                "INSERT INTO analysis (article_id, version, watch_key, analysed_at) VALUES (?, ?, ?, ?)");
        PreparedStatement data = sql.get("INSERT INTO analysis_data (article_id, data, terms) VALUES (?, ?, ?)");
        PreparedStatement quote = sql.get("INSERT INTO analysis_quote (article_id, seq, kind, quote_start, "
                + "quote_end, confidence, speaker_name, speaker_as_written, speaker_start, speaker_end, speaker_role, "
                + "speaker_type, official, speaker_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement entity = sql.get(
                "INSERT INTO analysis_entity (article_id, type, canonical, mentions) VALUES (?, ?, ?, ?)");
        int written = 0;
        for (AnalysisDraft d : drafts) {
            long id = d.id().value();
            current.setLong(1, id);
            try (ResultSet rs = current.executeQuery()) {
                if (!rs.next() || rs.getLong(1) != d.contentHash()) {
                    continue;
                }
            }
            // Delete, then insert: the delete triggers take the old rows and their counts away.
            // (INSERT OR REPLACE would not fire them.)
            delete.setLong(1, id);
            delete.executeUpdate();
            row.setLong(1, id);
            row.setInt(2, d.version());
            row.setLong(3, d.watchKey());
            row.setLong(4, now.toEpochMilli());
            row.executeUpdate();
            data.setLong(1, id);
            data.setBytes(2, d.encoded());
            data.setString(3, d.termsJson());
            data.executeUpdate();
            quotes(quote, id, d.analysis());
            entities(entity, id, d.analysis());
            written++;
        }
        return written;
    }

    private static void quotes(PreparedStatement ps, long id, ArticleAnalysis a) throws SQLException {
        int seq = 0;
        for (Quote q : a.quotes()) {
            TextSpan span = clamp(q.span(), a.text().length());
            ps.setLong(1, id);
            ps.setInt(2, seq++);
            ps.setString(3, q.kind().id());
            ps.setInt(4, span.start());
            ps.setInt(5, span.end());
            ps.setDouble(6, q.confidence());
            Speaker s = q.speaker();
            if (s == null) {
                for (int i = 7; i <= 12; i++) {
                    ps.setNull(i, Types.NULL);
                }
                ps.setInt(13, 0);
                ps.setNull(14, Types.NULL);
            } else {
                ps.setString(7, s.name());
                ps.setString(8, s.asWritten());
                ps.setInt(9, s.span().start());
                ps.setInt(10, s.span().end());
                ps.setString(11, s.role());
                ps.setString(12, s.type().id());
                ps.setInt(13, s.official() ? 1 : 0);
                ps.setString(14, fold(s.name() != null ? s.name() : s.asWritten()));
            }
            ps.addBatch();
        }
        if (seq > 0) {
            ps.executeBatch();
        }
    }

    private static TextSpan clamp(TextSpan span, int length) {
        int end = Math.min(span.end(), length);
        return new TextSpan(Math.min(span.start(), end), end);
    }

    /**
     * The key-phrase terms as a JSON array, each once, empty ones left out: the document-frequency
     * triggers read it with {@code json_each}.
     */
    static String termsJson(List<String> terms) {
        StringBuilder json = new StringBuilder("[");
        Set<String> seen = new HashSet<>();
        for (String term : terms) {
            if (term == null || term.isEmpty() || !seen.add(term)) {
                continue;
            }
            json.append(json.length() > 1 ? ",\"" : "\"");
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20) {
                    json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    /** One row per entity and type, with how often the article mentions it. */
    private static void entities(PreparedStatement ps, long id, ArticleAnalysis a) throws SQLException {
        Map<List<String>, Integer> mentions = new LinkedHashMap<>();
        for (Entity e : a.entities()) {
            mentions.merge(Arrays.asList(e.type().id(), e.canonical()), 1, Integer::sum);
        }
        for (Map.Entry<List<String>, Integer> m : mentions.entrySet()) {
            ps.setLong(1, id);
            ps.setString(2, m.getKey().get(0));
            ps.setString(3, m.getKey().get(1));
            ps.setInt(4, m.getValue());
            ps.addBatch();
        }
        if (!mentions.isEmpty()) {
            ps.executeBatch();
        }
    }

    // ---- who said what ----

    /**
     * Quotes across the library, newest article first, in text order within an article. The walk
     * follows the date index and stops at the limit, so the newest quotes cost little however large
     * the library is.
     */
    static List<AttributedQuote> quotes(Connection c, QuoteFilter filter) throws SQLException {
        // Without a speaker, walk articles newest first and stop at the limit. With one, most quotes
        // do not match: scan the quotes first (CROSS JOIN fixes that order) and sort what matched.
        String from = filter.speaker() == null
                ? " FROM article a JOIN analysis_quote q ON q.article_id = a.id"
                : " FROM analysis_quote q CROSS JOIN article a ON a.id = q.article_id";
        StringBuilder sql = new StringBuilder("SELECT a.id, a.title, a.feed_id, coalesce(f.custom_title, f.title, f.url), "
                + "a.sort_date, q.kind, d.data, q.quote_start, q.quote_end, q.confidence, q.speaker_name, "
                + "q.speaker_as_written, q.speaker_start, q.speaker_end, q.speaker_role, q.speaker_type, q.official"
                + from + " JOIN feed f ON f.id = a.feed_id JOIN analysis_data d ON d.article_id = a.id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.officialOnly()) {
            sql.append(" AND q.official = 1");
        }
        if (filter.speaker() != null) {
            sql.append(" AND instr(q.speaker_key, ?) > 0");
            args.add(fold(filter.speaker()));
        }
        sql.append(" ORDER BY a.sort_date DESC, a.rid, q.seq LIMIT ?");
        args.add(filter.limit());
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<AttributedQuote> out = new ArrayList<>();
            Map<Long, String> texts = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AttributedQuote q = attributed(rs, texts);
                    if (q != null) {
                        out.add(q);
                    }
                }
            }
            return out;
        }
    }

    /**
     * One listed quote; its words come from the article's stored result, decoded once per article
     * ({@code texts}). Null when that result cannot be read (the article is analysed again later).
     */
    private static AttributedQuote attributed(ResultSet rs, Map<Long, String> texts) throws SQLException {
        long articleId = rs.getLong(1);
        String text = texts.get(articleId);
        if (text == null) {
            try {
                text = AnalysisCodec.decode(rs.getBytes(7)).text();
            } catch (IllegalArgumentException e) {
                return null;
            }
            texts.put(articleId, text);
        }
        QuoteKind kind = "direct".equals(rs.getString(6)) ? QuoteKind.DIRECT : QuoteKind.INDIRECT;
        TextSpan span = clamp(new TextSpan(rs.getInt(8), Math.max(rs.getInt(8), rs.getInt(9))), text.length());
        Speaker speaker = null;
        String asWritten = rs.getString(12);
        if (asWritten != null) {
            int start = rs.getInt(13);
            SpeakerType type = SpeakerType.PERSON;
            for (SpeakerType t : SpeakerType.values()) {
                if (t.id().equals(rs.getString(16))) {
                    type = t;
                }
            }
            speaker = new Speaker(rs.getString(11), asWritten, new TextSpan(start, Math.max(start, rs.getInt(14))),
                    rs.getString(15), type, rs.getInt(17) != 0);
        }
        return new AttributedQuote(new ArticleId(articleId), rs.getString(2), rs.getLong(3), rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5)), kind, span.of(text), speaker, rs.getDouble(10), span);
    }

    /** Lower case without accents, so "zelensky" finds "Zelenskyy" and "lavrov" finds "Lavrov". */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                out.append(ch);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    // ---- document frequencies ----

    static long analysedCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM analysis");
                ResultSet rs = ps.executeQuery()) {
            return rs.getLong(1);
        }
    }

    static long frequency(Connection c, String term) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT articles FROM phrase_df WHERE term = ?")) {
            ps.setString(1, term);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    static PhraseCounts counts(Connection c) throws SQLException {
        long documents = analysedCount(c);
        long[] hashes = new long[1024];
        int[] counts = new int[1024];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT term, articles FROM phrase_df");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (n == hashes.length) {
                    hashes = Arrays.copyOf(hashes, n * 2);
                    counts = Arrays.copyOf(counts, n * 2);
                }
                hashes[n] = PhraseCounts.hash(rs.getString(1));
                counts[n] = (int) Math.min(Integer.MAX_VALUE, rs.getLong(2));
                n++;
            }
        }
        return PhraseCounts.of(documents, hashes, counts, n);
    }
}

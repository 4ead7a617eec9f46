package app.dossier.store;

import app.dossier.model.Feed;
import app.dossier.model.FeedStatus;
import app.dossier.model.FetchState;
import app.dossier.model.HostBackoff;
import app.dossier.model.PublishingHints;
import app.dossier.model.RefreshOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What polling remembers: per-feed fetch state and schedule, per-host waits, last outcomes. */
final class FetchTable {

    private FetchTable() {
    }

    static List<FeedStatus> statuses(Connection c) throws SQLException {
        Map<Long, FeedStatus> partial = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT x.feed_id, x.etag, x.last_modified, x.validators_at, "
                        + "x.body_hash, x.failures, x.backoff_until, x.gone, x.redirect_candidate, "
                        + "x.redirect_streak, x.last_status, x.last_error, x.next_check, x.interval_minutes, "
                        + "x.ttl_seconds, x.period_seconds, o.at, o.http_status, o.bytes, o.duration_ms, o.new_articles, o.error, o.next_check "
                        + "FROM feed_fetch x LEFT JOIN refresh_outcome o ON o.feed_id = x.feed_id")) {
            while (rs.next()) {
                long feedId = rs.getLong(1);
                FetchState state = new FetchState(rs.getString(2), rs.getString(3), instant(rs, 4), rs.getString(5),
                        rs.getInt(6), instant(rs, 7), rs.getInt(8) != 0, rs.getString(9), rs.getInt(10),
                        rs.getInt(11), rs.getString(12));
                Instant next = instant(rs, 13);
                long minutes = rs.getLong(14);
                Duration interval = rs.wasNull() ? null : Duration.ofMinutes(minutes);
                PublishingHints hints = new PublishingHints(seconds(rs, 15), seconds(rs, 16));
                RefreshOutcome outcome = null;
                Instant at = instant(rs, 17);
                if (at != null) {
                    outcome = new RefreshOutcome(feedId, at, rs.getInt(18), rs.getLong(19),
                            Duration.ofMillis(rs.getLong(20)), rs.getInt(21), rs.getString(22), instant(rs, 23));
                }
                partial.put(feedId, new FeedStatus(null, state, next, interval, hints, outcome));
            }
        }
        List<FeedStatus> out = new ArrayList<>();
        for (Feed feed : FeedTable.list(c)) {
            FeedStatus s = partial.get(feed.id());
            out.add(s == null ? new FeedStatus(feed, FetchState.NEW, null, null, null, null)
                    : new FeedStatus(feed, s.state(), s.nextCheck(), s.interval(), s.hints(), s.lastOutcome()));
        }
        return out;
    }

    private static Duration seconds(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofSeconds(v);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** Keeps what the feed said about its rhythm (only when a document was parsed). */
    static void saveHints(Statements sql, long feedId, PublishingHints hints) throws SQLException {
        PreparedStatement ps = sql.get("INSERT INTO feed_fetch (feed_id, ttl_seconds, period_seconds) "
                + "VALUES (?, ?, ?) ON CONFLICT(feed_id) DO UPDATE SET ttl_seconds = excluded.ttl_seconds, "
                + "period_seconds = excluded.period_seconds");
        ps.setLong(1, feedId);
        setSeconds(ps, 2, hints.ttl());
        setSeconds(ps, 3, hints.syndicationPeriod());
        ps.executeUpdate();
    }

    private static void setSeconds(PreparedStatement ps, int i, Duration d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, d.toSeconds());
        }
    }

    static void save(Statements sql, long feedId, FetchState s, Instant nextCheck) throws SQLException {
        PreparedStatement ps = sql.get("INSERT INTO feed_fetch (feed_id, etag, last_modified, "
                + "validators_at, body_hash, failures, backoff_until, gone, redirect_candidate, redirect_streak, "
                + "last_status, last_error, next_check) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT(feed_id) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                + "validators_at = excluded.validators_at, body_hash = excluded.body_hash, "
                + "failures = excluded.failures, backoff_until = excluded.backoff_until, gone = excluded.gone, "
                + "redirect_candidate = excluded.redirect_candidate, redirect_streak = excluded.redirect_streak, "
                + "last_status = excluded.last_status, last_error = excluded.last_error, "
                + "next_check = excluded.next_check");
        ps.setLong(1, feedId);
        ps.setString(2, s.etag());
        ps.setString(3, s.lastModified());
        setInstant(ps, 4, s.validatorsStoredAt());
        ps.setString(5, s.bodyHash());
        ps.setInt(6, s.failures());
        setInstant(ps, 7, s.backoffUntil());
        ps.setInt(8, s.gone() ? 1 : 0);
        ps.setString(9, s.redirectCandidate());
        ps.setInt(10, s.redirectStreak());
        ps.setInt(11, s.lastStatus());
        ps.setString(12, s.lastError());
        setInstant(ps, 13, nextCheck);
        ps.executeUpdate();
    }

    static void reschedule(Connection c, long feedId, Instant nextCheck) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_fetch (feed_id, next_check) VALUES (?, ?) "
                + "ON CONFLICT(feed_id) DO UPDATE SET next_check = excluded.next_check")) {
            ps.setLong(1, feedId);
            setInstant(ps, 2, nextCheck);
            ps.executeUpdate();
        }
    }

    static void setInterval(Connection c, long feedId, Duration interval) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feed_fetch (feed_id, interval_minutes) "
                + "VALUES (?, ?) ON CONFLICT(feed_id) DO UPDATE SET interval_minutes = excluded.interval_minutes")) {
            ps.setLong(1, feedId);
            if (interval == null) {
                ps.setNull(2, Types.INTEGER);
            } else {
                ps.setLong(2, interval.toMinutes());
            }
            ps.executeUpdate();
        }
    }

    static void record(Statements sql, RefreshOutcome o) throws SQLException {
        PreparedStatement ps = sql.get("INSERT OR REPLACE INTO refresh_outcome (feed_id, at, "
                + "http_status, bytes, duration_ms, new_articles, error, next_check) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        ps.setLong(1, o.feedId());
        ps.setLong(2, o.at().toEpochMilli());
        ps.setInt(3, o.httpStatus());
        ps.setLong(4, o.bytes());
        ps.setLong(5, o.duration().toMillis());
        ps.setInt(6, o.newArticles());
        ps.setString(7, o.error());
        setInstant(ps, 8, o.nextCheck());
        ps.executeUpdate();
    }

    static List<HostBackoff> hostBackoffs(Connection c, Instant now) throws SQLException {
        List<HostBackoff> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT host, until FROM host_backoff WHERE until > ?")) {
            ps.setLong(1, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HostBackoff(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))));
                }
            }
        }
        return out;
    }

    static void saveHostBackoff(Connection c, HostBackoff b, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO host_backoff (host, until) VALUES (?, ?) "
                + "ON CONFLICT(host) DO UPDATE SET until = max(until, excluded.until)");
                PreparedStatement expired = c.prepareStatement("DELETE FROM host_backoff WHERE until <= ?")) {
            ps.setString(1, b.host());
            ps.setLong(2, b.until().toEpochMilli());
            ps.executeUpdate();
            expired.setLong(1, now.toEpochMilli());
            expired.executeUpdate();
        }
    }

    /** Moves a feed to a new URL; false when another subscription already has that URL. */
    static boolean changeUrl(Connection c, long feedId, String url) throws SQLException {
        try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM feed WHERE url = ? AND id <> ?")) {
            check.setString(1, url);
            check.setLong(2, feedId);
            try (ResultSet rs = check.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE feed SET url = ? WHERE id = ?")) {
            ps.setString(1, url);
            ps.setLong(2, feedId);
            return ps.executeUpdate() == 1;
        }
    }

    private static void setInstant(PreparedStatement ps, int i, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, instant.toEpochMilli());
        }
    }
}

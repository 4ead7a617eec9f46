package app.dossier.store;

import app.dossier.model.Article;
import app.dossier.model.ArticleFilter;
import app.dossier.model.ArticleHeader;
import app.dossier.model.ArticleId;
import app.dossier.model.Feed;
import app.dossier.model.FeedOverview;
import app.dossier.model.FeedStatus;
import app.dossier.model.FetchState;
import app.dossier.model.HostBackoff;
import app.dossier.model.RefreshOutcome;
import app.dossier.model.Folder;
import app.dossier.model.LibraryStats;
import app.dossier.model.ParsedFeed;
import app.dossier.model.PublishingHints;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library database: the one door to SQLite. Writes go through one writer connection and
 * should come from one thread (the library's writer); reads use their own connection and see
 * only committed data, so a long refresh never blocks a list or a search. Every method may be
 * called from any thread — connections are serialised here — but no method is fit for the
 * JavaFX thread.
 */
public final class Store implements AutoCloseable {

    /** A unit of work on a connection. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Clock clock;
    private final Connection writer;
    private final Connection reader;
    private final Statements writes;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();
    private int transactionDepth;
    /** Opened on the first {@link #checkpoint}; guarded by {@code checkpointLock}. */
    private Connection checkpointer;
    private boolean closed;
    private final Object checkpointLock = new Object();

    private Store(Path file, Clock clock, Connection writer, Connection reader) {
        this.file = file;
        this.clock = clock;
        this.writer = writer;
        this.reader = reader;
        this.writes = new Statements(writer);
    }

    /**
     * Lets SQLite's native library be loaded from {@code cacheDirectory} instead of being unpacked
     * from the jar into a temporary file on every start (a tenth of a second or more). The
     * library is copied there once per driver version. Anything that goes wrong leaves the
     * driver's usual behaviour in place. Call before the first {@link #open}.
     */
    public static void useNativeLibraryCache(Path cacheDirectory) {
        NativeLibraryCache.use(cacheDirectory);
    }

    /** Opens (creating if needed) and migrates the library at {@code file}. */
    public static Store open(Path file, Clock clock) {
        Connection writer = Database.connect(file, true);
        try {
            Database.migrate(writer, file);
            Connection reader = Database.connect(file, false);
            return new Store(file, clock, writer, reader);
        } catch (RuntimeException e) {
            Database.closeQuietly(writer);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one transaction on the writer connection; a transaction already open on
     * this thread is joined. Everything is rolled back if {@code work} throws.
     */
    public <T> T transaction(java.util.function.Supplier<T> work) {
        return write(c -> work.get());
    }

    private <T> T write(SqlWork<T> work) {
        synchronized (writeLock) {
            try {
                if (transactionDepth > 0) {
                    transactionDepth++;
                    try {
                        return work.run(writer);
                    } finally {
                        transactionDepth--;
                    }
                }
                writer.setAutoCommit(false);
                transactionDepth = 1;
                try {
                    T result = work.run(writer);
                    writer.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly();
                    throw e;
                } finally {
                    transactionDepth = 0;
                    writer.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw SqlErrors.translate(e, "update the library");
            }
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            // the original failure is the one to report
        }
    }

    private <T> T read(SqlWork<T> work) {
        if (Thread.holdsLock(writeLock) && transactionDepth > 0) {
            // Inside this thread's own transaction: read what it has written so far.
            try {
                return work.run(writer);
            } catch (SQLException e) {
                throw SqlErrors.translate(e, "read the library");
            }
        }
        synchronized (readLock) {
            try {
                return work.run(reader);
            } catch (SQLException e) {
                throw SqlErrors.translate(e, "read the library");
            }
        }
    }

    // ---- subscriptions and folders ----

    public List<Feed> feeds() {
        return read(FeedTable::list);
    }

    /** Every subscription with its article and unread counts. */
    public List<FeedOverview> feedOverviews() {
        return read(c -> {
            Map<Long, long[]> counts = new java.util.HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT a.feed_id, count(*), "
                            + "sum(CASE WHEN coalesce(st.read, 0) = 0 THEN 1 ELSE 0 END) FROM article a "
                            + "LEFT JOIN article_state st ON st.article_id = a.id GROUP BY a.feed_id")) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
            return FeedTable.list(c).stream().map(f -> {
                long[] n = counts.getOrDefault(f.id(), new long[2]);
                return new FeedOverview(f, n[0], n[1]);
            }).toList();
        });
    }

    public Optional<Feed> feed(long id) {
        return read(c -> FeedTable.byId(c, id));
    }

    public Optional<Feed> feedByUrl(String url) {
        return read(c -> FeedTable.byUrl(c, url));
    }

    public List<Folder> folders() {
        return read(FeedTable::folders);
    }

    public Folder addFolder(Long parentId, String name, Map<String, String> outline) {
        return write(c -> FeedTable.addFolder(c, parentId, name, outline));
    }

    /** Subscribes to {@code url}; if it was unsubscribed with starred articles kept, it comes back. */
    public Feed addFeed(String url, String customTitle, Long folderId, Map<String, String> outline) {
        return write(c -> FeedTable.add(c, url, customTitle, folderId, outline, clock.instant()));
    }

    /** Records what the feed document says about itself (title, site, language …). */
    public void describeFeed(long feedId, ParsedFeed parsed) {
        write(c -> {
            FeedTable.describe(writes, feedId, parsed);
            return null;
        });
    }

    public void renameFeed(long feedId, String customTitle) {
        write(c -> {
            FeedTable.rename(c, feedId, customTitle);
            return null;
        });
    }

    /** Unsubscribes; returns how many starred articles were kept. */
    public int removeFeed(long feedId) {
        return write(c -> FeedTable.remove(c, feedId, clock.instant()));
    }

    // ---- polling ----

    /** Every subscription with its fetch state, schedule and last outcome. */
    public List<FeedStatus> feedStatuses() {
        return read(FetchTable::statuses);
    }

    /** Stores what fetching a feed taught us, and when to check it next. */
    public void saveFetchState(long feedId, FetchState state, Instant nextCheck) {
        write(c -> {
            FetchTable.save(writes, feedId, state, nextCheck);
            return null;
        });
    }

    /** Keeps what a parsed document said about how often it changes (ttl, syndication period). */
    public void savePublishingHints(long feedId, PublishingHints hints) {
        write(c -> {
            FetchTable.saveHints(writes, feedId, hints);
            return null;
        });
    }

    /** Sets when a feed is next due, leaving everything else as it is. */
    public void rescheduleFeed(long feedId, Instant nextCheck) {
        write(c -> {
            FetchTable.reschedule(c, feedId, nextCheck);
            return null;
        });
    }

    /** The user's own polling interval for a feed; {@code null} returns to the default. */
    public void setInterval(long feedId, Duration interval) {
        write(c -> {
            FetchTable.setInterval(c, feedId, interval);
            return null;
        });
    }

    /** Keeps the outcome of a feed's latest refresh (replacing the one before). */
    public void recordOutcome(RefreshOutcome outcome) {
        write(c -> {
            FetchTable.record(writes, outcome);
            return null;
        });
    }

    /** Hosts that asked us to wait and still do. */
    public List<HostBackoff> hostBackoffs() {
        return read(c -> FetchTable.hostBackoffs(c, clock.instant()));
    }

    public void saveHostBackoff(HostBackoff backoff) {
        write(c -> {
            FetchTable.saveHostBackoff(c, backoff, clock.instant());
            return null;
        });
    }

    /**
     * Moves a subscription to a new URL (a permanent redirect); articles and stars stay with it.
     * False when another subscription already has that URL, in which case nothing changes.
     */
    public boolean changeFeedUrl(long feedId, String url) {
        return write(c -> FetchTable.changeUrl(c, feedId, url));
    }

    // ---- articles ----

    /** Stores new and changed articles of one feed; unchanged ones are left alone. */
    public StoreCounts storeArticles(long feedId, List<ArticleDraft> drafts) {
        return write(c -> ArticleTable.store(writes, feedId, drafts, clock.instant()));
    }

    public List<ArticleHeader> articles(ArticleFilter filter) {
        return read(c -> ArticleTable.list(c, filter));
    }

    public Optional<Article> article(ArticleId id) {
        return read(c -> ArticleTable.get(c, id));
    }

    /** Ids whose 16-digit form starts with {@code hexPrefix} (1–16 hex digits). */
    public List<ArticleId> articleIdsStartingWith(String hexPrefix, int limit) {
        if (!ArticleId.isPrefix(hexPrefix)) {
            return List.of();
        }
        return read(c -> ArticleTable.withPrefix(c, hexPrefix, limit));
    }

    /** Marks read or unread; false when there is no such article. */
    public boolean setRead(ArticleId id, boolean read) {
        return write(c -> ArticleTable.setFlag(c, id, "read", read, clock.instant()));
    }

    /** Stars or unstars; false when there is no such article. */
    public boolean setStarred(ArticleId id, boolean starred) {
        return write(c -> ArticleTable.setFlag(c, id, "starred", starred, clock.instant()));
    }

    // ---- search ----

    /** Up to {@code limit} stored articles that are not searchable yet. */
    public List<IndexSource> pendingIndex(int limit) {
        return pendingIndex(Long.MIN_VALUE, limit);
    }

    /**
     * Like {@link #pendingIndex(int)}, for articles whose row id is above {@code afterRowid}: lets
     * the next batch be read while the previous one is still being indexed.
     */
    public List<IndexSource> pendingIndex(long afterRowid, int limit) {
        return read(c -> SearchIndex.pending(c, afterRowid, limit));
    }

    /** How many stored articles are not searchable yet. */
    public long pendingIndexCount() {
        return read(SearchIndex::pendingCount);
    }

    /** Makes these articles searchable with the given text, replacing any earlier entry. */
    public void index(List<IndexEntry> entries) {
        write(c -> {
            SearchIndex.index(writes, entries);
            return null;
        });
    }

    /**
     * Articles matching what the user typed, best first. Any input is accepted: see
     * {@link FtsQuery} for the syntax; nothing a user types reaches SQL or FTS5 unquoted.
     */
    public List<ArticleHeader> search(String userQuery, int limit) {
        FtsQuery query = FtsQuery.parse(userQuery);
        return read(c -> SearchIndex.search(c, query, limit));
    }

    // ---- text analysis ----

    /**
     * Up to {@code limit} articles, in id order after {@code after} ({@code null}: from the first),
     * that have no analysis of {@code version}: never analysed, analysed by another version, or
     * changed since.
     */
    public List<AnalysisSource> pendingAnalyses(ArticleId after, int version, int limit) {
        return read(c -> AnalysisTable.pending(c, after, version, limit));
    }

    /** How many articles have no analysis of {@code version}. */
    public long pendingAnalysisCount(int version) {
        return read(c -> AnalysisTable.pendingCount(c, version));
    }

    /** What an article's analysis is made from, or empty when there is no such article. */
    public Optional<AnalysisSource> analysisSource(ArticleId id) {
        return read(c -> AnalysisTable.source(c, id));
    }

    /** The stored analysis of an article, whatever its version; empty when none can be read. */
    public Optional<StoredAnalysis> analysis(ArticleId id) {
        return read(c -> AnalysisTable.get(c, id));
    }

    /**
     * Stores analyses in one transaction, each replacing the article's previous one and updating
     * the document frequencies. Drafts of articles that are gone or changed since they were read
     * are skipped; returns how many were written.
     */
    public int saveAnalyses(List<AnalysisDraft> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        return write(c -> AnalysisTable.save(writes, drafts, clock.instant()));
    }

    /** Quotes across the library, newest article first. */
    public List<app.dossier.model.AttributedQuote> quotes(app.dossier.model.QuoteFilter filter) {
        return read(c -> AnalysisTable.quotes(c, filter));
    }

    /** How many articles are analysed: what document frequencies are counted over. */
    public long analysedCount() {
        return read(AnalysisTable::analysedCount);
    }

    /** In how many analysed articles {@code term} (in normal form) is a key phrase. */
    public long phraseFrequency(String term) {
        return read(c -> AnalysisTable.frequency(c, term));
    }

    /** All document frequencies at once, for analysing many articles. */
    public PhraseCounts phraseCounts() {
        return read(AnalysisTable::counts);
    }

    /** The watch list, as the user wrote the terms, oldest first. */
    public List<String> watchTerms() {
        return read(WatchTable::list);
    }

    /** Watches a term under {@code key} (its normal form); false when it was already watched. */
    public boolean addWatchTerm(String key, String term) {
        return write(c -> WatchTable.add(c, key, term, clock.instant()));
    }

    /** Stops watching the term with this key; false when it was not watched. */
    public boolean removeWatchTerm(String key) {
        return write(c -> WatchTable.remove(c, key));
    }

    // ---- the library as a whole ----

    public LibraryStats stats() {
        return read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT "
                            + "(SELECT count(*) FROM feed WHERE removed_at IS NULL), "
                            + "(SELECT count(*) FROM folder), "
                            + "(SELECT count(*) FROM article), "
                            + "(SELECT count(*) FROM article a LEFT JOIN article_state s ON s.article_id = a.id "
                            + "  WHERE coalesce(s.read, 0) = 0), "
                            + "(SELECT count(*) FROM article a JOIN article_state s ON s.article_id = a.id "
                            + "  WHERE s.starred = 1), "
                            + "(SELECT count(*) FROM search_pending)")) {
                return new LibraryStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), Database.sizeOnDisk(file));
            }
        });
    }

    /**
     * SQLite's own verdict on the file: {@code "ok"} or the first problem found. It runs on a
     * connection of its own: FTS5's integrity check on a long-lived connection can judge the
     * index by a structure it cached before other writes and report corruption that is not there
     * (seen with SQLite 3.54.1; searches on the same connection are unaffected).
     */
    public String integrityCheck() {
        synchronized (readLock) {
            java.sql.Connection fresh = Database.connect(file, false);
            try (Statement s = fresh.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            } catch (SQLException e) {
                throw SqlErrors.translate(e, "check the library");
            } finally {
                Database.closeQuietly(fresh);
            }
        }
    }

    /**
     * Copies what the write-ahead log holds into the database file, on a connection of its own and
     * without waiting for the writer or for readers (a passive checkpoint: what a reader still needs,
     * or what is committed meanwhile, stays for the next one). Otherwise the writer does it itself
     * within a commit, every 64 MB of log, syncing the disk twice while nothing else is written, and
     * the close does it for whatever is left. For a thread that can spare the time; does nothing
     * once the store is closed.
     *
     * @return frames of the log not copied (0: the log is spent and the next write starts it anew)
     */
    public long checkpoint() {
        synchronized (checkpointLock) {
            if (closed) {
                return 0;
            }
            try {
                if (checkpointer == null) {
                    checkpointer = Database.connect(file, false);
                }
                try (Statement s = checkpointer.createStatement();
                        ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                    // busy flag, frames in the log, frames copied (-1 each when not in WAL mode)
                    return rs.next() ? Math.max(0, rs.getLong(2) - rs.getLong(3)) : 0;
                }
            } catch (SQLException e) {
                throw SqlErrors.translate(e, "copy the log into the library");
            }
        }
    }

    @Override
    public void close() {
        synchronized (checkpointLock) {
            closed = true;
            if (checkpointer != null) {
                Database.closeQuietly(checkpointer);
                checkpointer = null;
            }
        }
        synchronized (writeLock) {
            synchronized (readLock) {
                Database.closeQuietly(reader);
                writes.close();
                try (Statement s = writer.createStatement()) {
                    s.execute("PRAGMA optimize");
                } catch (SQLException e) {
                    // optimisation is a courtesy; closing must still happen
                }
                Database.closeQuietly(writer);
            }
        }
    }
}

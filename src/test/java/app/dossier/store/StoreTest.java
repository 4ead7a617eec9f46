package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.model.ArticleFilter;
import app.dossier.model.ArticleHeader;
import app.dossier.model.ArticleId;
import app.dossier.model.Enclosure;
import app.dossier.model.Feed;
import app.dossier.model.FeedFormat;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("library.db"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static ParsedItem item(String guid, String title, String content) {
        return new ParsedItem(guid, title, "https://example.org/" + guid, Instant.parse("2024-11-22T21:00:00Z"), null,
                List.of(new Person("Olena Kovalenko", "olena@example.org", null)), "summary of " + title, content,
                List.of("Politics", "Ukraine"), List.of(new Enclosure("https://example.org/a.mp3", "audio/mpeg", 123L)));
    }

    static ArticleDraft draft(long id, ParsedItem item) {
        return new ArticleDraft(new ArticleId(id), item, item.content().hashCode());
    }

    @Test
    void migratesANewFileToTheLatestSchema() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(Migrations.ALL.size());
            }
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            try (ResultSet rs = s.executeQuery("SELECT v FROM search_config WHERE k = 'automerge'")) {
                assertThat(rs.next()).as("the search index's merge setting").isTrue();
                assertThat(rs.getInt(1)).isEqualTo(16);
            }
        }
    }

    @Test
    void reopeningAMigratedLibraryKeepsEverything() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        store.storeArticles(feed.id(), List.of(draft(1, item("a", "A", "x"))));
        store.close();
        store = Store.open(dir.resolve("library.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(store.feeds()).hasSize(1);
        assertThat(store.articles(ArticleFilter.all(10))).hasSize(1);
    }

    @Test
    void storesArticlesOnceAndRewritesChangedContentInPlace() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        StoreCounts first = store.storeArticles(feed.id(), List.of(draft(1, item("a", "A", "one")),
                draft(2, item("b", "B", "two"))));
        assertThat(first).isEqualTo(new StoreCounts(2, 0, 0));

        store.setStarred(new ArticleId(1), true);
        store.setRead(new ArticleId(1), true);

        StoreCounts second = store.storeArticles(feed.id(), List.of(draft(1, item("a", "A, corrected", "one more")),
                draft(2, item("b", "B", "two"))));
        assertThat(second).isEqualTo(new StoreCounts(0, 1, 1));

        var article = store.article(new ArticleId(1)).orElseThrow();
        assertThat(article.title()).isEqualTo("A, corrected");
        assertThat(article.starred()).isTrue();
        assertThat(article.read()).isTrue();
        assertThat(store.articles(ArticleFilter.all(10))).hasSize(2);
        assertThat(store.articles(new ArticleFilter(null, true, false, 10))).extracting(ArticleHeader::id)
                .containsExactly(new ArticleId(2));
    }

    @Test
    void aDocumentRepeatingAnIdStoresItOnce() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        StoreCounts counts = store.storeArticles(feed.id(), List.of(draft(7, item("a", "A", "one")),
                draft(7, item("a", "A", "one"))));
        assertThat(counts).isEqualTo(new StoreCounts(1, 0, 1));
    }

    @Test
    void keepsEveryFieldOfAnArticle() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        ParsedItem in = item("g1", "Заголовок «цитата»", "<p>Текст</p>");
        store.storeArticles(feed.id(), List.of(draft(-5, in)));
        var out = store.article(new ArticleId(-5)).orElseThrow();
        assertThat(out.title()).isEqualTo(in.title());
        assertThat(out.url()).isEqualTo(in.link());
        assertThat(out.guid()).isEqualTo("g1");
        assertThat(out.authors()).isEqualTo(in.authors());
        assertThat(out.categories()).isEqualTo(in.categories());
        assertThat(out.enclosures()).isEqualTo(in.enclosures());
        assertThat(out.published()).isEqualTo(in.published());
        assertThat(out.updated()).isNull();
        assertThat(out.summary()).isEqualTo(in.summary());
        assertThat(out.content()).isEqualTo(in.content());
        assertThat(out.firstSeen()).isEqualTo(NOW);
    }

    @Test
    void listsNewestFirstAndFiltersByFeedAndState() {
        Feed a = store.addFeed("https://a.example/feed", null, null, Map.of());
        Feed b = store.addFeed("https://b.example/feed", null, null, Map.of());
        store.storeArticles(a.id(), List.of(new ArticleDraft(new ArticleId(1), dated("old", "2020-01-01T00:00:00Z"), 1),
                new ArticleDraft(new ArticleId(2), dated("new", "2024-01-01T00:00:00Z"), 2)));
        store.storeArticles(b.id(), List.of(new ArticleDraft(new ArticleId(3), dated("mid", "2022-01-01T00:00:00Z"), 3)));
        store.setStarred(new ArticleId(3), true);
        assertThat(store.articles(ArticleFilter.all(10))).extracting(ArticleHeader::title)
                .containsExactly("new", "mid", "old");
        assertThat(store.articles(new ArticleFilter(a.id(), false, false, 10))).extracting(ArticleHeader::title)
                .containsExactly("new", "old");
        assertThat(store.articles(new ArticleFilter(null, false, true, 10))).extracting(ArticleHeader::title)
                .containsExactly("mid");
        assertThat(store.articles(ArticleFilter.all(1))).hasSize(1);
    }

    static ParsedItem dated(String title, String date) {
        return new ParsedItem(title, title, null, Instant.parse(date), null, null, null, null, null, null);
    }

    @Test
    void unsubscribingKeepsStarredArticlesAndResubscribingBringsThemBack() {
        Feed feed = store.addFeed("https://example.org/feed", "Mine", null, Map.of());
        store.storeArticles(feed.id(), List.of(draft(1, item("a", "A", "1")), draft(2, item("b", "B", "2"))));
        store.setStarred(new ArticleId(2), true);

        assertThat(store.removeFeed(feed.id())).isEqualTo(1);
        assertThat(store.feeds()).isEmpty();
        assertThat(store.article(new ArticleId(1))).isEmpty();
        assertThat(store.article(new ArticleId(2))).isPresent();

        Feed again = store.addFeed("https://example.org/feed", null, null, Map.of());
        assertThat(again.id()).isEqualTo(feed.id());
        assertThat(store.articles(new ArticleFilter(again.id(), false, true, 10))).hasSize(1);
    }

    @Test
    void unsubscribingWithoutStarsRemovesEverything() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        store.storeArticles(feed.id(), List.of(draft(1, item("a", "A", "1"))));
        store.index(store.pendingIndex(10).stream().map(x -> IndexEntry.of(x.rowid(), x.id(), "A", null, "ceasefire")).toList());
        assertThat(store.removeFeed(feed.id())).isZero();
        assertThat(store.stats().articles()).isZero();
        assertThat(store.search("ceasefire", 10)).isEmpty();
        assertThat(store.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void userStateSurvivesTheArticleBeingCleanedUpAndStoredAgain() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        store.storeArticles(feed.id(), List.of(draft(1, item("a", "A", "1"))));
        store.setStarred(new ArticleId(1), true);
        store.removeFeed(feed.id()); // starred: kept
        Feed again = store.addFeed("https://example.org/feed", null, null, Map.of());
        store.storeArticles(again.id(), List.of(draft(1, item("a", "A", "1"))));
        assertThat(store.article(new ArticleId(1)).orElseThrow().starred()).isTrue();
    }

    @Test
    void feedDescriptionComesFromTheDocumentButTheUsersNameWins() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        store.describeFeed(feed.id(), new ParsedFeed(FeedFormat.RSS_20, "Kyiv Post", "https://kyivpost.example",
                "News", "uk", null, null, null, List.of()));
        Feed described = store.feed(feed.id()).orElseThrow();
        assertThat(described.name()).isEqualTo("Kyiv Post");
        assertThat(described.format()).isEqualTo(FeedFormat.RSS_20);
        assertThat(described.language()).isEqualTo("uk");
        store.renameFeed(feed.id(), "KP");
        assertThat(store.feed(feed.id()).orElseThrow().name()).isEqualTo("KP");
    }

    @Test
    void findsArticlesByIdPrefixAcrossTheSignedBoundary() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        long[] ids = {0x7fff_0000_0000_0001L, 0x8000_0000_0000_0001L, 0x8fff_0000_0000_0000L, 0x0123_4567_89ab_cdefL};
        for (long id : ids) {
            store.storeArticles(feed.id(), List.of(draft(id, item(Long.toHexString(id), "t", "c" + id))));
        }
        assertThat(store.articleIdsStartingWith("8", 10)).extracting(ArticleId::value)
                .containsExactlyInAnyOrder(0x8000_0000_0000_0001L, 0x8fff_0000_0000_0000L);
        assertThat(store.articleIdsStartingWith("7fff", 10)).extracting(ArticleId::value)
                .containsExactly(0x7fff_0000_0000_0001L);
        assertThat(store.articleIdsStartingWith("0123456789abcdef", 10)).hasSize(1);
        assertThat(store.articleIdsStartingWith("zz", 10)).isEmpty();
    }

    @Test
    void settingAFlagOnAMissingArticleSaysSo() {
        assertThat(store.setStarred(new ArticleId(42), true)).isFalse();
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> store.transaction(() -> {
            store.addFeed("https://example.org/feed", null, null, Map.of());
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.feeds()).isEmpty();
    }

    @Test
    void readsInsideATransactionSeeItsOwnWrites() {
        String name = store.transaction(() -> {
            Feed f = store.addFeed("https://example.org/feed", "Named", null, Map.of());
            return store.feed(f.id()).orElseThrow().name();
        });
        assertThat(name).isEqualTo("Named");
    }

    @Test
    void countsArticlesPerFeed() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        store.storeArticles(feed.id(), List.of(draft(1, item("a", "A", "1")), draft(2, item("b", "B", "2"))));
        store.setRead(new ArticleId(1), true);
        var overview = store.feedOverviews().get(0);
        assertThat(overview.articles()).isEqualTo(2);
        assertThat(overview.unread()).isEqualTo(1);
        var stats = store.stats();
        assertThat(stats.articles()).isEqualTo(2);
        assertThat(stats.unread()).isEqualTo(1);
        assertThat(stats.pendingIndex()).isEqualTo(2);
    }

    @Test
    void integrityCheckIsRightAfterLaterWritesToTheIndex() {
        Feed feed = store.addFeed("https://example.org/feed", null, null, Map.of());
        store.storeArticles(feed.id(), List.of(draft(1, item("a", "A", "1"))));
        store.index(store.pendingIndex(10).stream().map(x -> IndexEntry.of(x.rowid(), x.id(), "A", null, "first words")).toList());
        assertThat(store.integrityCheck()).isEqualTo("ok");
        for (int i = 2; i < 3000; i++) {
            store.storeArticles(feed.id(), List.of(draft(i * 7919L, item("g" + i, "T" + i, "c" + i))));
        }
        List<IndexEntry> entries = new java.util.ArrayList<>();
        for (IndexSource s : store.pendingIndex(5000)) {
            entries.add(IndexEntry.of(s.rowid(), s.id(), s.title(), null, "words " + s.title()));
        }
        store.index(entries);
        assertThat(store.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void anIndexBuiltByTheEarlierTokenizerIsRebuiltFromTheArticles() throws Exception {
        store.close();
        Path old = dir.resolve("v4.db");
        try (Connection c = EarlierSchema.create(old, 4); Statement s = c.createStatement()) {
            EarlierSchema.addArticle(c, "Talks in Kraków", "<p>Ministers met.</p>");
            // Indexed by the earlier tokenizer, which folded accents itself.
            s.execute("INSERT INTO search (rowid, title, author, body) SELECT rid, title, '', 'Ministers met.' FROM article");
            s.execute("DELETE FROM search_pending");
        }
        store = Store.open(old, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(store.pendingIndexCount()).isEqualTo(1);
        assertThat(store.search("ministers", 10)).isEmpty();
        store.index(store.pendingIndex(10).stream()
                .map(x -> IndexEntry.of(x.rowid(), x.id(), x.title(), x.authors(), x.content())).toList());
        assertThat(store.search("krakow ministers", 10)).extracting(h -> h.id().value()).containsExactly(42L);
        assertThat(store.search("KRAKÓW", 10)).hasSize(1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM search_config WHERE k = 'hashsize'")) {
            assertThat(rs.getLong(1)).isEqualTo(64L << 20);
        }
    }
}

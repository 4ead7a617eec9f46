package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ArticleHeader;
import app.dossier.model.ArticleId;
import app.dossier.model.Feed;
import app.dossier.model.ParsedItem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search against a real FTS5 index: the query language, and that no input can break it. */
class StoreSearchTest {

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("library.db"), Clock.systemUTC());
        Feed kyiv = store.addFeed("https://kyiv.example/rss", "Kyiv Independent", null, Map.of());
        Feed wire = store.addFeed("https://wire.example/atom", "Wire Service", null, Map.of());
        add(kyiv, 1, "Ceasefire talks stall", "Olena Kovalenko", "Negotiators discussed a security guarantee for Ukraine.");
        add(kyiv, 2, "Sanctions package adopted", "Maria Petrenko", "The EU adopted new sanctions against Russia.");
        add(wire, 3, "Deterrence debate", "John Whitfield", "Officials discussed deterrence and nuclear weapons.");
        add(wire, 4, "Зустріч міністрів", "Андрій Загороднюк", "Міністри обговорили гарантії безпеки для України.");
        add(wire, 5, "Café crème in Genève", "Zoë Müller", "Diplomats met at a café near the lake.");
        List<IndexEntry> entries = new ArrayList<>();
        for (IndexSource s : store.pendingIndex(100)) {
            entries.add(IndexEntry.of(s.rowid(), s.id(), s.title(), s.authors(), s.content()));
        }
        store.index(entries);
    }

    private void add(Feed feed, long id, String title, String author, String body) {
        ParsedItem item = new ParsedItem("g" + id, title, null, null, null,
                List.of(new app.dossier.model.Person(author, null, null)), null, body, null, null);
        store.storeArticles(feed.id(), List.of(new ArticleDraft(new ArticleId(id), item, id)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readingTheIndexQueueWalksTheQueueNotTheArticles() throws Exception {
        // A library of many articles, all searchable, with the statistics SQLite keeps of it.
        Feed more = store.addFeed("https://more.example/rss", "More", null, Map.of());
        for (long id = 100; id < 400; id++) {
            add(more, id, "Story " + id, "Desk", "Text " + id);
        }
        List<IndexEntry> entries = new ArrayList<>();
        for (IndexSource s : store.pendingIndex(1000)) {
            entries.add(IndexEntry.of(s.rowid(), s.id(), s.title(), s.authors(), s.content()));
        }
        store.index(entries);
        List<String> plan = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                java.sql.Statement analyze = c.createStatement();
                java.sql.PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + SearchIndex.PENDING)) {
            analyze.execute("ANALYZE");
            ps.setLong(1, Long.MIN_VALUE);
            ps.setInt(2, 1000);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.add(rs.getString(4));
                }
            }
        }
        assertThat(plan).hasSize(2);
        assertThat(plan.get(0)).startsWith("SEARCH p USING INTEGER PRIMARY KEY");
        assertThat(plan.get(1)).startsWith("SEARCH a USING INTEGER PRIMARY KEY (rowid=?)");
    }

    private List<Long> ids(String query) {
        return store.search(query, 50).stream().map(h -> h.id().value()).sorted().toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "ceasefire                          | 1",
        "CEASEFIRE                          | 1",
        "\"security guarantee\"             | 1",
        "\"guarantee security\"             | ''",
        "sanc*                              | 2",
        "deterrence OR sanctions            | 2,3",
        "discussed AND deterrence           | 3",
        "discussed deterrence               | 3",
        "discussed NOT deterrence           | 1",
        "discussed -deterrence              | 1",
        "-discussed                         | 2,4,5",
        "NOT discussed                      | 2,4,5",
        "author:kovalenko                   | 1",
        "author:\"John Whitfield\"          | 3",
        "title:deterrence                   | 3",
        "title:discussed                    | ''",
        "feed:kyiv                          | 1,2",
        "feed:wire discussed                | 3",
        "feed:kyiv -sanctions               | 1",
        "-feed:kyiv                         | 3,4,5",
        "(ceasefire OR deterrence) AND officials | 3",
        "гарантії                           | 4",
        "ГАРАНТІЇ                           | 4",
        "загороднюк                         | 4",
        "cafe                               | 5",
        "geneve                             | 5",
        "zoe                                | 5",
        "Zoë                                | 5",
        "CAFÉ                               | 5",
        "crème                              | 5",
        "GENÈVE                             | 5",
        "МІНІСТРИ                           | 4",
        "міністр*                           | 4",
        "\"гарантії безпеки\"               | 4",
        "україни                            | 4",
        "lake AND cafe -title:cafe          | ''",
        "“security guarantee”               | 1",
        "and                                | 3",
        "ceasefire OR                       | 1",
        "ceasefire or                       | ''",
    })
    void understandsTheQueryLanguage(String query, String expected) {
        List<Long> want = expected.isBlank() ? List.of()
                : java.util.Arrays.stream(expected.split(",")).map(String::strip).map(Long::valueOf).toList();
        assertThat(ids(query)).as(query).isEqualTo(want);
    }

    @Test
    void findsWordsWhateverTheirAccentsCaseOrInvisibleMarks() {
        Feed feed = store.feeds().get(0);
        add(feed, 20, "Łódź and Kraków", "Paweł Wroński", "Rozmowy w Krakowie.");
        add(feed, 21, "ΟΔΥΣΣΕΑΣ", "Σοφία", "Η Σοφία μίλησε.");
        add(feed, 22, "Decomposed", "X", "Cafe\u0301 society and peace\u00adkeeping talks.");
        add(feed, 23, "Quoted", "X", "He called it \u201cunacceptable\u201d\u2014twice\u2026 in Seoul (\uc11c\uc6b8).");
        store.index(store.pendingIndex(10).stream()
                .map(s -> IndexEntry.of(s.rowid(), s.id(), s.title(), s.authors(), s.content())).toList());
        assertThat(ids("lodz krakow")).containsExactly(20L);
        assertThat(ids("ŁÓDŹ")).containsExactly(20L);
        assertThat(ids("author:pawel")).containsExactly(20L);
        assertThat(ids("οδυσσεας")).containsExactly(21L);
        assertThat(ids("σοφια")).containsExactly(21L);
        assertThat(ids("café")).containsExactly(5L, 22L);
        assertThat(ids("peacekeeping")).containsExactly(22L);
        assertThat(ids("unacceptable")).containsExactly(23L);
        assertThat(ids("twice")).containsExactly(23L);
        assertThat(ids("\uc11c\uc6b8")).containsExactly(23L);
        assertThat(ids("\u201cunacceptable\u201d twice")).containsExactly(23L);
    }

    @Test
    void titleMatchesRankAboveBodyMatches() {
        Feed feed = store.feeds().get(0);
        add(feed, 10, "Unrelated", "X", "deterrence deterrence deterrence in the body");
        store.index(store.pendingIndex(10).stream()
                .map(s -> IndexEntry.of(s.rowid(), s.id(), s.title(), s.authors(), s.content())).toList());
        List<ArticleHeader> hits = store.search("deterrence", 10);
        assertThat(hits.get(0).id().value()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'   '", "AND", "OR OR", "NOT", "()", "(((", ")))", "\"", "\"\"", "*",
        "-", "feed:", "author:", "NEAR(a b)", "a:b", "'; DROP TABLE article; --", "col:\"x", "^", "\\",
        "ceasefire AND", "OR ceasefire", "NOT NOT ceasefire", "a) OR (b"})
    void oddInputNeverFails(String query) {
        store.search(query, 10);
        assertThat(store.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void randomInputNeverReachesFts5AsSyntax() {
        Random random = new Random(20261125);
        String alphabet = "ab cd\"()*-:^{}[]+,.;'\\/ANDORNOT feed: author: title: NEAR \u00ab\u00bb\u201c\u201d\u0000\t";
        for (int i = 0; i < 3000; i++) {
            StringBuilder q = new StringBuilder();
            int len = random.nextInt(30);
            for (int j = 0; j < len; j++) {
                q.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            store.search(q.toString(), 5);
        }
        String deep = "(".repeat(5000) + "a" + ")".repeat(5000);
        store.search(deep, 5);
        store.search("a ".repeat(10_000), 5);
        store.search("NOT ".repeat(1000) + "a", 5);
    }

    /** Text made for an article that is deleted before the writer indexes it is not indexed. */
    @Test
    void textOfAnArticleDeletedMeanwhileIsNotIndexed() {
        Feed gone = store.addFeed("https://gone.example/rss", "Gone", null, Map.of());
        add(gone, 6, "Armistice rumours", "Desk", "Rumours of an armistice spread.");
        List<IndexEntry> entries = new ArrayList<>();
        for (IndexSource s : store.pendingIndex(100)) {
            entries.add(IndexEntry.of(s.rowid(), s.id(), s.title(), s.authors(), s.content()));
        }
        assertThat(entries).hasSize(1);
        store.removeFeed(gone.id());
        store.index(entries);
        assertThat(store.search("armistice", 10)).isEmpty();
        assertThat(store.search("ceasefire", 10)).hasSize(1);
        assertThat(store.pendingIndexCount()).isZero();
        // Nor is any trace left in the index: one document per article of the five.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM search_docsize")) {
            assertThat(rs.getLong(1)).isEqualTo(5);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}

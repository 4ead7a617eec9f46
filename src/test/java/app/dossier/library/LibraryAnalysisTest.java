package app.dossier.library;

import static app.dossier.QuotedArticles.LAVROV;
import static app.dossier.QuotedArticles.seedHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.TestWorkers;
import app.dossier.highlight.Highlighter;
import app.dossier.model.ArticleAnalysis;
import app.dossier.model.ArticleFilter;
import app.dossier.model.ArticleHeader;
import app.dossier.model.AttributedQuote;
import app.dossier.model.KeyPhrase;
import app.dossier.model.Quote;
import app.dossier.model.QuoteFilter;
import app.dossier.model.TextSpan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who said what in the library: runs, versions, on-demand analysis, the watch list, frequencies. */
class LibraryAnalysisTest {

    @TempDir
    Path dir;

    private Library library;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("data"), Clock.systemUTC(), TestWorkers.shared());
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void ingest(String... bodies) throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < bodies.length; i++) {
            items.append(LibraryTest.item("a" + i, "Story " + i, bodies[i]));
        }
        Path file = dir.resolve("feed" + System.nanoTime() + ".xml");
        Files.writeString(file, LibraryTest.rss("Kyiv Wire", items.toString()), StandardCharsets.UTF_8);
        library.ingest(List.of(file), null);
    }

    private String idOf(String title) {
        return library.articles(ArticleFilter.all(100)).stream().filter(h -> title.equals(h.title()))
                .map(h -> h.id().toString()).findFirst().orElseThrow();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve(Library.DATABASE_FILE));
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private long number(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve(Library.DATABASE_FILE));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.getLong(1);
        }
    }

    @Test
    void analyzeStoresWhoSaidWhatForEveryArticleAndReportsProgress() throws Exception {
        ingest(seedHtml(), LAVROV, "<p>No quotes here.</p>");
        assertThat(library.pendingAnalysis()).isEqualTo(3);
        List<AnalysisProgress> progress = new CopyOnWriteArrayList<>();
        AnalysisReport report = library.analyze(progress::add);
        assertThat(report.analysed()).isEqualTo(3);
        assertThat(report.failed()).isZero();
        assertThat(report.remaining()).isZero();
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(new AnalysisProgress(3, 3));
        assertThat(library.pendingAnalysis()).isZero();
        assertThat(library.analyze(p -> { }).analysed()).as("nothing left to do").isZero();

        List<AttributedQuote> quotes = library.quotes(QuoteFilter.all(50));
        assertThat(quotes).extracting(q -> q.speaker() == null ? null : q.speaker().name())
                .contains("Andriy Zagorodnyuk", "The New York Times", "Sergei Lavrov");
        assertThat(quotes.get(0).articleTitle()).isIn("Story 0", "Story 1", "Story 2");
        AttributedQuote tyson = quotes.stream().filter(q -> q.text().contains("Mike Tyson")).findFirst().orElseThrow();
        assertThat(tyson.speaker().role()).isEqualTo("former Ukrainian defense minister");
        assertThat(tyson.speaker().official()).isTrue();
        assertThat(library.quotes(new QuoteFilter("zagorodnyuk", true, 50))).hasSize(3);
        assertThat(library.quotes(new QuoteFilter("new york times", true, 50))).as("media are not officials").isEmpty();
    }

    @Test
    void theStoredAnalysisMapsBackIntoTheArticleHtml() throws Exception {
        ingest(seedHtml());
        library.analyze(p -> { });
        String id = idOf("Story 0");
        ArticleAnalysis a = library.analysis(id);
        String html = library.article(id).body();
        Quote tyson = a.quotes().stream().filter(q -> q.span().of(a.text()).contains("Mike Tyson")).findFirst()
                .orElseThrow();
        TextSpan inHtml = a.sourceSpan(tyson.span());
        assertThat(html.substring(inHtml.start(), inHtml.end()))
                .isEqualTo("The fact that we went 10 rounds with Mike Tyson is a success,");
        assertThat(a.analyzerVersion()).isEqualTo(Highlighter.VERSION);
    }

    @Test
    void aNewAnalyserVersionAnalysesAgain() throws Exception {
        ingest(LAVROV, "<p>Second.</p>");
        library.analyze(p -> { });
        sql("UPDATE analysis SET version = 0 WHERE article_id = (SELECT min(article_id) FROM analysis)");
        assertThat(library.pendingAnalysis()).isEqualTo(1);
        assertThat(library.analyze(p -> { }).analysed()).isEqualTo(1);
        assertThat(number("SELECT count(*) FROM analysis WHERE version = " + Highlighter.VERSION)).isEqualTo(2);
    }

    @Test
    void anArticleOpenedBeforeItIsAnalysedIsAnalysedAtOnceAndKept() throws Exception {
        ingest(LAVROV, "<p>Second.</p>");
        String id = idOf("Story 0");
        ArticleAnalysis a = library.analysis(id);
        assertThat(a.quotes()).extracting(q -> q.speaker() == null ? null : q.speaker().name()).contains("Sergei Lavrov");
        library.close(); // waits for the write on its way
        library = Library.open(dir.resolve("data"), Clock.systemUTC(), TestWorkers.shared());
        assertThat(library.pendingAnalysis()).isEqualTo(1);
        assertThat(library.analysis(id)).isEqualTo(a);
        assertThatThrownBy(() -> library.analysis("ffffffffffffffff")).isInstanceOf(LibraryException.class)
                .hasMessageContaining("no article");
    }

    @Test
    void watchTermsComeFirstInKeyPhrasesOfArticlesOpenedAfterwards() throws Exception {
        ingest(seedHtml());
        library.analyze(p -> { });
        String id = idOf("Story 0");
        assertThat(library.analysis(id).keyPhrases()).extracting(KeyPhrase::text).doesNotContain("Soviet Union");

        assertThat(library.watch("Soviet Union")).isTrue();
        assertThat(library.watch("soviet  unions")).as("a variant is the same term").isFalse();
        assertThat(library.watchTerms()).containsExactly("Soviet Union");
        assertThat(library.analysis(id).keyPhrases().get(0).text()).isEqualTo("Soviet Union");
        assertThat(library.highlight("Talks of the Soviet Union and of a ceasefire.").keyPhrases().get(0).text())
                .isEqualTo("Soviet Union");

        assertThat(library.unwatch("soviet union")).isTrue();
        assertThat(library.unwatch("soviet union")).isFalse();
        assertThat(library.analysis(id).keyPhrases()).extracting(KeyPhrase::text).doesNotContain("Soviet Union");
        assertThatThrownBy(() -> library.watch(" -- ")).isInstanceOf(LibraryException.class);
    }

    @Test
    void keyPhrasesCommonToTheWholeLibraryRankLower() throws Exception {
        String probe = "<p>The drone strike hit the port. Officials discussed the grain corridor and the drone strike "
                + "again, and the grain corridor once more, as the drone strike shook the city.</p>";
        List<String> before = library.highlight(probe).keyPhrases().stream().map(KeyPhrase::text).toList();
        assertThat(before.get(0)).isEqualTo("drone strike");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            bodies.add("<p>Another drone strike hit district " + i + " overnight. The drone strike killed no one, and "
                    + "a third drone strike followed.</p>");
        }
        ingest(bodies.toArray(String[]::new));
        library.analyze(p -> { });
        List<String> after = library.highlight(probe).keyPhrases().stream().map(KeyPhrase::text).toList();
        assertThat(after.indexOf("drone strike")).as("a phrase of every story says little about this one")
                .isGreaterThan(after.indexOf("grain corridor"));

        ingest(probe); // analysed by a run, which reads the frequencies in bulk
        library.analyze(p -> { });
        List<String> stored = library.analysis(idOf("Story 0")).keyPhrases().stream().map(KeyPhrase::text).toList();
        assertThat(stored).isEqualTo(after);
    }

    @Test
    void keepingFreshAnalysesWhatIsWaitingBetweenRefreshes() throws Exception {
        ingest(LAVROV, "<p>Second.</p>");
        assertThat(library.pendingAnalysis()).isEqualTo(2);
        Thread loop = new Thread(() -> {
            try {
                library.keepFresh(e -> { }, () -> Thread.currentThread().isInterrupted());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        loop.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (library.pendingAnalysis() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        loop.interrupt();
        loop.join(10_000);
        assertThat(loop.isAlive()).isFalse();
        assertThat(library.pendingAnalysis()).isZero();
    }

    @Test
    void refreshingListsAndIndexesNewArticlesWithoutAnalysingThem() throws Exception {
        library.close();
        library = Library.open(dir.resolve("data"), Clock.systemUTC(), TestWorkers.shared(), RefreshTest.QUICK);
        try (app.dossier.feed.LoopbackServer server = new app.dossier.feed.LoopbackServer()) {
            server.on("/feed.xml", app.dossier.feed.LoopbackServer.answer(200, RefreshTest.rss("Wire", 5)));
            library.subscribe(server.url("/feed.xml"));
            RefreshReport report = library.refresh(null, true, e -> { });
            assertThat(report.newArticles()).isEqualTo(5);
            assertThat(library.search("deterrence", 10)).hasSize(5);
            assertThat(library.pendingAnalysis()).as("analysis is left for later").isEqualTo(5);
            assertThat(number("SELECT count(*) FROM analysis")).isZero();
        }
    }

    @Test
    void analysingInTheBackgroundReturnsAtOnce() throws Exception {
        ingest(LAVROV);
        var run = library.analyzeInBackground(p -> { });
        assertThat(run.get(30, java.util.concurrent.TimeUnit.SECONDS).analysed()).isEqualTo(1);
        assertThat(library.pendingAnalysis()).isZero();
    }

    @Test
    void deletingArticlesTakesTheirAnalysesAndCountsAway() throws Exception {
        ingest(LAVROV);
        library.analyze(p -> { });
        assertThat(number("SELECT count(*) FROM phrase_df")).isPositive();
        library.remove("Kyiv Wire");
        assertThat(library.articles(ArticleFilter.all(10))).extracting(ArticleHeader::title).isEmpty();
        assertThat(number("SELECT count(*) FROM analysis")).isZero();
        assertThat(number("SELECT count(*) FROM phrase_df")).isZero();
        assertThat(library.quotes(QuoteFilter.all(10))).isEmpty();
    }

    @Test
    void snapshotsAreReadAgainOnlyWhenTheLibraryChangedEnough() {
        assertThat(LibraryFrequencies.stale(0, 0)).isFalse();
        assertThat(LibraryFrequencies.stale(0, 1)).isTrue();
        assertThat(LibraryFrequencies.stale(12, 14)).isFalse();
        assertThat(LibraryFrequencies.stale(12, 16)).isTrue();
        assertThat(LibraryFrequencies.stale(1000, 1200)).isFalse();
        assertThat(LibraryFrequencies.stale(1000, 1300)).isTrue();
        assertThat(LibraryFrequencies.stale(1000, 700)).isTrue();
    }
}

package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.TestWorkers;
import app.dossier.feed.FetchSettings;
import app.dossier.feed.LoopbackServer;
import app.dossier.model.ArticleFilter;
import app.dossier.model.FeedStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refresh pipeline end to end against a loopback server: fetch, parse, store, index, record. */
class RefreshTest {

    @TempDir
    Path dir;

    private LoopbackServer server;
    private Library library;

    static final FetchSettings QUICK = FetchSettings.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .withLimits(2, 16, Duration.ZERO);

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        library = open();
    }

    private Library open() {
        return Library.open(dir.resolve("data"), Clock.systemUTC(), TestWorkers.shared(), QUICK);
    }

    @AfterEach
    void stop() {
        library.close();
        server.close();
    }

    static byte[] rss(String title, int items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>" + title + "</title><link>https://site.example/</link><description>d</description>");
        for (int i = 0; i < items; i++) {
            sb.append("<item><guid>").append(title).append('-').append(i).append("</guid><title>Story ").append(i)
                    .append("</title><description>&lt;p&gt;The minister spoke about deterrence ").append(i)
                    .append(".&lt;/p&gt;</description></item>");
        }
        return sb.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private FeedStatus status(String name) {
        return library.feedStatuses().stream().filter(s -> s.feed().name().equals(name)).findFirst().orElseThrow();
    }

    private RefreshReport refresh(boolean force) {
        return library.refresh(null, force, e -> { });
    }

    /** Names of the HTTP clients' selector threads alive now. */
    private static java.util.Set<String> clientThreads() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager")) {
                names.add(t.getName());
            }
        }
        return names;
    }

    @Test
    void onlyCommandsThatFetchStartTheHttpClientAndClosingTheLibraryStopsIt() throws Exception {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Wire", 2), "Content-Type", "application/rss+xml"));
        library.close();
        java.util.Set<String> before = clientThreads();
        library = open();
        library.feedStatuses();
        library.stats();
        assertThat(clientThreads()).as("reading the library starts no HTTP client").isEqualTo(before);

        library.add(server.url("/feed.xml"));
        refresh(true);
        java.util.Set<String> during = clientThreads();
        during.removeAll(before);
        assertThat(during).as("fetching starts one client").hasSize(1);

        library.close();
        assertThat(clientThreads()).as("closing the library stops it").doesNotContainAnyElementsOf(during);
        library = open(); // for stop()
    }

    @Test
    void storesAFeedThenAsksConditionallyAndGets304() {
        server.on("/feed.xml", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackServer.send(ex, 304, null, "ETag", "\"v1\"");
            } else {
                LoopbackServer.send(ex, 200, rss("Wire", 3), "ETag", "\"v1\"", "Content-Type", "application/rss+xml");
            }
        });
        library.add(server.url("/feed.xml"));
        assertThat(library.stats().articles()).isEqualTo(3);
        assertThat(library.search("deterrence", 10)).hasSize(3);

        RefreshReport second = refresh(true);
        assertThat(second.notModified()).isEqualTo(1);
        assertThat(second.newArticles()).isZero();
        FeedStatus s = status("Wire");
        assertThat(s.state().etag()).isEqualTo("\"v1\"");
        assertThat(s.lastOutcome().httpStatus()).isEqualTo(304);
        assertThat(s.nextCheck()).isAfter(java.time.Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(library.stats().articles()).isEqualTo(3);
    }

    @Test
    void onlyDueFeedsAreFetchedWithoutForce() {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Wire", 2)));
        library.add(server.url("/feed.xml"));
        int before = server.requests("/feed.xml").size();
        RefreshReport r = refresh(false);
        assertThat(r.feeds()).isZero();
        assertThat(server.requests("/feed.xml")).hasSize(before);
    }

    @Test
    void reportsEachFeedAndBothMoments() {
        for (int i = 0; i < 12; i++) {
            server.on("/f" + i + ".xml", LoopbackServer.answer(200, rss("Feed" + i, 20)));
            library.add(server.url("/f" + i + ".xml"));
        }
        List<RefreshEvent> events = new ArrayList<>();
        RefreshReport report = library.refresh(null, true, events::add);
        assertThat(report.feeds()).isEqualTo(12);
        assertThat(events.stream().filter(e -> e instanceof RefreshEvent.FeedRefreshed)).hasSize(12);
        assertThat(events.stream().filter(e -> e instanceof RefreshEvent.AllStored)).hasSize(1);
        assertThat(events.get(events.size() - 1)).isInstanceOf(RefreshEvent.Finished.class);
        assertThat(report.searchable()).isGreaterThanOrEqualTo(report.stored());
    }

    @Test
    void aPermanentRedirectMovesTheFeedAndKeepsArticlesAndStars() {
        server.on("/new.xml", LoopbackServer.answer(200, rss("Moved", 2)));
        server.on("/old.xml", LoopbackServer.answer(200, rss("Moved", 2)));
        library.add(server.url("/old.xml"));
        String id = library.articles(ArticleFilter.all(1)).get(0).id().toString();
        library.setStarred(id, true);

        server.on("/old.xml", LoopbackServer.answer(301, null, "Location", server.url("/new.xml")));
        refresh(true);
        assertThat(status("Moved").feed().url()).endsWith("/old.xml");
        refresh(true);
        FeedStatus moved = status("Moved");
        assertThat(moved.feed().url()).isEqualTo(server.url("/new.xml"));
        assertThat(library.article(id).starred()).isTrue();
        assertThat(library.stats().articles()).isEqualTo(2);
        assertThat(library.feeds()).hasSize(1);
    }

    @Test
    void goneFeedsStopUntilForcedOneByOne() {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Gone", 1)));
        library.add(server.url("/feed.xml"));
        server.on("/feed.xml", LoopbackServer.answer(410, "gone".getBytes()));
        refresh(true);
        FeedStatus s = status("Gone");
        assertThat(s.state().gone()).isTrue();
        assertThat(s.nextCheck()).isNull();
        assertThat(s.lastOutcome().error()).isNotBlank();
        int seen = server.requests("/feed.xml").size();
        assertThat(refresh(true).feeds()).isZero();
        assertThat(server.requests("/feed.xml")).hasSize(seen);

        server.on("/feed.xml", LoopbackServer.answer(200, rss("Gone", 2)));
        library.refresh("Gone", true, e -> { });
        assertThat(status("Gone").state().gone()).isFalse();
        assertThat(library.stats().articles()).isEqualTo(2);
    }

    @Test
    void aGoneFeedRefreshedByNameWhileItsHostWaitsStaysStopped() {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Gone", 1)));
        server.on("/other.xml", LoopbackServer.answer(200, rss("Other", 1)));
        library.add(server.url("/feed.xml"));
        library.add(server.url("/other.xml"));
        server.on("/feed.xml", LoopbackServer.answer(410, "gone".getBytes()));
        library.refresh("Gone", true, e -> { });
        assertThat(status("Gone").state().gone()).isTrue();
        server.on("/other.xml", LoopbackServer.answer(429, null, "Retry-After", "600"));
        library.refresh("Other", true, e -> { }); // the host now asks to wait

        library.refresh("Gone", true, e -> { });

        assertThat(status("Gone").state().gone()).as("nothing was asked, so nothing changed").isTrue();
        assertThat(status("Gone").nextCheck()).isNull();
    }

    @Test
    void aHostsRequestToWaitSurvivesARestart() {
        server.on("/a.xml", LoopbackServer.answer(200, rss("A", 1)));
        library.add(server.url("/a.xml"));
        server.on("/a.xml", LoopbackServer.answer(429, null, "Retry-After", "3600"));
        RefreshReport r = refresh(true);
        assertThat(r.waiting()).isEqualTo(1);
        assertThat(status("A").state().failures()).isZero();

        library.close();
        library = open();
        int seen = server.requests("/a.xml").size();
        refresh(true);
        assertThat(server.requests("/a.xml")).as("no request while the host waits").hasSize(seen);
    }

    @Test
    void aBrokenDocumentIsAFailureThatIsReportedAgainNextTime() {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Fine", 1)));
        library.add(server.url("/feed.xml"));
        server.on("/feed.xml", LoopbackServer.answer(200, "Service temporarily unavailable, try later".getBytes()));
        RefreshReport first = refresh(true);
        assertThat(first.failed()).isEqualTo(1);
        FeedStatus s = status("Fine");
        assertThat(s.lastOutcome().error()).isNotBlank();
        assertThat(s.state().failures()).isEqualTo(1);
        RefreshReport second = refresh(true);
        assertThat(second.failed()).as("the same broken body is parsed and reported again").isEqualTo(1);
        assertThat(library.stats().articles()).isEqualTo(1);
    }

    @Test
    void aBrokenDocumentWithValidatorsIsNotPassedOffAsUnchangedNextTime() {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Fine", 1)));
        library.add(server.url("/feed.xml"));
        server.on("/feed.xml", ex -> {
            if ("\"broken\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LoopbackServer.send(ex, 304, null, "ETag", "\"broken\"");
            } else {
                LoopbackServer.send(ex, 200, "Service temporarily unavailable".getBytes(), "ETag", "\"broken\"");
            }
        });
        assertThat(refresh(true).failed()).isEqualTo(1);
        RefreshReport second = refresh(true);
        assertThat(second.failed()).as("the broken document is fetched, parsed and reported again").isEqualTo(1);
        assertThat(status("Fine").state().failures()).isEqualTo(2);
        assertThat(server.requests("/feed.xml").get(server.requests("/feed.xml").size() - 1).headers())
                .doesNotContainKey("If-None-Match");
    }

    @Test
    void aFeedThatCannotBeStoredShowsItInItsStatus() throws Exception {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Stuck", 1)));
        library.add(server.url("/feed.xml"));
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Stuck", 3)));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + dir.resolve("data").resolve(Library.DATABASE_FILE));
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER refuse BEFORE INSERT ON article BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }

        RefreshReport r = refresh(true);

        assertThat(r.failed()).isEqualTo(1);
        assertThat(status("Stuck").lastOutcome().error()).startsWith("could not be stored");
        assertThat(library.stats().articles()).as("what was stored before stays").isEqualTo(1);
    }

    @Test
    void anHtmlPageInsteadOfTheFeedSaysSo() {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Site", 1)));
        library.add(server.url("/feed.xml"));
        server.on("/feed.xml", LoopbackServer.answer(200, ("<!DOCTYPE html><html><head><title>Site</title>"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head><body>hi</body></html>")
                .getBytes(), "Content-Type", "text/html"));
        refresh(true);
        FeedStatus s = status("Site");
        assertThat(s.lastOutcome().error()).contains("web page", server.url("/atom.xml"), server.url("/rss.xml"))
                .doesNotContain("\n");
    }

    @Test
    void beingOfflineDoesNotCountAgainstFeeds() throws Exception {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Offline", 1)));
        library.add(server.url("/feed.xml"));
        String url = server.url("/feed.xml");
        server.close();
        library.close();
        // A fresh process that has not heard from any server: connection refused everywhere.
        library = open();
        RefreshReport r = refresh(true);
        assertThat(r.waiting()).isEqualTo(1);
        FeedStatus s = status("Offline");
        assertThat(s.state().failures()).isZero();
        assertThat(s.feed().url()).isEqualTo(url);
        server = new LoopbackServer();
    }

    @Test
    void addingASitePicksTheFeedItAdvertisesAndOffersTheOthers() {
        server.on("/", LoopbackServer.answer(200, ("<html><head>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Main\" href=\"/rss.xml\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Comments\" href=\"/comments/rss.xml\">"
                + "</head><body>news</body></html>").getBytes(), "Content-Type", "text/html; charset=utf-8"));
        server.on("/rss.xml", LoopbackServer.answer(200, rss("Main", 4)));
        server.on("/comments/rss.xml", LoopbackServer.answer(200, rss("Comments", 1)));
        AddResult r = library.add(server.url("/"));
        assertThat(r.feed().url()).isEqualTo(server.url("/rss.xml"));
        assertThat(r.articlesAdded()).isEqualTo(4);
        assertThat(r.otherChoices()).extracting(FeedChoice::url).contains(server.url("/comments/rss.xml"));
    }

    @Test
    void addingAFeedAsksItsServerOnce() {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Once", 3), "ETag", "\"v1\""));
        server.on("/", LoopbackServer.answer(404, null));
        server.on("/rss.xml", LoopbackServer.answer(200, rss("Probed", 2)));

        AddResult direct = library.add(server.url("/feed.xml"));
        AddResult probed = library.add(server.url("/nothing-here"));

        assertThat(direct.articlesAdded()).isEqualTo(3);
        assertThat(server.requests("/feed.xml")).as("found and stored from one answer").hasSize(1);
        assertThat(status("Once").state().etag()).isEqualTo("\"v1\"");
        assertThat(probed.feed().url()).isEqualTo(server.url("/rss.xml"));
        assertThat(probed.articlesAdded()).isEqualTo(2);
        assertThat(server.requests("/rss.xml")).as("a common path found by probing is not asked again").hasSize(1);
    }

    @Test
    void addingAnAddressWithoutFeedsIsRefused() {
        server.on("/", LoopbackServer.answer(200, "<html><body>no feeds</body></html>".getBytes(),
                "Content-Type", "text/html"));
        AtomicReference<Throwable> error = new AtomicReference<>();
        try {
            library.add(server.url("/"));
        } catch (LibraryException e) {
            error.set(e);
        }
        assertThat(error.get()).isNotNull();
        assertThat(error.get().getMessage()).doesNotContain("\n");
        assertThat(library.feeds()).isEmpty();
    }

    @Test
    void aHostThatSaysWaitWhileAddingIsNotAskedAgainAfterARestart() {
        server.on("/busy.xml", LoopbackServer.answer(429, null, "Retry-After", "600"));
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Later", 1)));
        try {
            library.add(server.url("/busy.xml"));
        } catch (LibraryException refused) {
            assertThat(refused.getMessage()).doesNotContain("\n");
        }
        library.close();
        library = open();
        int before = server.requests().size();

        assertThat(library.subscribe(server.url("/feed.xml")).feed()).isNotNull();
        RefreshReport r = refresh(true);

        assertThat(r.waiting()).isEqualTo(1);
        assertThat(server.requests()).as("the host is still waited for").hasSize(before);
    }

    @Test
    void localFileSubscriptionsAreReadAgainWhenTheyChange() throws Exception {
        Path file = dir.resolve("local.xml");
        java.nio.file.Files.write(file, rss("Local", 2));
        library.add(file.toString());
        assertThat(refresh(true).notModified()).isEqualTo(1);
        java.nio.file.Files.write(file, rss("Local", 5));
        RefreshReport r = refresh(true);
        assertThat(r.newArticles()).isEqualTo(3);
        java.nio.file.Files.delete(file);
        RefreshReport missing = refresh(true);
        assertThat(missing.failed()).isEqualTo(1);
        assertThat(status("Local").lastOutcome().error()).contains("no such file");
    }

    @Test
    void aFeedsOwnIntervalIsUsedAndHasAFloor() {
        server.on("/feed.xml", LoopbackServer.answer(200, rss("Slow", 1)));
        library.add(server.url("/feed.xml"));
        library.setInterval("Slow", Duration.ofHours(6));
        refresh(true);
        assertThat(status("Slow").nextCheck()).isAfter(java.time.Instant.now().plus(Duration.ofHours(5)));
        assertThat(status("Slow").interval()).isEqualTo(Duration.ofHours(6));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> library.setInterval("Slow", Duration.ofMinutes(5)))
                .isInstanceOf(LibraryException.class).hasMessageContaining("15 minutes");
    }
}

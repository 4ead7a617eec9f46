package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.SharedFiles;
import app.dossier.feed.FeedCandidate.Format;
import app.dossier.feed.FeedCandidate.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedFinderTest extends FetcherTestBase {

    private FeedDiscovery find(String address) throws Exception {
        return new FeedFinder(fetcher()).find(address).get(20, TimeUnit.SECONDS);
    }

    /**
     * The 21 files the corpora index lists as HTML, each served as a web page: the best feed the
     * finder offers ({@code {base}} is the loopback server, for relative links), or NONE.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "feeder/app/src/test/resources/com/nononsenseapps/feeder/model/gb2312.html | NONE | 0",
        "feeder/app/src/test/resources/com/nononsenseapps/feeder/model/muhasebetr.html | {base}/page | 1",
        "feeder/app/src/test/resources/com/nononsenseapps/feeder/model/muhasebetre_article.html | https://www.muhasebetr.com/rss/ | 1",
        "feeder/app/src/test/resources/com/nononsenseapps/feeder/model/phoronix.html | {base}/rss.php | 1",
        "feeder/app/src/androidTest/resources/com/nononsenseapps/feeder/model/cowboyprogrammer.html | https://cowboyprogrammer.org/atom.xml | 3",
        "feeder/app/src/androidTest/resources/com/nononsenseapps/feeder/model/fz.html | {base}/feeds/nyheter | 2",
        "feeder/app/src/androidTest/resources/com/nononsenseapps/feeder/model/nixos.html | {base}/news-rss.xml | 1",
        "feeder/app/src/androidTest/resources/com/nononsenseapps/feeder/model/slashdot.html | http://rss.slashdot.org/Slashdot/slashdotMain | 1",
        "feedjira/spec/sample_feeds/DuplicateContentAtomFeed.xml | NONE | 0",
        "miniflux/internal/reader/encoding/testdata/iso-8859-1-meta-after-1024.html | NONE | 0",
        "miniflux/internal/reader/encoding/testdata/iso-8859-1.html | NONE | 0",
        "miniflux/internal/reader/encoding/testdata/utf8-meta-after-1024.html | NONE | 0",
        "miniflux/internal/reader/encoding/testdata/utf8.html | NONE | 0",
        "netnewswire/Modules/RSParser/Tests/RSParserTests/Resources/DaringFireball.html | {base}/feeds/main | 1",
        "netnewswire/Modules/RSParser/Tests/RSParserTests/Resources/YouTubeTheVolvoRocks.html | https://www.youtube.com/feeds/videos.xml?channel_id=UCct7QF2jcWRY6dhXWMSq9LQ | 1",
        "netnewswire/Modules/RSParser/Tests/RSParserTests/Resources/coco.html | {base}/feed/all/ | 2",
        "netnewswire/Modules/RSParser/Tests/RSParserTests/Resources/furbo.html | http://furbo.org/feed/ | 1",
        "netnewswire/Modules/RSParser/Tests/RSParserTests/Resources/inessential.html | http://inessential.com/xml/rss.xml | 1",
        "netnewswire/Modules/RSParser/Tests/RSParserTests/Resources/sixcolors.html | http://feedpress.me/sixcolors | 1",
        "node-feedparser/test/feeds/notafeed.html | NONE | 0",
        "rome/rome-modules/src/test/resources/2.rss | http://web.mac.com/stuartbainbridge/iPhoto/the-5-6-7-8's-red-cloth/index.rss | 1",
    })
    void findsTheFeedsRealPagesAdvertise(String corpusFile, String best, int count) throws Exception {
        Path file = SharedFiles.corpora().resolve(corpusFile);
        server.on("/page", LoopbackServer.answer(200, Files.readAllBytes(file), "Content-Type", "text/html"));

        FeedDiscovery found = find(server.url("/page"));

        if (best.equals("NONE")) {
            assertThat(found.feeds()).isEmpty();
            assertThat(found.error()).isEqualTo("no feed found at " + server.url("/page"));
            assertThat(server.requests()).extracting(LoopbackServer.Seen::path)
                    .containsExactlyInAnyOrder("/page", "/feed", "/rss.xml", "/atom.xml", "/index.xml", "/feed.json");
        } else {
            assertThat(found.error()).isNull();
            assertThat(found.feeds()).hasSize(count);
            assertThat(found.best()).get().extracting(FeedCandidate::url)
                    .isEqualTo(best.replace("{base}", server.url("")));
        }
    }

    @Test
    void anAddressThatIsAFeedIsItsOwnAnswer() throws Exception {
        server.on("/feed.xml", LoopbackServer.answer(200, RSS_BYTES, "Content-Type", "application/rss+xml"));

        FeedDiscovery found = find(server.url("/feed.xml"));

        assertThat(found.feeds()).containsExactly(
                new FeedCandidate(server.url("/feed.xml"), null, Format.RSS, Source.THE_PAGE_ITSELF));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aFeedThatMovedPermanentlyIsOfferedAtItsNewAddress() throws Exception {
        server.on("/old.xml", LoopbackServer.answer(301, null, "Location", "/new.xml"));
        server.on("/new.xml", LoopbackServer.answer(200, RSS_BYTES));

        assertThat(find(server.url("/old.xml")).best()).get().extracting(FeedCandidate::url)
                .isEqualTo(server.url("/new.xml"));
    }

    @Test
    void fallsBackToCommonPathsAndRanksWhatAnswers() throws Exception {
        server.on("/", LoopbackServer.answer(200, "<html><head><title>Home</title></head></html>".getBytes(),
                "Content-Type", "text/html"));
        server.on("/feed", LoopbackServer.answer(301, null, "Location", "/feed/"));
        server.on("/feed/", LoopbackServer.answer(200, RSS_BYTES, "Content-Type", "text/html"));
        server.on("/atom.xml", LoopbackServer.answer(200,
                "<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>".getBytes()));
        server.on("/index.xml", LoopbackServer.answer(200, "<html><body>not here</body></html>".getBytes()));

        FeedDiscovery found = find(server.url(""));

        assertThat(found.error()).isNull();
        assertThat(found.feeds()).containsExactly(
                new FeedCandidate(server.url("/atom.xml"), null, Format.ATOM, Source.COMMON_PATH),
                new FeedCandidate(server.url("/feed/"), null, Format.RSS, Source.COMMON_PATH));
    }

    @Test
    void aPageThatCannotBeFetchedStillGetsItsCommonPathsTried() throws Exception {
        server.on("/feed.json", LoopbackServer.answer(200,
                "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"x\", \"items\": []}".getBytes()));

        FeedDiscovery found = find(server.url("/missing"));

        assertThat(found.feeds()).extracting(FeedCandidate::url, FeedCandidate::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(server.url("/feed.json"), Format.JSON_FEED));
    }

    @Test
    void anUnreachableSiteSaysWhy() throws Exception {
        FeedDiscovery found = find("http://nowhere.dossier-test.invalid/");

        assertThat(found.feeds()).isEmpty();
        assertThat(found.error()).isEqualTo("offline? could not find the server nowhere.dossier-test.invalid");
    }

    @Test
    void notAnAddressSaysSo() throws Exception {
        FeedDiscovery found = find("   ");

        assertThat(found.feeds()).isEmpty();
        assertThat(found.error()).isEqualTo("no address given");
        assertThat(found.best()).isEmpty();
        assertThat(find("mailto:someone@site.example").error())
                .isEqualTo("not a web address: mailto:someone@site.example");
    }
}

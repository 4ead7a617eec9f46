package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.feed.OpmlReader;
import app.dossier.model.Article;
import app.dossier.model.ArticleFilter;
import app.dossier.model.ArticleHeader;
import app.dossier.model.FeedOverview;
import app.dossier.model.OpmlDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {

    @TempDir
    Path dir;

    private Library library;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("data"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC), app.dossier.TestWorkers.shared());
    }

    @AfterEach
    void close() {
        library.close();
    }

    static String rss(String title, String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>" + title + "</title><link>https://news.example/</link><description>d</description>");
        for (String item : items) {
            sb.append(item);
        }
        return sb.append("</channel></rss>").toString();
    }

    static String item(String guid, String title, String body) {
        return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>https://news.example/" + guid
                + "</link><pubDate>Fri, 22 Nov 2024 21:00:00 GMT</pubDate><description><![CDATA[" + body
                + "]]></description></item>";
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void ingestingTheSameFeedTwiceStoresEachArticleOnce() throws Exception {
        Path file = write("kyiv.xml", rss("Kyiv Wire", item("1", "Ceasefire talks", "<p>Talks on a ceasefire.</p>"),
                item("2", "Sanctions", "<p>New sanctions.</p>")));
        List<IngestResult> first = library.ingest(List.of(file), null);
        assertThat(first.get(0).added()).isEqualTo(2);
        assertThat(first.get(0).feedName()).isEqualTo("Kyiv Wire");

        String id = library.articles(ArticleFilter.all(10)).get(0).id().toString();
        library.setStarred(id, true);
        library.setRead(id, true);

        List<IngestResult> second = library.ingest(List.of(file), null);
        assertThat(second.get(0).added()).isZero();
        assertThat(second.get(0).unchanged()).isEqualTo(2);
        assertThat(library.stats().articles()).isEqualTo(2);
        Article kept = library.article(id);
        assertThat(kept.starred()).isTrue();
        assertThat(kept.read()).isTrue();
    }

    @Test
    void aCorrectedArticleIsUpdatedInPlaceAndStaysRead() throws Exception {
        Path file = write("wire.xml", rss("Wire", item("1", "Ceasefire talks", "<p>First version.</p>")));
        library.ingest(List.of(file), null);
        String id = library.articles(ArticleFilter.all(10)).get(0).id().toString();
        library.setRead(id, true);
        Files.writeString(file, rss("Wire", item("1", "Ceasefire talks (updated)", "<p>Second version.</p>")));
        IngestResult r = library.ingest(List.of(file), null).get(0);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.added()).isZero();
        List<ArticleHeader> all = library.articles(ArticleFilter.all(10));
        assertThat(all).hasSize(1);
        assertThat(all.get(0).title()).isEqualTo("Ceasefire talks (updated)");
        assertThat(all.get(0).read()).isTrue();
        assertThat(library.search("second", 10)).hasSize(1);
        assertThat(library.search("first", 10)).isEmpty();
    }

    @Test
    void ingestedArticlesAreSearchable() throws Exception {
        Path file = write("w.xml", rss("Wire", item("1", "Deterrence", "<p>A <b>security guarantee</b> for Kyiv.</p>")));
        library.ingest(List.of(file), null);
        assertThat(library.stats().pendingIndex()).isZero();
        assertThat(library.search("\"security guarantee\"", 10)).extracting(ArticleHeader::title)
                .containsExactly("Deterrence");
    }

    @Test
    void oneBrokenFileDoesNotStopTheOthers() throws Exception {
        Path good = write("good.xml", rss("Good", item("1", "A", "a")));
        Path empty = write("empty.xml", "");
        Path missing = dir.resolve("missing.xml");
        List<IngestResult> results = library.ingest(List.of(empty, good, missing), null);
        assertThat(results).extracting(IngestResult::ok).containsExactly(false, true, false);
        assertThat(results.get(0).error()).doesNotContain("\n").isNotBlank();
        assertThat(results.get(2).error()).isEqualTo("no such file");
        assertThat(library.stats().articles()).isEqualTo(1);
    }

    @Test
    void ingestIntoANamedFeed() throws Exception {
        library.subscribe("https://news.example/rss");
        Path file = write("saved.xml", rss("Saved copy", item("1", "A", "a")));
        library.ingest(List.of(file), "news.example");
        List<FeedOverview> feeds = library.feeds();
        assertThat(feeds).hasSize(1);
        assertThat(feeds.get(0).articles()).isEqualTo(1);
    }

    @Test
    void addingAFileSubscribesAndReadsIt() throws Exception {
        Path file = write("local.xml", rss("Local", item("1", "A", "a"), item("2", "B", "b")));
        AddResult r = library.add(file.toString());
        assertThat(r.alreadyPresent()).isFalse();
        assertThat(r.articlesAdded()).isEqualTo(2);
        assertThat(r.feed().name()).isEqualTo("Local");
        assertThat(library.add(file.toString()).alreadyPresent()).isTrue();
    }

    @Test
    void addingAUrlTwiceIsHarmless() {
        AddResult first = library.subscribe("example.org/feed");
        assertThat(first.feed().url()).isEqualTo("https://example.org/feed");
        assertThat(library.subscribe("https://example.org/feed").alreadyPresent()).isTrue();
        assertThat(library.feeds()).hasSize(1);
    }

    @Test
    void removingAFeedKeepsItsStarredArticles() throws Exception {
        Path file = write("w.xml", rss("Wire", item("1", "A", "a"), item("2", "B", "b")));
        library.ingest(List.of(file), null);
        library.setStarred(library.articles(ArticleFilter.all(10)).get(0).id().toString(), true);
        RemoveResult r = library.remove("Wire");
        assertThat(r.starredKept()).isEqualTo(1);
        assertThat(library.feeds()).isEmpty();
        assertThat(library.articles(new ArticleFilter(null, false, true, 10))).hasSize(1);
    }

    @Test
    void unknownOrAmbiguousFeedsAreExplained() {
        library.subscribe("https://a.example/world");
        library.subscribe("https://b.example/world");
        assertThatThrownBy(() -> library.remove("nothing")).isInstanceOf(LibraryException.class)
                .hasMessageContaining("no feed matches");
        assertThatThrownBy(() -> library.feed("example")).isInstanceOf(LibraryException.class)
                .hasMessageContaining("matches 2 feeds");
    }

    @Test
    void articlesAreFoundByAUniqueIdPrefix() throws Exception {
        library.ingest(List.of(write("w.xml", rss("Wire", item("1", "A", "a")))), null);
        String id = library.articles(ArticleFilter.all(1)).get(0).id().toString();
        assertThat(library.article(id.substring(0, 6)).title()).isEqualTo("A");
        assertThat(library.article(id.toUpperCase()).title()).isEqualTo("A");
        assertThatThrownBy(() -> library.article("12")).hasMessageContaining("too short");
        assertThatThrownBy(() -> library.article("xyz!")).hasMessageContaining("not an article id");
        String other = id.charAt(0) == '0' ? "1" + id.substring(1) : "0" + id.substring(1);
        assertThatThrownBy(() -> library.article(other)).hasMessageContaining("no article");
    }

    @Test
    void opmlImportRebuildsFoldersAndExportRoundTripsExactly() throws Exception {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0" xmlns:ext="https://ext.example/ns">
                  <head><title>My feeds</title></head>
                  <body>
                    <outline text="Ukraine" title="Ukraine">
                      <outline text="Kyiv Independent" type="rss" xmlUrl="https://kyivindependent.example/rss"
                               htmlUrl="https://kyivindependent.example/" ext:icon="abc"/>
                      <outline text="Деталі">
                        <outline type="rss" text="Укрінформ" xmlUrl="https://ukrinform.example/rss.xml"/>
                      </outline>
                      <outline text="Empty folder"/>
                    </outline>
                    <outline title="No text attribute" type="rss" xmlUrl="https://wire.example/atom" category="a,b"/>
                  </body>
                </opml>
                """;
        Path file = write("in.opml", opml);
        ImportResult r = library.importOpml(file);
        assertThat(r).isEqualTo(new ImportResult(3, 0, 3));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        library.exportOpml(out);
        OpmlDocument original = new OpmlReader().read(opml.getBytes(StandardCharsets.UTF_8));
        OpmlDocument exported = new OpmlReader().read(out.toByteArray());
        assertThat(exported.outlines()).isEqualTo(original.outlines());

        // Importing the export into a fresh library gives the same export again.
        Path again = write("again.opml", out.toString(StandardCharsets.UTF_8));
        try (Library second = Library.open(dir.resolve("data2"), Clock.systemUTC(), app.dossier.TestWorkers.shared())) {
            assertThat(second.importOpml(again)).isEqualTo(new ImportResult(3, 0, 3));
            ByteArrayOutputStream out2 = new ByteArrayOutputStream();
            second.exportOpml(out2);
            assertThat(new OpmlReader().read(out2.toByteArray()).outlines()).isEqualTo(original.outlines());
        }

        // Importing the same list twice adds nothing and merges folders.
        assertThat(library.importOpml(file)).isEqualTo(new ImportResult(0, 3, 0));
    }

    @Test
    void aBrokenOpmlImportsNothing() throws Exception {
        library.subscribe("https://keep.example/feed");
        Path file = write("broken.opml", "<opml><body><outline text=\"A\" xmlUrl=\"https://a.example/\">"
                + "<outline text=\"B\" xmlUrl=\"https://b.example/\"></body></opml>");
        assertThatThrownBy(() -> library.importOpml(file)).isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("broken.opml: ");
        assertThat(library.feeds()).hasSize(1);
    }

    @Test
    void feedsOfANewUserAreEmpty() {
        assertThat(library.feeds()).isEmpty();
        assertThat(library.stats().articles()).isZero();
    }
}

package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.feed.FeedCandidate.Format;
import app.dossier.feed.FeedCandidate.Source;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedLinksTest {

    private static final URI PAGE = URI.create("https://www.site.example/blog/post.html");

    private static List<FeedCandidate> found(String head) {
        String html = "<!DOCTYPE html><html><head>" + head + "</head><body></body></html>";
        return FeedLinks.advertised(html.getBytes(StandardCharsets.UTF_8), "text/html", PAGE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<link rel=alternate type=application/rss+xml href=/rss>                  | https://www.site.example/rss | RSS",
        "<link rel=alternate type=application/atom+xml href=atom.xml>             | https://www.site.example/blog/atom.xml | ATOM",
        "<link rel=alternate type=application/feed+json href=//cdn.example/f.json> | https://cdn.example/f.json | JSON_FEED",
        "<link rel=alternate type=application/json title='JSON Feed' href=/f.json> | https://www.site.example/f.json | JSON_FEED",
        "<link rel=alternate type=application/json href=/feed.json>               | https://www.site.example/feed.json | JSON_FEED",
        "<link rel=feed href=/updates>                                            | https://www.site.example/updates | UNKNOWN",
        "<link rel=feed href=/updates.rss>                                        | https://www.site.example/updates.rss | RSS",
        "<link rel='Alternate Feed' type='Application/RSS+XML; charset=utf-8' href=/x> | https://www.site.example/x | RSS",
        "<link rel=alternate type=application/rss href=https://a.example/index.xml> | https://a.example/index.xml | RSS",
        "<link rel=alternate type=text/xml title=RSS href=/old.xml>               | https://www.site.example/old.xml | UNKNOWN",
        "<link rel=alternate type=application/rdf+xml title='RSS 1.0' href=/index.rdf> | https://www.site.example/index.rdf | RSS",
    })
    void readsFeedLinks(String head, String url, Format format) {
        assertThat(found(head)).singleElement().satisfies(c -> {
            assertThat(c.url()).isEqualTo(url);
            assertThat(c.format()).isEqualTo(format);
            assertThat(c.source()).isEqualTo(Source.ADVERTISED);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<link rel=alternate type=text/html href=/mobile>",
        "<link rel=alternate hreflang=de href=/de/>",
        "<link rel=alternate type=application/json href=/wp-json/wp/v2/pages/12>",
        "<link rel=alternate type=application/json+oembed href=/oembed?url=x>",
        "<link rel=alternate type=application/json href=/api/data>",
        "<link rel=stylesheet type=text/css href=/s.css>",
        "<link rel='alternate stylesheet' type=application/rss+xml href=/odd>",
        "<link rel=alternate type=application/rss+xml href='android-app://x/y'>",
        "<link rel=alternate type=application/rss+xml>",
        "<link rel=self type=application/atom+xml href=/atom>",
    })
    void ignoresWhatIsNotAFeedLink(String head) {
        assertThat(found(head)).isEmpty();
    }

    @Test
    void resolvesAgainstTheBaseElement() {
        List<FeedCandidate> feeds = found("<base href='https://static.site.example/sub/'>"
                + "<link rel=alternate type=application/rss+xml href=feed.xml>");

        assertThat(feeds).extracting(FeedCandidate::url).containsExactly("https://static.site.example/sub/feed.xml");
    }

    @Test
    void findsLinksOutsideTheHeadAndDropsDuplicates() {
        String html = "<html><body><link rel=alternate type=application/rss+xml href=/rss>"
                + "<link rel=alternate type=application/rss+xml href=https://www.site.example/rss></body></html>";

        List<FeedCandidate> feeds = FeedLinks.advertised(html.getBytes(StandardCharsets.UTF_8), null, PAGE);

        assertThat(feeds).extracting(FeedCandidate::url).containsExactly("https://www.site.example/rss");
    }

    @Test
    void ranksTheMainFeedOfThisSiteInThePreferredFormatFirst() {
        List<FeedCandidate> feeds = found(""
                + "<link rel=alternate type=application/rss+xml title='Comments Feed' href=/comments/feed/>"
                + "<link rel=alternate type=application/feed+json title='Posts (JSON)' href=/feed.json>"
                + "<link rel=alternate type=application/rss+xml title='Elsewhere' href=https://feeds.other.example/x>"
                + "<link rel=alternate type=application/rss+xml title='Posts (RSS)' href=/feed/>"
                + "<link rel=alternate type=application/atom+xml title='Posts (Atom)' href=https://blog.site.example/atom>");

        List<FeedCandidate> ranked = FeedLinks.ranked(feeds, PAGE);

        assertThat(ranked).extracting(FeedCandidate::title).containsExactly(
                "Posts (Atom)", "Posts (RSS)", "Posts (JSON)", "Elsewhere", "Comments Feed");
    }

    @Test
    void keepsThePagesOrderWhenNothingElseDecides() {
        List<FeedCandidate> feeds = found("<link rel=alternate type=application/rss+xml title=News href=/news>"
                + "<link rel=alternate type=application/rss+xml title=Forum href=/forum>");

        assertThat(FeedLinks.ranked(feeds, PAGE)).extracting(FeedCandidate::title).containsExactly("News", "Forum");
    }

    @Test
    void readsPagesInTheirOwnCharset() {
        String html = "<html><head><meta charset=windows-1251>"
                + "<link rel=alternate type=application/rss+xml title='\u041d\u043e\u0432\u043e\u0441\u0442\u0438' href=/rss>"
                + "</head></html>";

        List<FeedCandidate> feeds = FeedLinks.advertised(html.getBytes(java.nio.charset.Charset.forName("windows-1251")),
                "text/html", PAGE);

        assertThat(feeds).extracting(FeedCandidate::title).containsExactly("\u041d\u043e\u0432\u043e\u0441\u0442\u0438");
    }

    @Test
    void garbageGivesNothing() {
        assertThat(FeedLinks.advertised(new byte[] {0, 1, 2, (byte) 0xFF}, "text/html; charset=nonsense", PAGE)).isEmpty();
    }
}

package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.feed.FeedParser;
import app.dossier.model.ParsedFeed;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The training refresh behind the class data archive must exercise what a real refresh does:
 * every feed its OPML lists is served and parses, in each format, with all its items, authors and
 * links (relative ones in RSS and Atom made absolute); any other path is not found.
 */
class ClassDataTrainingTest {

    @Test
    void everyListedFeedIsServedAndParsesWithItsItems() throws Exception {
        String base = "http://127.0.0.1:1";
        Matcher urls = Pattern.compile("xmlUrl=\"" + Pattern.quote(base) + "([^\"]+)\"")
                .matcher(ClassDataTraining.opml(base));
        FeedParser parser = new FeedParser();
        int feeds = 0;
        java.util.Set<String> formats = new java.util.TreeSet<>();
        while (urls.find()) {
            String path = urls.group(1);
            byte[] body = ClassDataTraining.body(path);
            assertThat(body).as(path).isNotNull();
            ParsedFeed feed = parser.parse(body, base + path, null);
            assertThat(feed.items()).as(path).hasSize(20);
            assertThat(feed.items().get(0).authors()).as(path).isNotEmpty();
            String html = feed.items().get(0).content() != null ? feed.items().get(0).content()
                    : feed.items().get(0).summary();
            assertThat(html).as(path).contains("href=\"https://");
            if (!path.endsWith(".json")) {
                assertThat(html).as(path).doesNotContain("href=\"/world"); // made absolute on the way
            }
            formats.add(feed.format().name());
            feeds++;
        }
        assertThat(feeds).isEqualTo(36);
        assertThat(formats).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ClassDataTraining.body("/rss-99.xml")).isNull();
        assertThat(ClassDataTraining.body("/other.xml")).isNull();
        assertThat(ClassDataTraining.body("/rss-x.xml")).isNull();
    }
}

package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.feed.FeedParseException.Reason;
import app.dossier.model.Enclosure;
import app.dossier.model.FeedFormat;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser on small documents, one quirk each; the corpus test covers the real-world files. */
class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "https://example.org/feeds/main.xml", null);
    }

    @Test
    void rss20MapsEveryModelField() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
                  <channel>
                    <title>World news</title>
                    <link>https://example.org/</link>
                    <description>All of it</description>
                    <language>en-gb</language>
                    <lastBuildDate>Mon, 15 Aug 2022 09:30:00 +0000</lastBuildDate>
                    <image><url>/logo.png</url></image>
                    <ttl>30</ttl>
                    <sy:updatePeriod>hourly</sy:updatePeriod>
                    <sy:updateFrequency>2</sy:updateFrequency>
                    <item>
                      <title>Talks resume</title>
                      <link>/2022/talks</link>
                      <guid isPermaLink="false">id-1</guid>
                      <description>&lt;p&gt;Summary&lt;/p&gt;</description>
                      <content:encoded><![CDATA[<p>Full <img src="/i.png"></p>]]></content:encoded>
                      <pubDate>Mon, 15 Aug 2022 09:00:00 +0300</pubDate>
                      <author>desk@example.org (News Desk)</author>
                      <dc:creator>Jo Smith</dc:creator>
                      <category>Diplomacy</category>
                      <enclosure url="https://cdn.example.org/a.mp3" type="audio/mpeg" length="1234"/>
                    </item>
                  </channel>
                </rss>
                """);
        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_20);
        assertThat(feed.title()).isEqualTo("World news");
        assertThat(feed.link()).isEqualTo("https://example.org/");
        assertThat(feed.language()).isEqualTo("en-gb");
        assertThat(feed.updated()).isEqualTo(Instant.parse("2022-08-15T09:30:00Z"));
        assertThat(feed.imageUrl()).isEqualTo("https://example.org/logo.png");
        assertThat(feed.hints().ttl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(feed.hints().syndicationPeriod()).isEqualTo(Duration.ofMinutes(30));
        ParsedItem item = feed.items().get(0);
        assertThat(item.guid()).isEqualTo("id-1");
        assertThat(item.title()).isEqualTo("Talks resume");
        assertThat(item.link()).isEqualTo("https://example.org/2022/talks");
        assertThat(item.summary()).isEqualTo("<p>Summary</p>");
        assertThat(item.content()).isEqualTo("<p>Full <img src=\"https://example.org/i.png\"></p>");
        assertThat(item.published()).isEqualTo(Instant.parse("2022-08-15T06:00:00Z"));
        assertThat(item.authors()).containsExactly(new Person("News Desk", "desk@example.org", null),
                new Person("Jo Smith", null, null));
        assertThat(item.categories()).containsExactly("Diplomacy");
        assertThat(item.enclosures()).containsExactly(new Enclosure("https://cdn.example.org/a.mp3", "audio/mpeg", 1234L));
    }

    @Test
    void textInSeveralPiecesIsJoined() throws Exception {
        // A comment splits an element's text into pieces; entities, CDATA and a child's text join them.
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>Desk</title>
                  <item><title>  Cease<!-- note -->fire &amp; <![CDATA[talks]]><b> now</b>  </title>
                    <author>desk@example.org (<!-- x -->News Desk)</author><guid>a</guid></item>
                  <item><title><!-- only a comment --></title><guid>b</guid></item>
                  <item><title>One piece</title><guid>c</guid></item>
                </channel></rss>""");
        assertThat(feed.items()).extracting(ParsedItem::title).containsExactly("Ceasefire & talks now", null, "One piece");
    }

    @Test
    void htmlInSeveralPiecesIsJoined() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>Desk</title>
                  <item><guid>a</guid><description>  &lt;p&gt;Cease<!-- note -->fire &amp;amp; <![CDATA[<b>talks</b>]]><i>now</i>  </description></item>
                  <item><guid>b</guid><description><!-- only a comment --></description></item>
                  <item><guid>c</guid><description> &lt;p&gt;One piece&lt;/p&gt; </description></item>
                  <item><guid>d</guid><description><p>Inline <em>markup</em></p></description></item>
                </channel></rss>""");
        assertThat(feed.items()).extracting(ParsedItem::summary).containsExactly(
                "<p>Ceasefire &amp; <b>talks</b><i>now</i>", null, "<p>One piece</p>", "<p>Inline <em>markup</em></p>");
    }

    @Test
    void atom10WithXmlBaseXhtmlAndPeople() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.net/" xml:lang="uk">
                  <title type="html">Новини &lt;b&gt;дня&lt;/b&gt;</title>
                  <link rel="self" href="/atom.xml"/>
                  <link href="/"/>
                  <updated>2024-03-01T10:00:00+02:00</updated>
                  <entry xml:base="posts/">
                    <id>tag:example.net,2024:1</id>
                    <title>Заява міністра</title>
                    <link rel="alternate" href="first.html"/>
                    <link rel="enclosure" href="a.ogg" type="audio/ogg" length="x"/>
                    <link/>
                    <published>2024-03-01T09:00:00Z</published>
                    <updated>2024-03-01T09:30:00Z</updated>
                    <author><name>Олена</name><email>o@example.net</email><uri>/olena</uri></author>
                    <category term="politics"/>
                    <summary>1 &lt; 2</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Текст <a href="x">тут</a></p></div></content>
                  </entry>
                </feed>
                """);
        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_10);
        assertThat(feed.title()).isEqualTo("Новини дня");
        assertThat(feed.link()).isEqualTo("https://blog.example.net/");
        assertThat(feed.language()).isEqualTo("uk");
        ParsedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("Заява міністра");
        assertThat(item.link()).isEqualTo("https://blog.example.net/posts/first.html");
        assertThat(item.enclosures()).containsExactly(new Enclosure("https://blog.example.net/posts/a.ogg", "audio/ogg", null));
        assertThat(item.authors()).containsExactly(new Person("Олена", "o@example.net", "https://blog.example.net/olena"));
        assertThat(item.summary()).isEqualTo("1 &lt; 2");
        assertThat(item.content()).isEqualTo("<p>Текст <a href=\"https://blog.example.net/posts/x\">тут</a></p>");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
        assertThat(item.updated()).isEqualTo(Instant.parse("2024-03-01T09:30:00Z"));
    }

    @Test
    void atom03Base64Content() throws Exception {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <entry>
                    <title mode="escaped" type="text/html">A &amp;amp; B</title>
                    <issued>2004-01-01T19:48:21Z</issued>
                    <content type="text/html" mode="base64">PHA+SGVsbG88L3A+</content>
                  </entry>
                </feed>
                """);
        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_03);
        assertThat(feed.items().get(0).content()).isEqualTo("<p>Hello</p>");
        assertThat(feed.items().get(0).title()).isEqualTo("A & B");
        assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2004-01-01T19:48:21Z"));
    }

    @Test
    void rss091WithDoctypeAndHtmlEntities() throws Exception {
        ParsedFeed feed = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Caf&eacute;&nbsp;news</title>
                <item><title>One</title><link>http://example.com/1</link></item></channel></rss>
                """);
        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_091);
        assertThat(feed.title()).isEqualTo("Café\u00a0news");
        assertThat(feed.items()).extracting(ParsedItem::link).containsExactly("http://example.com/1");
    }

    @Test
    void rss10Rdf() throws Exception {
        ParsedFeed feed = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="http://example.com/"><title>RDF</title><link>http://example.com/</link></channel>
                  <item rdf:about="http://example.com/a"><title>A</title><link>http://example.com/a</link>
                    <dc:date>2003-12-31T10:14:55Z</dc:date></item>
                  <item rdf:about="http://example.com/b"><title>B</title></item>
                </rdf:RDF>
                """);
        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_10);
        assertThat(feed.items()).extracting(ParsedItem::guid).containsExactly("http://example.com/a", "http://example.com/b");
        assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2003-12-31T10:14:55Z"));
    }

    /** The failure classes that cost ROME users their feeds; each must parse here. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "undeclared itunes, content and wfw prefixes | <rss version='2.0'><channel><title>T</title><item><title>I</title><itunes:author>A</itunes:author><content:encoded>&lt;b&gt;x&lt;/b&gt;</content:encoded><wfw:comment>c</wfw:comment></item></channel></rss>",
        "default namespace on rss (a Ukrainian broadcaster) | <rss xmlns='https://cyber.harvard.edu/rss/rss.html' version='2.0'><channel><title>T</title><item><title>I</title></item></channel></rss>",
        "rss without channel | <rss version='2.0'><title>T</title><item><title>I</title></item></rss>",
        "atom link without href | <feed xmlns='http://www.w3.org/2005/Atom'><title>T</title><link rel='alternate'/><entry><title>I</title><link/></entry></feed>",
        "non-numeric cloud port | <rss version='2.0'><channel><title>T</title><cloud domain='x' port='eighty' path='/' registerProcedure='p' protocol='xml-rpc'/><item><title>I</title></item></channel></rss>",
        "skipHours 25 | <rss version='2.0'><channel><title>T</title><skipHours><hour>25</hour></skipHours><item><title>I</title></item></channel></rss>",
        "nbsp without a doctype | <rss version='2.0'><channel><title>T</title><item><title>I</title><description>a&nbsp;b</description></item></channel></rss>",
        "bare ampersand | <rss version='2.0'><channel><title>T</title><item><title>I</title><link>http://x/?a=1&b=2</link></item></channel></rss>",
        "junk before the declaration |   	  <?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item><title>I</title></item></channel></rss>",
        "unclosed tags | <rss version='2.0'><channel><title>T</title><item><title>I</title><description>a<br>b</description></item></channel>",
    })
    void toleratesWhatBreaksOtherParsers(String quirk, String xml) throws Exception {
        ParsedFeed feed = parse(xml);
        assertThat(feed.title()).as(quirk).isEqualTo("T");
        assertThat(feed.items()).as(quirk).hasSize(1);
        assertThat(feed.items().get(0).title()).as(quirk).isEqualTo("I");
    }

    @Test
    void invalidOptionalValuesAreDroppedNotTheFeed() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>T</title>
                <ttl>soon</ttl><sy:updatePeriod>fortnightly</sy:updatePeriod>
                <item><title>I</title><pubDate>the day after tomorrow</pubDate>
                <enclosure url="http://x/a.mp3" length="big" type="audio/mpeg"/></item></channel></rss>
                """);
        assertThat(feed.hints().ttl()).isNull();
        assertThat(feed.hints().syndicationPeriod()).isNull();
        assertThat(feed.items().get(0).published()).isNull();
        assertThat(feed.items().get(0).enclosures()).containsExactly(new Enclosure("http://x/a.mp3", "audio/mpeg", null));
    }

    @Test
    void jsonFeed11() throws Exception {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "J", "home_page_url": "https://j.example/",
                 "language": "ar", "items": [
                   {"id": 7, "url": "/p/7", "title": "عنوان", "content_text": "a < b",
                    "date_published": "2024-01-02T03:04:05+01:00", "authors": [{"name": "Amal"}],
                    "tags": ["x"], "attachments": [{"url": "https://j.example/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 10}]}]}
                """);
        assertThat(feed.format()).isEqualTo(FeedFormat.JSON_11);
        ParsedItem item = feed.items().get(0);
        assertThat(item.guid()).isEqualTo("7");
        assertThat(item.title()).isEqualTo("عنوان");
        assertThat(item.link()).isEqualTo("https://example.org/p/7");
        assertThat(item.content()).isEqualTo("a &lt; b");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-01-02T02:04:05Z"));
        assertThat(item.authors()).containsExactly(new Person("Amal", null, null));
        assertThat(item.enclosures()).containsExactly(new Enclosure("https://j.example/a.mp3", "audio/mpeg", 10L));
    }

    @Test
    void jsonFeed10WithAuthorObject() throws Exception {
        ParsedFeed feed = parse("""
                {"version": "https://jsonfeed.org/version/1", "title": "J",
                 "items": [{"id": "1", "content_html": "<p>x</p>", "author": {"name": "Bo", "url": "https://bo.example/"}}]}
                """);
        assertThat(feed.format()).isEqualTo(FeedFormat.JSON_10);
        assertThat(feed.items().get(0).content()).isEqualTo("<p>x</p>");
        assertThat(feed.items().get(0).authors()).containsExactly(new Person("Bo", null, "https://bo.example/"));
    }

    /** Titles in the scripts Dossier's readers follow, in the charsets their sites still use. */
    @ParameterizedTest(name = "{0} declared in the XML")
    @CsvSource(delimiter = '|', value = {
        "KOI8-R       | Новости дня",
        "windows-1251 | Новини України",
        "Big5         | 國際新聞",
        "GB2312       | 国际新闻",
        "Shift_JIS    | 国際ニュース",
        "EUC-KR       | 국제 뉴스",
        "ISO-2022-JP  | 国際ニュース",
        "windows-1256 | أخبار العالم",
        "ISO-8859-1   | Café",
    })
    void legacyCharsetsDeclaredInTheDocument(String charset, String title) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"" + charset + "\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title></channel></rss>";
        assertThat(parser.parse(xml.getBytes(Charset.forName(charset)), null, null).title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0} with no declaration at all")
    @CsvSource(delimiter = '|', value = {
        "KOI8-R       | Новости дня: президент заявил о переговорах",
        "windows-1251 | Новини дня: міністр заявив про переговори",
        "ISO-2022-JP  | 国際ニュース",
    })
    void legacyCharsetsDetectedWithoutDeclaration(String charset, String title) throws Exception {
        String xml = "<rss version=\"2.0\"><channel><title>" + title + "</title></channel></rss>";
        assertThat(parser.parse(xml.getBytes(Charset.forName(charset)), null, null).title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "UTF-16"})
    void wideUnicodeWithOrWithoutByteOrderMark(String charset) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"" + charset + "\"?><rss><channel><title>Ж 中</title></channel></rss>";
        assertThat(parser.parse(xml.getBytes(Charset.forName(charset)), null, null).title()).isEqualTo("Ж 中");
        byte[] withBom = ("\uFEFF" + xml).getBytes(Charset.forName(charset.equals("UTF-16") ? "UTF-16BE" : charset));
        assertThat(parser.parse(withBom, null, null).title()).isEqualTo("Ж 中");
    }

    /** Declared UTF-8, written in windows-1251: the bytes win, and nothing is printed on the way. */
    @Test
    void aFalseUtf8DeclarationIsSeenThrough() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><title>Новини дня: заява міністра</title></channel></rss>";
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(parser.parse(xml.getBytes(Charset.forName("windows-1251")), null, null).title())
                    .isEqualTo("Новини дня: заява міністра");
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void utf8ByteOrderMark() throws Exception {
        byte[] xml = "\uFEFF<rss><channel><title>Ж</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(xml, null, null).title()).isEqualTo("Ж");
    }

    @Test
    void httpCharsetOverridesAWrongDeclaration() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>Новини</title></channel></rss>";
        byte[] bytes = xml.getBytes(Charset.forName("windows-1251"));
        assertThat(parser.parse(bytes, null, "application/rss+xml; charset=windows-1251").title()).isEqualTo("Новини");
    }

    @Test
    void readsAFileWithItsUriAsBase(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feed.xml");
        Files.writeString(file, "<rss><channel><title>T</title><item><link>a/b.html</link></item></channel></rss>");
        assertThat(parser.parse(file).items().get(0).link()).isEqualTo(dir.toUri().resolve("a/b.html").toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "HTML page        | HTML_PAGE  | <!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>",
        "XHTML page       | HTML_PAGE  | <?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body/></html>",
        "OPML             | NOT_A_FEED | <opml version='2.0'><body/></opml>",
        "JSON not a feed  | NOT_A_FEED | {\"name\": \"not a feed\", \"values\": [1, 2]}",
        "JSON array       | NOT_A_FEED | [1, 2, 3]",
        "broken JSON      | MALFORMED  | {\"version\": \"https://jsonfeed.org/version/1\", ",
        "plain text       | NOT_TEXT   | hello, this is not a feed",
        "whitespace only  | EMPTY      | '   '",
    })
    void refusesWhatIsNoFeedWithAReason(String what, Reason reason, String document) {
        assertThatThrownBy(() -> parse(document))
                .as(what)
                .isInstanceOfSatisfying(FeedParseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
                });
    }

    /** A regression: a per-entity size limit once refused long escaped-HTML descriptions. */
    @Test
    void manyCharacterReferencesAreNotAnAttack() throws Exception {
        String description = "&lt;p&gt;x&amp;amp;y&lt;/p&gt;".repeat(600_000);
        ParsedFeed feed = parse("<rss><channel><item><description>" + description + "</description></item></channel></rss>");
        assertThat(feed.items().get(0).summary()).hasSize("<p>x&amp;y</p>".length() * 600_000);
    }

    @Test
    void itemsKeepDocumentOrder() throws Exception {
        StringBuilder xml = new StringBuilder("<rss><channel>");
        for (int i = 0; i < 50; i++) {
            xml.append("<item><guid>").append(i).append("</guid></item>");
        }
        List<ParsedItem> items = parse(xml.append("</channel></rss>").toString()).items();
        assertThat(items).extracting(ParsedItem::guid).startsWith("0", "1", "2").endsWith("49");
    }

    /** One piece of text or several (a comment, CDATA beside escaped text): the same links, resolved. */
    @Test
    void relativeLinksInHtmlTextResolveHoweverTheTextIsSplit() throws Exception {
        String expected = "<p>See <a href=\"https://site.example/news/x.html\">x</a> <img src=\"https://site.example/i.png\"></p>";
        for (String description : new String[] {
            "  &lt;p&gt;See &lt;a href=\"x.html\"&gt;x&lt;/a&gt; &lt;img src=\"/i.png\"&gt;&lt;/p&gt;\n",
            "&lt;p&gt;See &lt;a href=\"x.html\"&gt;x&lt;/a&gt;<!-- split --> &lt;img src=\"/i.png\"&gt;&lt;/p&gt;",
            "<![CDATA[<p>See <a href=\"x.html\">x</a>]]> &lt;img src=\"/i.png\"&gt;&lt;/p&gt;"}) {
            ParsedFeed feed = new FeedParser().parse(("<rss version=\"2.0\"><channel><title>T</title><item>"
                    + "<title>I</title><description>" + description + "</description></item></channel></rss>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), "https://site.example/news/feed.xml", null);
            assertThat(feed.items().get(0).summary()).as(description).isEqualTo(expected);
        }
    }
}

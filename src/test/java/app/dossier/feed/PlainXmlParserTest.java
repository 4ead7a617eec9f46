package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.SharedFiles;
import app.dossier.model.ParsedFeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/**
 * The fast road for UTF-8 documents without a DOCTYPE reads them with Aalto and falls back to
 * Woodstox for anything Aalto refuses. Both must give the same feed: every such document of the
 * shared corpora is read both ways and compared, and the documents that only Woodstox reads are
 * the kinds the fallback exists for.
 */
class PlainXmlParserTest {

    private static final String BASE = "http://example.com/feed.xml";

    @Test
    void bothParsersGiveTheSameFeedForEveryPlainUtf8DocumentOfTheCorpora() throws IOException {
        Path corpora = SharedFiles.corpora();
        List<String> index = Files.readAllLines(corpora.resolve("INDEX.tsv"));
        int compared = 0;
        int onlyWoodstox = 0;
        List<String> disagreements = new ArrayList<>();
        for (String line : index.subList(1, index.size())) {
            String[] f = line.split("\t", -1);
            Path file = corpora.resolve(f[0]).resolve(f[1]);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            CharsetDetector.Detected encoding = CharsetDetector.detect(bytes, null);
            if (!encoding.charset().equals(StandardCharsets.UTF_8)
                    || !XmlFeedReader.doctypeOf(encoding.head(bytes, 4096)).isEmpty()) {
                continue;
            }
            int offset = encoding.offset();
            while (offset < bytes.length && Character.isWhitespace(bytes[offset])) {
                offset++;
            }
            ParsedFeed woodstox = readOrNull(bytes, offset, false);
            if (woodstox == null) {
                continue; // not a feed Woodstox reads: the repairing roads take it, not this one
            }
            ParsedFeed plain = readOrNull(bytes, offset, true);
            if (plain == null) {
                onlyWoodstox++;
                continue;
            }
            compared++;
            if (!plain.equals(woodstox)) {
                disagreements.add(f[0] + "/" + f[1]);
            }
        }
        System.out.printf("plain UTF-8 documents read by both parsers: %d, only by Woodstox: %d%n", compared,
                onlyWoodstox);
        assertThat(disagreements).isEmpty();
        assertThat(compared).isGreaterThan(1000);
        assertThat(onlyWoodstox).isLessThan(compared / 5);
    }

    @Test
    void htmlEntitiesWithoutADoctypeAreReadByTheFallback() throws Exception {
        byte[] doc = ("<rss version='2.0'><channel><title>Caf&eacute;&nbsp;news</title>"
                + "<item><title>One</title><link>http://example.com/1</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(readOrNull(doc, 0, true)).isNull();
        ParsedFeed feed = new FeedParser().parse(doc, BASE, "application/rss+xml");
        assertThat(feed.title()).isEqualTo("Café\u00a0news");
    }

    @Test
    void deepNestingIsRefusedByTheCursorWhateverTheParser() {
        StringBuilder doc = new StringBuilder("<rss version='2.0'><channel><title>T</title><item><description>");
        doc.append("<x>".repeat(XmlCursor.MAX_DEPTH + 10)).append("</x>".repeat(XmlCursor.MAX_DEPTH + 10));
        doc.append("</description></item></channel></rss>");
        byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> XmlFeedReader.read(SafeXmlInput.openPlainUtf8(bytes, 0), BASE, true))
                .isInstanceOf(XMLStreamException.class).hasMessageContaining("depth limit");
        assertThatThrownBy(() -> new FeedParser().parse(bytes, BASE, null))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("nests elements too deeply");
    }

    @Test
    void aDoctypeThePrologCheckMissedIsLeftToWoodstox() throws Exception {
        // Comments longer than the sniffed head hide the DOCTYPE from the quick check.
        String comment = "<!--" + "x".repeat(70_000) + "-->\n";
        byte[] doc = (comment + "<!DOCTYPE rss [<!ENTITY who \"Reuters\">]>"
                + "<rss version='2.0'><channel><title>By &who;</title></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(readOrNull(doc, 0, true)).isNull();
        assertThat(new FeedParser().parse(doc, BASE, null).title()).isEqualTo("By Reuters");
    }

    @Test
    void anUnusedExternalEntityPastTheSniffedHeadIsStillRefused() {
        String comment = "<!--" + "x".repeat(70_000) + "-->\n";
        byte[] doc = (comment + "<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version='2.0'><channel><title>T</title></channel></rss>").getBytes(StandardCharsets.UTF_8);
        assertThat(readOrNull(doc, 0, true)).isNull();
        assertThatThrownBy(() -> new FeedParser().parse(doc, BASE, null))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("external entity");
    }

    private static ParsedFeed readOrNull(byte[] bytes, int offset, boolean plain) {
        try {
            return XmlFeedReader.read(plain ? SafeXmlInput.openPlainUtf8(bytes, offset)
                    : SafeXmlInput.openUtf8(bytes, offset), BASE, plain).build();
        } catch (XMLStreamException | FeedParseException | RuntimeException e) {
            return null;
        }
    }
}

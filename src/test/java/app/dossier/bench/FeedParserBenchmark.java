package app.dossier.bench;

import app.dossier.feed.FeedParseException;
import app.dossier.feed.FeedParser;
import com.ctc.wstx.stax.WstxInputFactory;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing the refresh benchmark's workload (every feed of {@code genfeeds.py}'s output, 1000 feeds
 * and 50,000 items by default) with Dossier's streaming parser and, as the baseline, with ROME 2.1.0
 * as the measurement that led to it ({@code SyndFeedInput().build(new XmlReader(...))}). One
 * operation parses every document once, so MB/s = workload bytes / seconds per operation; the
 * setup prints the workload size. Without the generated workload a small built-in set is used.
 * Figures and the command: docs/parsing.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class FeedParserBenchmark {

    /** Where genfeeds.py wrote the workload; override with -Ddossier.bench.feeds=DIR. */
    private static final String DEFAULT_FEEDS = "/tmp/bench/f1000/feeds";

    private final List<byte[]> documents = new ArrayList<>();
    private final FeedParser parser = new FeedParser();
    private final XMLInputFactory jdkStax = XMLInputFactory.newDefaultFactory();
    private final XMLInputFactory woodstox = new WstxInputFactory();

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("dossier.bench.feeds", DEFAULT_FEEDS));
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    documents.add(Files.readAllBytes(f));
                }
            }
        }
        if (documents.isEmpty()) {
            for (int i = 0; i < 100; i++) {
                documents.add(syntheticFeed(i));
            }
        }
        long bytes = documents.stream().mapToLong(d -> d.length).sum();
        System.out.printf("%nworkload: %d documents, %d bytes (%.1f MB) from %s%n", documents.size(), bytes,
                bytes / 1e6, Files.isDirectory(dir) ? dir : "the built-in synthetic set");
    }

    /** Each pass takes a few seconds: more passes to let the JIT settle than ROME needs. */
    @Benchmark
    @Warmup(iterations = 8, time = 1)
    @Measurement(iterations = 8, time = 1)
    public int streaming() throws FeedParseException {
        int items = 0;
        for (byte[] d : documents) {
            items += parser.parse(d, "http://127.0.0.1:18765/feeds/feed.xml", "application/rss+xml").items().size();
        }
        return items;
    }

    /**
     * A floor: the JDK's StAX parser reading the same bytes, events only, no mapping (the figure
     * the parsing decision quoted). Reported so the parser's figure can be read against the
     * machine's state at the time of the run.
     */
    @Benchmark
    @Warmup(iterations = 8, time = 1)
    @Measurement(iterations = 8, time = 1)
    public long jdkStaxEventsOnly() throws XMLStreamException {
        return eventsOnly(jdkStax);
    }

    /** The other floor: Woodstox, the StAX implementation the parser uses, events only. */
    @Benchmark
    @Warmup(iterations = 8, time = 1)
    @Measurement(iterations = 8, time = 1)
    public long woodstoxEventsOnly() throws XMLStreamException {
        return eventsOnly(woodstox);
    }

    private long eventsOnly(XMLInputFactory stax) throws XMLStreamException {
        long chars = 0;
        for (byte[] d : documents) {
            XMLStreamReader r = stax.createXMLStreamReader(new ByteArrayInputStream(d));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.CHARACTERS) {
                    chars += r.getTextLength();
                }
            }
            r.close();
        }
        return chars;
    }

    @Benchmark
    public int rome() throws IOException, FeedException {
        int items = 0;
        for (byte[] d : documents) {
            SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(d)));
            items += feed.getEntries().size();
        }
        return items;
    }

    private static byte[] syntheticFeed(int n) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>")
                .append("<title>Feed ").append(n).append("</title><link>https://example.org/</link>");
        for (int i = 0; i < 50; i++) {
            b.append("<item><title>Item ").append(i).append(" — заява</title><link>https://example.org/")
                    .append(n).append('/').append(i).append("</link><guid>g").append(n).append('-').append(i)
                    .append("</guid><pubDate>Mon, 03 Jun 2024 09:26:51 GMT</pubDate><description>")
                    .append("&lt;p&gt;Officials said the talks would resume.&lt;/p&gt;".repeat(20))
                    .append("</description></item>");
        }
        return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }
}

package app.dossier.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Makes the class data archive the launcher options name ({@code target/dossier.jsa}, see the
 * README): the built jar refreshes a few dozen generated RSS, Atom and JSON feeds served on
 * loopback, into an empty library, with {@code -XX:ArchiveClassesAtExit}. The JVM then maps the
 * classes that a refresh loads, already parsed and verified, instead of loading them from the jars
 * one by one, and the lambda and string-concatenation classes it would otherwise generate at
 * start-up come from the archive too (measured in docs/benchmarks.md).
 *
 * <p>Run by the build after the jar is packaged: {@code ClassDataTraining JAR ARCHIVE [JVM option…]}.
 * It never fails the build. A JVM given a missing archive starts as it always did; one given an
 * archive made for another jar or JVM says so on the {@code cds} log, which the launcher options
 * switch off, and starts without it.
 */
public final class ClassDataTraining {

    private static final int RSS_FEEDS = 24;
    private static final int ATOM_FEEDS = 8;
    private static final int JSON_FEEDS = 4;
    private static final int ITEMS = 20;
    private static final long CHILD_SECONDS = 120;

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ClassDataTraining JAR ARCHIVE [JVM option...]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        List<String> jvm = List.of(args).subList(2, args.length);
        try {
            Files.deleteIfExists(archive);
            train(jar, archive, jvm);
            System.out.println("Class data archive: " + archive + " (" + Files.size(archive) / 1024 + " KB)");
        } catch (IOException | RuntimeException e) {
            System.out.println("Class data archive not made (the application starts without it): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void train(Path jar, Path archive, List<String> jvm) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("dossier-class-data");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            server.setExecutor(pool);
            server.createContext("/", ClassDataTraining::serve);
            server.start();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path opml = data.resolve("feeds.opml");
            Files.writeString(opml, opml(base));
            run(jvm, List.of(), jar, data, "import-opml", opml.toString());
            run(jvm, List.of("-XX:ArchiveClassesAtExit=" + archive), jar, data, "refresh");
            if (!Files.isRegularFile(archive)) {
                throw new IOException("the JVM wrote no archive");
            }
        } finally {
            server.stop(0);
            pool.shutdownNow();
            deleteTree(data);
        }
    }

    private static void run(List<String> jvm, List<String> extra, Path jar, Path data, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvm);
        line.addAll(extra);
        line.addAll(List.of("-jar", jar.toString(), "--data-dir", data.toString()));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(CHILD_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("'" + command[0] + "' did not finish in " + CHILD_SECONDS + " s");
        }
        if (p.exitValue() != 0) {
            throw new IOException("'" + command[0] + "' exited with " + p.exitValue());
        }
    }

    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = body(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".json") ? "application/feed+json"
                    : path.contains("atom") ? "application/atom+xml" : "application/rss+xml");
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accept != null && accept.contains("gzip")) {
                ByteArrayOutputStream packed = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
                    gz.write(body);
                }
                body = packed.toByteArray();
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The document at {@code path}: /rss-N.xml, /atom-N.xml or /json-N.json; {@code null} for others. */
    static byte[] body(String path) {
        try {
            int dash = path.indexOf('-');
            int dot = path.lastIndexOf('.');
            if (dash < 0 || dot < dash) {
                return null;
            }
            int n = Integer.parseInt(path.substring(dash + 1, dot));
            String doc = switch (path.substring(1, dash)) {
                case "rss" -> rss(n);
                case "atom" -> atom(n);
                case "json" -> json(n);
                default -> null;
            };
            return doc == null ? null : doc.getBytes(StandardCharsets.UTF_8);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String opml(String base) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head>"
                + "<title>Training</title></head><body><outline text=\"News\">\n");
        for (int i = 0; i < RSS_FEEDS; i++) {
            b.append("<outline type=\"rss\" text=\"RSS ").append(i).append("\" xmlUrl=\"").append(base)
                    .append("/rss-").append(i).append(".xml\"/>\n");
        }
        for (int i = 0; i < ATOM_FEEDS; i++) {
            b.append("<outline type=\"rss\" text=\"Atom ").append(i).append("\" xmlUrl=\"").append(base)
                    .append("/atom-").append(i).append(".xml\"/>\n");
        }
        for (int i = 0; i < JSON_FEEDS; i++) {
            b.append("<outline type=\"rss\" text=\"JSON ").append(i).append("\" xmlUrl=\"").append(base)
                    .append("/json-").append(i).append(".json\"/>\n");
        }
        return b.append("</outline></body></opml>\n").toString();
    }

    /** Story HTML with what real feeds carry: quotes, entities, relative links and an image. */
    private static String story(int feed, int item) {
        return "<p><strong>KYIV</strong> — The foreign minister said on Friday that talks would resume "
                + "&amp; that “we are ready to talk, but not at any price,” according to officials.</p>"
                + "<p>Maria Kovalenko, deputy foreign minister, told reporters: “The security of our citizens "
                + "remains our first priority.” See <a href=\"/world/" + feed + "/" + item + ".html\">the "
                + "background</a> and <a href=\"https://example.org/analysis\">an analysis</a>.</p>"
                + "<p><img src=\"../img/" + item + ".jpg\" alt=\"Talks\"> Заява міністра · بيان الوزير · Łódź</p>";
    }

    private static String rss(int n) {
        if (n >= RSS_FEEDS) {
            return null;
        }
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                + "<title>Dispatch ").append(n).append("</title><link>https://news.example/").append(n)
                .append("/</link><description>World news &amp; analysis</description><language>en-gb</language>"
                        + "<ttl>30</ttl>");
        for (int i = 0; i < ITEMS; i++) {
            String html = story(n, i);
            b.append("<item><title>Talks to resume in Vilnius, minister says (").append(i).append(")</title>")
                    .append("<link>https://news.example/").append(n).append("/story-").append(i).append(".html</link>")
                    .append("<guid isPermaLink=\"false\">rss-").append(n).append('-').append(i).append("</guid>")
                    .append("<pubDate>Mon, 03 Jun 2024 ").append(10 + i % 10).append(":26:51 GMT</pubDate>")
                    .append("<dc:creator>Amara Okafor</dc:creator><category>Diplomacy</category>")
                    .append("<enclosure url=\"https://news.example/audio/").append(i)
                    .append(".mp3\" length=\"1024\" type=\"audio/mpeg\"/>")
                    .append("<description>").append(escape(html)).append("</description>");
            if (i % 2 == 0) {
                b.append("<content:encoded><![CDATA[").append(html).append(html).append("]]></content:encoded>");
            }
            b.append("</item>");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private static String atom(int n) {
        if (n >= ATOM_FEEDS) {
            return null;
        }
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://atom.example/").append(n)
                .append("/\"><title>Observer ").append(n).append("</title><id>urn:atom:").append(n).append("</id>")
                .append("<updated>2024-06-03T09:26:51Z</updated><link href=\"https://atom.example/\"/>");
        for (int i = 0; i < ITEMS; i++) {
            b.append("<entry><title type=\"html\">Ceasefire talks &amp;lt;update&amp;gt; ").append(i)
                    .append("</title><id>urn:atom:").append(n).append(':').append(i).append("</id>")
                    .append("<link rel=\"alternate\" href=\"story/").append(i).append("\"/>")
                    .append("<published>2024-06-0").append(1 + i % 3).append("T08:00:00+02:00</published>")
                    .append("<updated>2024-06-03T09:26:51Z</updated><author><name>Elena Petrova</name></author>")
                    .append("<summary>The envoy said talks would resume.</summary>");
            if (i % 2 == 0) {
                b.append("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">")
                        .append(story(n, i).replace("<img src=\"../img/" + i + ".jpg\" alt=\"Talks\">",
                                "<img src=\"../img/" + i + ".jpg\" alt=\"Talks\"/>"))
                        .append("</div></content>");
            } else {
                b.append("<content type=\"html\">").append(escape(story(n, i))).append("</content>");
            }
            b.append("</entry>");
        }
        return b.append("</feed>\n").toString();
    }

    private static String json(int n) {
        if (n >= JSON_FEEDS) {
            return null;
        }
        StringBuilder b = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Wire ")
                .append(n).append("\",\"home_page_url\":\"https://json.example/\",\"items\":[");
        for (int i = 0; i < ITEMS; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"json-").append(n).append('-').append(i)
                    .append("\",\"url\":\"https://json.example/").append(i).append("\",\"title\":\"Summit ")
                    .append(i).append("\",\"content_html\":\"")
                    .append(story(n, i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\",\"date_published\":\"2024-06-03T09:26:51Z\",\"authors\":[{\"name\":\"Ana Silva\"}],")
                    .append("\"tags\":[\"Europe\"]}");
        }
        return b.append("]}\n").toString();
    }

    private static String escape(String html) {
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing for
        }
    }
}

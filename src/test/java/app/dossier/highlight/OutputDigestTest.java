package app.dossier.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The full output of the analyser over a fixed set of varied inputs, pinned by digest, so that work
 * on its speed cannot change what it finds unnoticed. When a change of output is intended, bump
 * {@link Highlighter#VERSION} and replace the digests with the ones the failure message prints.
 *
 * <p>Inputs: every text of the case files and the seed article, as text and wrapped in HTML (with
 * library statistics and watch terms); seeded random text of tricky pieces; and every file of the
 * shared corpora, whole (as the robustness test reads them) and the item bodies in them as article
 * HTML, one digest per corpus.
 */
class OutputDigestTest {

    private static final Highlighter HIGHLIGHTER = Highlighter.load();

    /** Library statistics that make every key phrase's IDF differ, deterministically. */
    private static final DocumentFrequencies LIBRARY = new DocumentFrequencies() {
        @Override
        public long documentCount() {
            return 1000;
        }

        @Override
        public long frequency(String term) {
            return (term.length() * 37L + term.charAt(0)) % 400;
        }
    };

    private static final Set<String> WATCH = Set.of("ceasefire", "sanctions", "Black Sea");

    private static final String FIXTURES = "b3b54d8d62cf71dfd44a567c3a71f3736766e675f5c257171cc318e6468850ca";

    private static final Map<String, String> CORPORA = Map.ofEntries(
            Map.entry("feed-rs", "15220f569f871aafe5e8fc9c18a7fde453e7a871cda22e20250472ecb53aa1bc"),
            Map.entry("feeder", "45511bdf983efa7d181535549f380416c86a425d544518373355ae4643fc9201"),
            Map.entry("feedjira", "567fd97f6a7817da8d32af72ac34014662112f3f02d66c6e5e97008d0df0b644"),
            Map.entry("feedparser", "fe833f46a52341606d505b105ce045b6705961f063550b04b3416f0d96149ba3"),
            Map.entry("gofeed", "cdd6b8948c6ea1011702d463645682ee32393f58ab7777c0dde660b39a09e8ef"),
            Map.entry("miniflux", "bdcc33f3f9987491ea69bccb5d3c34e96fd70584ac4256059d8d1308bdd7c01b"),
            Map.entry("netnewswire", "4a3a5c9c41a93c88e7192519e2b11c1cba56d07b3f3857ffbe8415de47a043bd"),
            Map.entry("newsboat", "e0668a032890f79cdd9726c64830469781bd60506ad57a6723876fe303131387"),
            Map.entry("node-feedparser", "68b3c352ff04c39ace04f498f8aefbf5bb34210518352a5ce3d7cb5d3f16eed5"),
            Map.entry("rome", "e54e34a24fb8f022a2c86961aca507ee5943b5f5d3d2553be0b0a9ef03144731"),
            Map.entry("rsparser", "2597879024484eddcab34d8e70a0a0cb7fdb028742333bfbbcfd84fc07b084ea"),
            Map.entry("rss-parser", "7ea8beb31609cfb499dfd65c39447e69e9f7bda2428f0e96727af0126a4f55b6"),
            Map.entry("rss-parser-kmp", "cdffbc29dbf12ac45c948a0db25b3b78bcee449c33a7024b5b9f85be65528928"));

    private static final Pattern BODY = Pattern.compile(
            "<(description|content:encoded|content|summary|subtitle|tagline|info)\\b[^>]*>(.*?)</\\1>",
            Pattern.DOTALL);

    @Test
    void outputOfCasesSeedArticleAndRandomTextIsUnchanged() throws IOException {
        AnalysisDigest digest = new AnalysisDigest("fixtures");
        for (String file : List.of("quotes.cases", "speakers.cases", "traps.cases", "entities.cases", "more.cases",
                "articles.cases", "heldout.cases")) {
            for (AnnotatedCase c : AnnotatedCase.load(file)) {
                addTextAndHtml(digest, file + ": " + c.name(), c.text());
            }
        }
        addTextAndHtml(digest, "seed", Files.readString(SharedFiles.resolve("examples/seed-article.txt")));
        String[] pieces = {"“", "”", "\"", "‘", "’", "'", "«", "»", "„", " ", "\n", "\n\n", ".", ",", ":", "said",
            "told", "that", "according to", "he", "she", "they", "Zelensky", "Mr.", "U.S.", "NATO", "the", "a",
            "official", "officials", "spokeswoman for", "<p>", "</p>", "&amp;", "&", "<", "Related:", "—", "Ukraine’s",
            "Kallas", "Ursula von der Leyen", "ceasefire", "cease-fire", "(", ")", "Reuters", "reported", "1,000",
            "Kyiv", "front line", "sanctions", "Foreign Minister", "Sergei Lavrov", "the ministry", "warned"};
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(120);
            for (int i = 0; i < len; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            digest.add("random " + n, HIGHLIGHTER.analyze(sb.toString(), DocumentFrequencies.NONE, WATCH));
        }
        assertThat(digest.count()).isGreaterThan(2400);
        assertThat(digest.hex()).as("digest of the analyses of cases, seed article and random text")
                .isEqualTo(FIXTURES);
    }

    @Test
    void outputOnEveryFileOfTheSharedCorporaIsUnchanged() throws IOException {
        Path corpora = SharedFiles.corpora();
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(corpora)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                found.put(dir.getFileName().toString(), corpusDigest(dir));
            }
        }
        assertThat(found).as("digests of the analyses of each corpus").isEqualTo(new TreeMap<>(CORPORA));
    }

    private static String corpusDigest(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toFile().length() < 2_000_000).sorted().toList();
        }
        AnalysisDigest digest = new AnalysisDigest(dir.getFileName().toString());
        for (Path file : files) {
            String name = dir.relativize(file).toString();
            String input = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            digest.add(name, HIGHLIGHTER.analyze(input, DocumentFrequencies.NONE, Set.of("sanctions")));
            Matcher m = BODY.matcher(input);
            int item = 0;
            while (m.find()) {
                digest.add(name + " #" + item++, HIGHLIGHTER.analyzeHtml(unwrap(m.group(2)), LIBRARY, WATCH));
            }
        }
        return digest.hex();
    }

    /** An element's content as the HTML it carries: CDATA opened, or escaped markup unescaped. */
    private static String unwrap(String content) {
        String s = content.strip();
        if (s.startsWith("<![CDATA[")) {
            int end = s.lastIndexOf("]]>");
            return s.substring(9, end > 9 ? end : s.length());
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static void addTextAndHtml(AnalysisDigest digest, String name, String text) {
        digest.add(name, HIGHLIGHTER.analyzeText(text, DocumentFrequencies.NONE, Set.of()));
        StringBuilder html = new StringBuilder("<article><h1>Story</h1>");
        for (String para : text.split("\n\n")) {
            html.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;").replace("\u201C", "&ldquo;"))
                    .append("</p>\n");
        }
        html.append("<aside class=\"related\"><a href=\"/x\">Related story</a></aside></article>");
        digest.add(name + " (html)", HIGHLIGHTER.analyzeHtml(html.toString(), LIBRARY, WATCH));
    }
}

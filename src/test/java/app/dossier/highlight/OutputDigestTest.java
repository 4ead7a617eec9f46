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

    private static final String FIXTURES = "2a7849fcd2069dc9c6a4559b1769ab7f3d0ff67f82e8fc4437da40077be9c927";

    private static final Map<String, String> CORPORA = Map.ofEntries(
            Map.entry("feed-rs", "a64086761fb895487935291a3d080e3ae36e4e2f4eaceb5583368139e3df2bc0"),
            Map.entry("feeder", "5e08b9f955fe45f9649d4390e8e54c7e8eedc905e6bb9e94215dd663d97785f4"),
            Map.entry("feedjira", "57d8ff908ba08187871d0d7a9e902cf7afb6ad5cbaddcd20e83331d463af78ac"),
            Map.entry("feedparser", "2068af089d9ff39803f3ad15201b5497f04e0320396dea2e1ec3a304e0359d24"),
            Map.entry("gofeed", "45f83bb20fe6802dfb9a0d5dceee4bf930e646b5e2c994cad66549cd69befb1e"),
            Map.entry("miniflux", "fce2af66d5fa326334654ba07bdcb57c8d87d156e36168db08553af4b57d6345"),
            Map.entry("netnewswire", "e93b8622c15ba0817aeb8fb38e607afc2d97e79bbdf345cb2d21348dd3a09a94"),
            Map.entry("newsboat", "a62b4f1c8e0913401e339830a9afe03e27c33cdc9e1decc39cf75ed05b9c882f"),
            Map.entry("node-feedparser", "50c0bafc7ad261ab47e328ed81c498aa6be2ce9efb4fdef05587e6b35a9b9813"),
            Map.entry("rome", "0516e9cf7e06b03a0cbc1d72621ff02d359a2f5cb9f6d886282c07b667a8b25d"),
            Map.entry("rsparser", "463318b9c4c52c5d0c569ae1cacca46d3b887d21acbc3dca98b99497314be45d"),
            Map.entry("rss-parser", "8c21fd8681be864927e6962c4b32612bbae1925dfa757a342258d7465c4dc459"),
            Map.entry("rss-parser-kmp", "0eb904fcc7fa4114af03aef9948746ecd3a83c6572f494a0ebf5b1ceb1bed392"));

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

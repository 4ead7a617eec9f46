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

    private static final String FIXTURES = "3e367c35f9eeb91f6a3cec810659f44dd68b491327a4be4973cc685ee0eaefa0";

    private static final Map<String, String> CORPORA = Map.ofEntries(
            Map.entry("feed-rs", "c34db68ef5ff43fc02905968600312b412dcda2d4b71973fbab9300d89efb04e"),
            Map.entry("feeder", "ad4d770e8f8c1e67689f17449546d212aa72a97b37e312675a6bea3ea435b768"),
            Map.entry("feedjira", "c1096680c2a520f5cc506eda27610de4810ef7a763cd019d0193d553703a4ee1"),
            Map.entry("feedparser", "a179fd807b1424d412aa7f079cfba5c4ea02db0c26eb0eefc0406685b7a940d6"),
            Map.entry("gofeed", "af5b2b02fe97f126690ab7d08aadff4db41958a4b8fe1b24eba3bf1b2ba74518"),
            Map.entry("miniflux", "de190da441198f68f80d01b21031ff79ae5d3edaac4ce3a4ba364427083a892c"),
            Map.entry("netnewswire", "2f6e0c5cb1b7ebebb0ed8360ec802b756c02d19d599fb05ab68f99da7e7dc1d1"),
            Map.entry("newsboat", "c60efd3451c2486ccf786269f0e81c1de24e952c369720d4d8f74bb3d233ca27"),
            Map.entry("node-feedparser", "bb3d948223883d42824bd8768e971acb996dfd380118c72b5a1ecb00c9e6fc9e"),
            Map.entry("rome", "badea7ff7f2b32e826e7f8162ddb1c32d244351afa7e3a447e5928e364687eef"),
            Map.entry("rsparser", "981b7e25bff7ed54b9bbe560348b65e130d805b013ced12656eabe4bef9a7d48"),
            Map.entry("rss-parser", "ee0f246c0f8ba49702d5c6ceda7a45b7c7c0efa7e8d7f391a20ca15095863b58"),
            Map.entry("rss-parser-kmp", "0a9816d1fcc34dfc9f56d2e0716d699e3823b9bf71e808f50376249806c4a94d"));

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

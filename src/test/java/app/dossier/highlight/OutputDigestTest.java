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

    private static final String FIXTURES = "7a189b35fb8dd31a32066a193bc14e0ba1ccab6af86d0474a697831eb66106b2";

    private static final Map<String, String> CORPORA = Map.ofEntries(
            Map.entry("feed-rs", "15220f569f871aafe5e8fc9c18a7fde453e7a871cda22e20250472ecb53aa1bc"),
            Map.entry("feeder", "3790842f97cabc2336fecd3b4fbc6df6de878e340ee845e6a6cd2ac0491309ef"),
            Map.entry("feedjira", "27f51e6ebf1fb4965c780d9a3e6a5876322b38919606c82e1c58c28730d07cdd"),
            Map.entry("feedparser", "fe833f46a52341606d505b105ce045b6705961f063550b04b3416f0d96149ba3"),
            Map.entry("gofeed", "cdd6b8948c6ea1011702d463645682ee32393f58ab7777c0dde660b39a09e8ef"),
            Map.entry("miniflux", "bdcc33f3f9987491ea69bccb5d3c34e96fd70584ac4256059d8d1308bdd7c01b"),
            Map.entry("netnewswire", "ccf57fe2ca1b1e907b350a66c42833abb73d4daf870b9ce31522d78c7871296a"),
            Map.entry("newsboat", "e0668a032890f79cdd9726c64830469781bd60506ad57a6723876fe303131387"),
            Map.entry("node-feedparser", "b4bf262e5c18dc0bbd27033287ddb5eff65421631638dba9c9ff0b343934c481"),
            Map.entry("rome", "d465e8e87d4e250f1a3fc57d481e3f1936ae24b467c48736491703e2b434853c"),
            Map.entry("rsparser", "031514aa6e075f43795b8cb103cebce06fa72951b4925432022aecee015d0b6f"),
            Map.entry("rss-parser", "36481f057c97decd12b808a2dad2ea4e7c99d4bfe8242b0df44b4b1e3b5ccd96"),
            Map.entry("rss-parser-kmp", "53d37dedd89a7fbbfcf929daae598cd06cc48501f3e31183e3dfaf2a39e470f7"));

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

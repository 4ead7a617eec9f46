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

    private static final String FIXTURES = "81c2d88988c83ce5fb0b065711c88e254d4bdb74dcd9a4161ac8cc7732146108";

    private static final Map<String, String> CORPORA = Map.ofEntries(
            Map.entry("feed-rs", "db6a54879a8aef7cfee2c74730f2c121cdf02bc15ed47f0e2caad8cb0e0df3f0"),
            Map.entry("feeder", "4bf5fff018bba4cc84f500efb0e95b07dc9cbdbbc8a143e89768332e3a57d9f3"),
            Map.entry("feedjira", "f0580a48f1d6242d77f88e0388a430bea3fa99dc47d944d180d22a4f38824ac2"),
            Map.entry("feedparser", "fe833f46a52341606d505b105ce045b6705961f063550b04b3416f0d96149ba3"),
            Map.entry("gofeed", "cdd6b8948c6ea1011702d463645682ee32393f58ab7777c0dde660b39a09e8ef"),
            Map.entry("miniflux", "bdcc33f3f9987491ea69bccb5d3c34e96fd70584ac4256059d8d1308bdd7c01b"),
            Map.entry("netnewswire", "f656bcf59a3fbf5cd4b891ceaed34e044b5ed03904e99d7d6c56eef48cf44775"),
            Map.entry("newsboat", "e0668a032890f79cdd9726c64830469781bd60506ad57a6723876fe303131387"),
            Map.entry("node-feedparser", "30e9b113c4d7c92bf0250fe4ae63709f2524a2dbd204111a5a29a317cbde9df2"),
            Map.entry("rome", "4b7ef5e6db1dedaed4d7c0b69fb470a0c55e3951e9c05bed1302bbed344a265c"),
            Map.entry("rsparser", "2597879024484eddcab34d8e70a0a0cb7fdb028742333bfbbcfd84fc07b084ea"),
            Map.entry("rss-parser", "a957c2ea00fa03f7a76311cf63624ee6d108ec50a54ce5b972bbf21091be753b"),
            Map.entry("rss-parser-kmp", "936f408becc037c103608e53e0a2cb92adf70bef2111fed743a1a1b79a8095e4"));

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

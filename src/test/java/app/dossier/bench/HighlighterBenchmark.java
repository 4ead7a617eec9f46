package app.dossier.bench;

import app.dossier.highlight.DocumentFrequencies;
import app.dossier.highlight.Highlighter;
import app.dossier.model.ArticleAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the whole analysis on 5 KB news articles, one thread (so the figure is per core), and
 * the cost of loading the gazetteers. The articles are the annotated synthetic ones of the test
 * resources, joined two by two to about 5 KB; the HTML variant wraps their paragraphs in markup.
 *
 * <pre>
 * mvn -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main HighlighterBenchmark
 * </pre>
 *
 * The throughput benchmarks warm up for 25 one-second iterations: on two cores the optimising
 * compiler is still at work after 15–20 s, and shorter warm-ups measure it rather than the analysis.
 * Options on the command line ({@code -wi}, {@code -f}) would also apply to the gazetteer loading
 * benchmarks, whose point is a cold JVM each time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 25, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@Threads(1)
public class HighlighterBenchmark {

    private Highlighter highlighter;
    private List<String> texts;
    private List<String> htmls;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        highlighter = Highlighter.load();
        List<String> articles = new ArrayList<>();
        articles.addAll(caseTexts("/app/dossier/highlight/articles.cases"));
        articles.addAll(caseTexts("/app/dossier/highlight/heldout.cases"));
        texts = new ArrayList<>();
        htmls = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            StringBuilder sb = new StringBuilder(articles.get(i));
            int j = i + 1;
            while (sb.length() < 5000) {
                sb.append("\n\n").append(articles.get(j++ % articles.size()));
            }
            int cut = sb.lastIndexOf("\n\n", 5200);
            String text = sb.substring(0, cut >= 4500 ? cut : Math.min(sb.length(), 5000));
            texts.add(text);
            htmls.add(toHtml(text));
        }
    }

    /** The plain-text articles, about 5 KB each. */
    List<String> texts() {
        return texts;
    }

    /** Average article size in characters; printed once so the figures can be read per 5 KB. */
    public static void main(String[] args) {
        HighlighterBenchmark b = new HighlighterBenchmark();
        b.setUp();
        System.out.println(b.texts.size() + " articles, average "
                + b.texts.stream().mapToInt(String::length).average().orElse(0) + " characters of text, "
                + b.htmls.stream().mapToInt(String::length).average().orElse(0) + " of HTML");
    }

    @Benchmark
    public ArticleAnalysis analyzeText() {
        String text = texts.get(next++ % texts.size());
        return highlighter.analyzeText(text, DocumentFrequencies.NONE, Set.of("ceasefire"));
    }

    @Benchmark
    public ArticleAnalysis analyzeHtml() {
        String html = htmls.get(next++ % htmls.size());
        return highlighter.analyzeHtml(html, DocumentFrequencies.NONE, Set.of("ceasefire"));
    }

    /** Loading the gazetteers from the class path, cold each time in its own iteration. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Highlighter loadCold() {
        return Highlighter.load();
    }

    /** Loading again once classes are warm (what a second instance would cost). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Highlighter loadWarm() {
        return Highlighter.load();
    }

    private static String toHtml(String text) {
        StringBuilder html = new StringBuilder("<article class=\"story\">");
        for (String para : text.split("\n\n")) {
            html.append("<p>").append(para.replace("&", "&amp;").replace("\u201C", "&ldquo;")
                    .replace("\u201D", "&rdquo;").replace("<", "&lt;")).append("</p>\n");
        }
        return html.append("<aside class=\"related\"><a href=\"/x\">Related story</a></aside></article>").toString();
    }

    private static List<String> caseTexts(String resource) {
        try (InputStream in = HighlighterBenchmark.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<String> out = new ArrayList<>();
            StringBuilder text = null;
            boolean inText = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("== ")) {
                    if (text != null) {
                        out.add(text.toString().strip());
                    }
                    text = new StringBuilder();
                    inText = true;
                } else if (text != null && inText) {
                    if (line.matches("^(Q|NOQ|NOSPK|ANY|E|NOE|K|NOK|KEYS|B)( .*)?$")) {
                        inText = false;
                    } else {
                        text.append(line).append('\n');
                    }
                }
            }
            if (text != null) {
                out.add(text.toString().strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

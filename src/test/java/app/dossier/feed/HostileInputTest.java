package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.dossier.feed.FeedParseException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken input at the parser level: each gets a one-line refusal, fast, with no local
 * file content leaking out; and the whole set runs in a 256 MB heap (a child JVM), next to a
 * legitimate 19 MB feed that must still parse there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    @TempDir
    static Path dir;

    private Map<Path, String> files;
    private final FeedParser parser = new FeedParser();

    @BeforeAll
    void writeInputs() throws IOException {
        files = HostileInputs.write(dir);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"huge-100mb.xml", "billion-laughs.xml", "quadratic-blowup.xml", "xxe.xml",
        "xxe-parameter.xml", "random.bin", "empty.xml", "not-a-feed.json", "deep.xml"})
    void refusedWithAClearReasonWithinTwoSeconds(String name) {
        Path file = dir.resolve(name);
        Reason expected = Reason.valueOf(files.get(file));
        FeedParseException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                parser.parse(file);
                return null;
            } catch (FeedParseException refused) {
                return refused;
            }
        });
        assertThat(e).as(name + " must be refused").isNotNull();
        assertThat(e.reason()).isEqualTo(expected);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain(HostileInputs.SECRET);
    }

    @Test
    void oversizedBytesAreRefusedBeforeDecoding() {
        byte[] tooBig = new byte[FeedParser.MAX_DOCUMENT_BYTES + 1];
        assertThat(catchReason(() -> parser.parse(tooBig, null, null))).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void externalDtdIsNeverLoaded() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.dtd"), "<!ENTITY t \"" + HostileInputs.SECRET + "\">");
        String xml = "<!DOCTYPE rss SYSTEM \"" + secret.toUri() + "\"><rss><channel><title>t&t;</title></channel></rss>";
        String title;
        try {
            title = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, null).title();
        } catch (FeedParseException e) {
            title = e.getMessage();
        }
        assertThat(title).doesNotContain(HostileInputs.SECRET);
    }

    @Test
    void theWholeSetRunsInA256MegabyteHeap() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"),
                HostileInputProbe.class.getName()));
        files.keySet().forEach(f -> command.add(f.toString()));
        Path log = dir.resolve("probe.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("the probe finished within 120 s:%n%s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        for (Map.Entry<Path, String> f : files.entrySet()) {
            String line = output.lines().filter(l -> l.startsWith(f.getKey().getFileName() + "\t")).findFirst()
                    .orElseThrow(() -> new AssertionError("no outcome for " + f.getKey() + " in:\n" + output));
            String[] parts = line.split("\t", 5);
            assertThat(parts[1]).as(line).isEqualTo(f.getValue() == null ? "OK" : f.getValue());
            assertThat(line).doesNotContain(HostileInputs.SECRET);
            if (f.getValue() == null) {
                assertThat(Integer.parseInt(parts[2])).as("items of " + line).isGreaterThan(10_000);
            }
        }
    }

    private static Reason catchReason(ThrowingCall call) {
        try {
            call.run();
            return null;
        } catch (FeedParseException e) {
            return e.reason();
        }
    }

    private interface ThrowingCall {
        void run() throws FeedParseException;
    }
}

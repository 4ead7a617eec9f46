package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.TestWorkers;
import app.dossier.feed.LoopbackServer;
import app.dossier.library.Library;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> full = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        full.addAll(List.of(args));
        int code = Cli.run(full.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(),
                d -> Library.open(d, Clock.systemUTC(), TestWorkers.shared()));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static byte[] feed(String title, int items) {
        StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>" + title + "</title>");
        for (int i = 0; i < items; i++) {
            sb.append("<item><guid>").append(title).append(i).append("</guid><title>Story ").append(i)
                    .append("</title></item>");
        }
        return sb.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refreshPrintsEachFeedTheTotalsAndBothMoments() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.on("/a.xml", LoopbackServer.answer(200, feed("Alpha", 3), "ETag", "\"a\""));
            server.on("/b.xml", LoopbackServer.answer(404, "no".getBytes()));
            assertThat(run("add", "--no-fetch", server.url("/a.xml")).code()).isZero();
            assertThat(run("add", "--no-fetch", server.url("/b.xml")).code()).isZero();

            Run r = run("refresh");
            assertThat(r.out()).contains("Alpha: 3 new", "error:", "Refreshed 2 feeds: 1 updated, 0 unchanged, 1 failed",
                    "All stored and listed after", "all searchable after");
            assertThat(r.code()).as("a failed feed makes the run fail").isEqualTo(1);

            Run again = run("refresh");
            assertThat(again.out()).contains("Nothing is due");

            Run status = run("feeds", "--status");
            assertThat(status.out()).contains("Alpha", "200", "404", "BYTES", "TIME");
            assertThat(status.out().lines().filter(l -> l.contains("Alpha")).findFirst().orElseThrow())
                    .as("bytes on the wire and the fetch's duration").containsPattern(" \\d+ (B|KB) +\\d+ ms ");
            JsonNode json = new ObjectMapper().readTree(run("feeds", "--status", "--json").out());
            assertThat(json.get(0).get("http_status").asInt()).isEqualTo(200);
            assertThat(json.get(0).get("new_articles").asInt()).isEqualTo(3);
            assertThat(json.get(1).get("error").asText()).isNotBlank();

            Run one = run("refresh", "--feed", "Alpha", "--force");
            assertThat(one.out()).contains("Refreshed 1 feed:");
            assertThat(run("interval", "Alpha", "120").out()).contains("every 120 minutes");
            assertThat(run("interval", "Alpha", "soon").code()).isEqualTo(1);
            Run huge = run("interval", "Alpha", "999999999999999");
            assertThat(huge.code()).isEqualTo(1);
            assertThat(huge.err()).isEqualTo("dossier: the longest interval is 525600 minutes (365 days)" + System.lineSeparator());
            assertThat(run("refresh", "--feed", "Alpha", "--force").code()).as("the feed still refreshes").isZero();
            assertThat(run("refresh", "--watch", "--force").code()).isEqualTo(1);
        }
    }
}

package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a two-core machine the HTTP client's hand-off of each response must not start a thread:
 * child JVMs that see two processors fetch from a loopback server one request after another and
 * report how many threads they started meanwhile.
 */
class AsyncHandOffProcessTest {

    private static final int REQUESTS = 40;

    /** The child: prepares the JVM as {@link Main} does (unless told not to), then fetches. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            if (args[0].equals("prepared")) {
                Threads.poolAsyncHandOffs();
            }
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
            });
            server.start();
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed")).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).join(); // the client's own threads
            long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
            for (int i = 0; i < REQUESTS; i++) {
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).join();
            }
            long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before;
            System.out.println(started);
            server.stop(0);
        }
    }

    private static long threadsStarted(String mode, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:ActiveProcessorCount=2");
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Probe.class.getName());
        command.add(mode);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return Long.parseLong(out.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void responsesAreHandedOverOnPooledThreads() throws Exception {
        assertThat(threadsStarted("plain")).as("the JDK's default on two cores: a thread per response")
                .isGreaterThanOrEqualTo(REQUESTS);
        assertThat(threadsStarted("prepared")).as("after Main's preparation").isLessThan(10);
    }

    @Test
    void aPoolSizeGivenOnTheCommandLineIsLeftAlone() throws Exception {
        assertThat(threadsStarted("prepared", "-D" + Threads.COMMON_POOL_THREADS + "=1"))
                .isGreaterThanOrEqualTo(REQUESTS);
    }
}

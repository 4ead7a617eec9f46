package app.dossier.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs Dossier's command line in a child JVM, as a user would, with a bounded heap. Used where
 * the process boundary matters: memory limits, exit codes, being killed.
 */
public final class DossierProcess {

    /** What a finished run left behind. */
    public record Result(int exitCode, String out, String err, Duration elapsed) {

        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    private DossierProcess() {
    }

    public static ProcessBuilder builder(Path dataDir, String maxHeap, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.add("--data-dir");
        command.add(dataDir.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DOSSIER_DATA_DIR");
        return pb;
    }

    /** Runs to completion (or kills it after {@code timeout} and fails). */
    public static Result run(Path dataDir, String maxHeap, Duration timeout, String... args)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = builder(dataDir, maxHeap, args).start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("dossier " + String.join(" ", args) + " did not finish within " + timeout);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(p.exitValue(), out.join(), err.join(), elapsed);
    }

    static CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                f.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                f.complete("");
            }
        }, "drain");
        t.setDaemon(true);
        t.start();
        return f;
    }
}

package app.dossier.app;

import app.dossier.cli.Cli;
import app.dossier.library.DataDirectory;
import app.dossier.library.Library;
import app.dossier.store.Store;
import java.time.Clock;

/**
 * The launcher: the jar's main class. It is deliberately not a JavaFX {@code Application}, so
 * the jar runs from a plain classpath. It creates the threads and wires the real clock and
 * environment into the command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Threads.poolAsyncHandOffs();
        Store.useNativeLibraryCache(DataDirectory.cache(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")));
        int code;
        try (Threads threads = new Threads()) {
            code = Cli.run(args, System.out, System.err, System.getenv(),
                    dir -> Library.open(dir, Clock.systemUTC(), threads.workers()));
        }
        System.out.flush();
        System.exit(code);
    }
}

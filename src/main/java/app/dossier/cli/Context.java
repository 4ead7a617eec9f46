package app.dossier.cli;

import app.dossier.library.DataDirectory;
import app.dossier.library.Library;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** What every command needs: the streams, and the library opened once, on first use. */
final class Context {

    final PrintStream out;
    final PrintStream err;
    private final Map<String, String> env;
    private final Function<Path, Library> opener;
    private String dataDirOption;
    private Library library;

    Context(PrintStream out, PrintStream err, Map<String, String> env, Function<Path, Library> opener) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.opener = opener;
    }

    void dataDir(String option) {
        this.dataDirOption = option;
    }

    Path dataDirectory() {
        return DataDirectory.resolve(dataDirOption, env, System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    Library library() {
        if (library == null) {
            library = opener.apply(dataDirectory());
        }
        return library;
    }

    void close() {
        if (library != null) {
            library.close();
            library = null;
        }
    }
}

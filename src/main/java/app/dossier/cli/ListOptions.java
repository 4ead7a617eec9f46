package app.dossier.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --limit N} and {@code --json}, shared by the commands that print lists. */
final class ListOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int limit; // set through limit(int), picocli's default included

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "At most N (default ${DEFAULT-VALUE}).")
    void limit(int n) {
        if (n <= 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be a positive number, not " + n);
        }
        limit = n;
    }

    int limit() {
        return limit;
    }
}

package app.dossier.cli;

import app.dossier.library.IngestResult;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Read local feed files into the library as if they had been fetched.")
final class IngestCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    DossierCommand root;

    @Option(names = "--feed", paramLabel = "FEED",
            description = "Store the articles under this subscription (id, URL or name); by default each file "
                    + "is its own subscription.")
    String feed;

    @Option(names = {"-q", "--quiet"}, description = "Print only the totals and any errors.")
    boolean quiet;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Feed files (RSS, Atom, JSON Feed).")
    List<Path> files;

    @Override
    public Integer call() {
        List<IngestResult> results = root.context.library().ingest(files, feed, this::report);
        int added = 0;
        int updated = 0;
        int failed = 0;
        for (IngestResult r : results) {
            added += r.added();
            updated += r.updated();
            failed += r.ok() ? 0 : 1;
        }
        root.context.out.println("Ingested " + Text.plural(results.size() - failed, "file", "files") + ": "
                + added + " new, " + updated + " updated" + (failed > 0 ? "; " + failed + " failed" : ""));
        return failed > 0 ? Cli.FAILURE : Cli.OK;
    }

    /** Each file as soon as it is stored, so a long run shows its progress. */
    private void report(IngestResult r) {
        if (!r.ok()) {
            root.context.err.println("dossier: " + r.file() + ": " + r.error());
        } else if (!quiet) {
            root.context.out.println(r.file() + ": " + r.feedName() + ": " + r.added() + " new, " + r.updated()
                    + " updated, " + r.unchanged() + " unchanged");
            root.context.out.flush();
        }
    }
}

package app.dossier.cli;

import app.dossier.library.AnalysisProgress;
import app.dossier.library.AnalysisReport;
import app.dossier.library.Library;
import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = {"Find who said what (quotes, speakers, key phrases) in every article not analysed yet, "
                + "or analysed by an older version of Dossier.",
            "Refreshing does not wait for this: the window and `refresh --watch` analyse in the background."})
final class AnalyzeCommand implements Runnable {

    /** Progress lines at most this often, so a large library does not flood the terminal. */
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    @ParentCommand
    DossierCommand root;

    @Option(names = {"-q", "--quiet"}, description = "Print only the totals.")
    boolean quiet;

    private long lastLine;

    @Override
    public void run() {
        PrintStream out = root.context.out;
        Library library = root.context.library();
        long pending = library.pendingAnalysis();
        if (pending == 0) {
            out.println("Every article is analysed.");
            return;
        }
        if (!quiet) {
            out.println("Analysing " + Text.plural(pending, "article", "articles") + "…");
            out.flush();
        }
        lastLine = System.nanoTime();
        AnalysisReport r = library.analyze(this::progress);
        double seconds = r.elapsed().toNanos() / 1e9;
        out.println(String.format(Locale.ROOT, "Analysed %s in %.1f s (%.0f per second)%s.",
                Text.plural(r.analysed(), "article", "articles"), seconds,
                seconds > 0 ? r.analysed() / seconds : 0.0,
                r.failed() > 0 ? "; the analyser failed on " + r.failed() + " (stored as empty)" : ""));
        if (r.remaining() > 0) {
            out.println(Text.plural(r.remaining(), "article arrived", "articles arrived")
                    + " meanwhile and will be analysed next time.");
        }
    }

    /** Called on the library's writer thread after each stored batch. */
    private void progress(AnalysisProgress p) {
        long now = System.nanoTime();
        if (quiet || p.done() < p.total() && now - lastLine < PROGRESS_EVERY_NANOS) {
            return;
        }
        lastLine = now;
        root.context.out.println(String.format(Locale.ROOT, "  %d/%d (%.0f%%)", p.done(), p.total(),
                100.0 * p.done() / Math.max(1, p.total())));
        root.context.out.flush();
    }
}

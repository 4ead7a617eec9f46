package app.dossier.cli;

import app.dossier.library.RefreshEvent;
import app.dossier.library.RefreshReport;
import app.dossier.model.RefreshOutcome;
import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = {"Fetch the feeds that are due (or all of them with --force) and store new articles.",
            "Prints each feed's outcome, then the totals: when every article was stored and listed, and when "
                    + "everything was searchable."})
final class RefreshCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    DossierCommand root;

    @Option(names = "--feed", paramLabel = "FEED", description = "Only this subscription (id, URL or name).")
    String feed;

    @Option(names = "--force", description = "Do not wait for the feeds' intervals (a host's request to wait is "
            + "still honoured).")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the totals.")
    boolean quiet;

    @Option(names = "--watch", description = "Keep running: refresh each feed when it is due, catch up after "
            + "the machine slept, until interrupted (Ctrl-C).")
    boolean watch;

    @Override
    public Integer call() {
        PrintStream out = root.context.out;
        if (watch) {
            if (feed != null || force) {
                throw new CommandFailure("--watch refreshes every feed on its own schedule; leave out --feed and --force");
            }
            out.println("Keeping " + root.context.library().feedStatuses().size()
                    + " feeds fresh; press Ctrl-C to stop.");
            try {
                root.context.library().keepFresh(event -> {
                    show(out, event);
                    if (event instanceof RefreshEvent.Finished f && f.report().feeds() > 0) {
                        out.println(String.format(Locale.ROOT, "%s: %d feeds refreshed, %d new articles.",
                                Text.date(java.time.Instant.now()), f.report().feeds(), f.report().newArticles()));
                    }
                }, () -> Thread.currentThread().isInterrupted());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Cli.OK;
        }
        RefreshReport report = root.context.library().refresh(feed, force, event -> show(out, event));
        if (report.feeds() == 0) {
            out.println(feed == null ? "Nothing is due. Use --force to refresh every feed now."
                    : "That feed is not due yet. Use --force to refresh it now.");
            return Cli.OK;
        }
        out.println(String.format(Locale.ROOT,
                "Refreshed %s: %d updated, %d unchanged, %d failed, %d waiting; %s, %.1f MB received.",
                Text.plural(report.feeds(), "feed", "feeds"), report.updated(), report.notModified(), report.failed(),
                report.waiting(), Text.plural(report.newArticles(), "new article", "new articles"),
                report.wireBytes() / 1e6));
        out.println(String.format(Locale.ROOT, "All stored and listed after %.2f s; all searchable after %.2f s.",
                report.stored().toMillis() / 1000.0, report.searchable().toMillis() / 1000.0));
        return report.failed() > 0 ? Cli.FAILURE : Cli.OK;
    }

    private void show(PrintStream out, RefreshEvent event) {
        if (event instanceof RefreshEvent.FeedRefreshed f) {
            RefreshOutcome o = f.outcome();
            if (quiet && o.error() == null) {
                return;
            }
            String what = o.error() != null ? "error: " + o.error()
                    : o.httpStatus() == 304 ? "not modified"
                    : o.newArticles() > 0 ? o.newArticles() + " new" : "no new articles";
            out.println(String.format(Locale.ROOT, "[%d/%d] %s: %s%s", f.done(), f.total(), f.feedName(), what,
                    f.detail() == null ? "" : " (" + f.detail() + ")"));
        } else if (event instanceof RefreshEvent.AllStored s && !quiet) {
            out.println(String.format(Locale.ROOT, "Stored: %d new articles from %d feeds after %.2f s; indexing for search…",
                    s.newArticles(), s.feeds(), s.elapsed().toMillis() / 1000.0));
        }
    }
}

package app.dossier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier}: with no command it will open the reader's window; for now it shows help. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A local news reader for geopolitics: feeds, a searchable offline library, "
                + "and who said what.",
        subcommands = {AddCommand.class, RemoveCommand.class, FeedsCommand.class, ImportOpmlCommand.class,
            ExportOpmlCommand.class, IngestCommand.class, ParseCommand.class, ArticlesCommand.class,
            SearchCommand.class, ShowCommand.class, FlagCommands.Star.class, FlagCommands.Unstar.class,
            FlagCommands.Read.class, FlagCommands.Unread.class, StatsCommand.class, RefreshCommand.class,
            IntervalCommand.class, AnalyzeCommand.class, QuotesCommand.class, HighlightCommand.class,
            WatchCommand.class},
        footer = {"", "Data directory: --data-dir, else $DOSSIER_DATA_DIR, else ~/.local/share/dossier "
                + "(Linux), %%APPDATA%%\\Dossier (Windows), ~/Library/Application Support/Dossier (macOS).",
            "Exit codes: 0 success, 1 failure, 2 usage mistake."})
final class DossierCommand implements Runnable {

    final Context context;

    @Spec
    CommandSpec spec;

    DossierCommand(Context context) {
        this.context = context;
    }

    @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Where the library lives.")
    void dataDir(String dir) {
        context.dataDir(dir);
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out);
    }
}

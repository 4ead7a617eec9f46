package app.dossier.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier}: with no command it will open the reader's window; for now it shows help. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A local news reader for geopolitics: feeds, a searchable offline library, "
                + "and who said what.",
        footer = {"", "Data directory: --data-dir, else $DOSSIER_DATA_DIR, else ~/.local/share/dossier "
                + "(Linux), %%APPDATA%%\\Dossier (Windows), ~/Library/Application Support/Dossier (macOS).",
            "Exit codes: 0 success, 1 failure, 2 usage mistake."})
final class DossierCommand implements Runnable {

    /** The commands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(AddCommand.class, RemoveCommand.class, FeedsCommand.class,
            ImportOpmlCommand.class, ExportOpmlCommand.class, IngestCommand.class, ParseCommand.class,
            ArticlesCommand.class, SearchCommand.class, ShowCommand.class, FlagCommands.Star.class,
            FlagCommands.Unstar.class, FlagCommands.Read.class, FlagCommands.Unread.class, StatsCommand.class,
            RefreshCommand.class, IntervalCommand.class, AnalyzeCommand.class, QuotesCommand.class,
            HighlightCommand.class, WatchCommand.class);

    /**
     * The commands the arguments can name: those whose name or alias is one of the arguments.
     * Building a command's model is most of the command line's start-up, and one run uses one
     * command, so the others are left out. All of them when no argument names one (help, or a
     * mistyped command that deserves suggestions) or when help or the version is asked for
     * before the first command name.
     */
    static List<Class<?>> commandsFor(String[] args) {
        List<String> words = List.of(args);
        List<Class<?>> named = new ArrayList<>();
        int firstName = args.length;
        for (Class<?> c : COMMANDS) {
            Command command = c.getAnnotation(Command.class);
            int at = words.indexOf(command.name());
            for (String alias : command.aliases()) {
                int a = words.indexOf(alias);
                if (a >= 0 && (at < 0 || a < at)) {
                    at = a;
                }
            }
            if (at >= 0) {
                named.add(c);
                firstName = Math.min(firstName, at);
            }
        }
        for (String arg : words.subList(0, firstName)) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return COMMANDS;
            }
        }
        return named.isEmpty() ? COMMANDS : named;
    }

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

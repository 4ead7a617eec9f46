package app.dossier.cli;

import app.dossier.library.Library;
import app.dossier.library.LibraryException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The command line's door. Exit codes: 0 success, 1 failure (one line on stderr), 2 a usage
 * mistake (one line on stderr plus where to find help).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    /**
     * Runs one command.
     *
     * @param opener opens the library in a data directory (the composition root decides how)
     * @param env    the process environment ({@code DOSSIER_DATA_DIR}, {@code XDG_DATA_HOME} …)
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
            Function<Path, Library> opener) {
        Context context = new Context(out, err, env, opener);
        CommandLine cl = new CommandLine(new DossierCommand(context));
        for (Class<?> command : DossierCommand.commandsFor(args)) {
            cl.addSubcommand(command);
        }
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> usageError(ex, err));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, err));
        try {
            return cl.execute(args);
        } finally {
            context.close();
        }
    }

    private static int usageError(CommandLine.ParameterException ex, PrintStream err) {
        String message = firstLine(ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            java.util.List<String> suggestions = u.getSuggestions();
            String word = u.getUnmatched().get(0);
            boolean isCommand = ex.getCommandLine().getCommandSpec().subcommands().size() > 0
                    && ex.getCommandLine().getParseResult().subcommand() == null;
            message = (isCommand ? "unknown command '" : "unexpected argument '") + word + "'";
            String close = closest(word, suggestions);
            if (close != null) {
                message += " (did you mean '" + close + "'?)";
            }
        }
        String qualified = ex.getCommandLine().getCommandSpec().qualifiedName(" "); // "dossier watch add"
        err.println("dossier: " + message + "; see '" + qualified + " --help'");
        return USAGE;
    }

    /**
     * The suggestion that is a plausible typo of {@code word} (at most two edits, or one per four
     * letters for long words), or null: "fedds" suggests "feeds", "nosuch" suggests nothing.
     */
    static String closest(String word, java.util.List<String> suggestions) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String s : suggestions) {
            int d = distance(w, s.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, w.length() / 4) ? best : null;
    }

    /** Levenshtein distance, with a swap of neighbours counted as one edit. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static int failure(Exception ex, PrintStream err) {
        if (ex instanceof LibraryException || ex instanceof CommandFailure) {
            err.println("dossier: " + firstLine(ex.getMessage()));
        } else {
            // A fault in Dossier itself: still one line, with enough to report it.
            err.println("dossier: internal error (" + ex.getClass().getSimpleName() + ": "
                    + firstLine(String.valueOf(ex.getMessage())) + "); please report it");
        }
        return FAILURE;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}

package app.dossier.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "search", mixinStandardHelpOptions = true, description = {"Full-text search of titles, authors and text.",
    "Words, \"exact phrases\", prefix*, AND / OR / NOT (or -word), (parentheses),",
    "author:NAME, title:WORD and feed:NAME."})
final class SearchCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        if (limit <= 0) {
            throw new CommandFailure("--limit must be a positive number");
        }
        String text = String.join(" ", query);
        ArticlesCommand.print(root.context.out, root.context.library().search(text, limit), json,
                "No articles match.");
    }
}

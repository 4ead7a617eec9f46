package app.dossier.cli;

import app.dossier.library.Library;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ListOptions list;

    @Override
    public void run() {
        String text = String.join(" ", query);
        Library library = root.context.library();
        long pending = library.pendingIndex();
        if (pending > 0) {
            // Stored but not yet searchable: an interrupted refresh, or an index rebuilt by an upgrade.
            root.context.err.println("Making " + pending + (pending == 1 ? " article" : " articles")
                    + " searchable first…");
            library.indexPending();
        }
        ArticlesCommand.print(root.context.out, library.search(text, list.limit()), list.json, "No articles match.");
    }
}

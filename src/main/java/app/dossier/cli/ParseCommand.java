package app.dossier.cli;

import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "parse", mixinStandardHelpOptions = true, description = "Parse a feed file and print it normalised; nothing is stored.")
final class ParseCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Option(names = "--json", description = "Print the normalised feed as JSON.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "An RSS, Atom or JSON Feed file.")
    Path file;

    @Override
    public void run() {
        ParsedFeed feed = root.context.library().parse(file);
        if (json) {
            try (Json out = Json.pretty(root.context.out)) {
                out.parsedFeed(feed);
            } catch (IOException e) {
                throw new CommandFailure("cannot write output: " + e.getMessage());
            }
            root.context.out.println();
            return;
        }
        root.context.out.println(feed.title() == null ? "(untitled feed)" : feed.title());
        root.context.out.println("format: " + feed.format().id() + ", " + Text.plural(feed.items().size(), "item",
                "items") + (feed.link() == null ? "" : ", site " + feed.link()));
        for (ParsedItem item : feed.items()) {
            root.context.out.println(Text.date(item.date()) + "  " + Text.fit(item.title(), 70));
        }
    }
}

package app.dossier.cli;

import app.dossier.model.FeedOverview;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "feeds", mixinStandardHelpOptions = true, description = "List subscriptions with their article and unread counts.")
final class FeedsCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--status", description = "Show each feed's last refresh and its next check.")
    boolean status;

    @Override
    public void run() {
        if (status) {
            FeedStatusTable.print(root.context.out, root.context.library().feedStatuses(), json);
            return;
        }
        List<FeedOverview> feeds = root.context.library().feeds();
        if (json) {
            try (Json out = Json.pretty(root.context.out)) {
                out.feeds(feeds);
            } catch (IOException e) {
                throw new CommandFailure("cannot write output: " + e.getMessage());
            }
            root.context.out.println();
            return;
        }
        if (feeds.isEmpty()) {
            root.context.out.println("No subscriptions yet. Add one with: dossier add URL");
            return;
        }
        root.context.out.println(String.format("%5s  %-36s %8s %7s  %s", "ID", "NAME", "ARTICLES", "UNREAD", "URL"));
        for (FeedOverview o : feeds) {
            root.context.out.println(String.format("%5d  %s %8d %7d  %s", o.feed().id(), Text.fit(o.feed().name(), 36),
                    o.articles(), o.unread(), o.feed().url()));
        }
    }
}

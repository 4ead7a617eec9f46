package app.dossier.cli;

import app.dossier.library.RemoveResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Unsubscribe from a feed. Its starred articles are kept.")
final class RemoveCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Parameters(paramLabel = "FEED", description = "The feed's id, URL or name.")
    String feed;

    @Override
    public void run() {
        RemoveResult r = root.context.library().remove(feed);
        root.context.out.println("Unsubscribed: " + r.feed().name()
                + (r.starredKept() > 0 ? " (kept " + Text.plural(r.starredKept(), "starred article", "starred articles")
                        + ")" : ""));
    }
}

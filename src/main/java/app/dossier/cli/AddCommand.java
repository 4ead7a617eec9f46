package app.dossier.cli;

import app.dossier.library.AddResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "add", mixinStandardHelpOptions = true, description = "Subscribe to a feed URL, or to a local feed file (read at once).")
final class AddCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @picocli.CommandLine.Option(names = "--no-fetch",
            description = "Subscribe to the URL as given without contacting it (it is fetched at the next refresh).")
    boolean noFetch;

    @Parameters(paramLabel = "URL-or-FILE", description = "A feed address (https://…) or a feed file.")
    String target;

    @Override
    public void run() {
        AddResult r = noFetch ? root.context.library().subscribe(target) : root.context.library().add(target);
        if (r.alreadyPresent() && r.articlesAdded() == 0) {
            root.context.out.println("Already subscribed: " + r.feed().name() + " (id " + r.feed().id() + ")");
        } else if (r.alreadyPresent()) {
            root.context.out.println("Already subscribed: " + r.feed().name() + " (id " + r.feed().id() + "), "
                    + Text.plural(r.articlesAdded(), "new article", "new articles"));
        } else {
            root.context.out.println("Subscribed: " + r.feed().name() + " (id " + r.feed().id() + ")"
                    + (r.articlesAdded() > 0 ? ", " + Text.plural(r.articlesAdded(), "article", "articles") : "")
                    + (r.feed().url().equals(target) ? "" : " — " + r.feed().url()));
        }
        if (r.problem() != null) {
            root.context.err.println("dossier: the first refresh did not work: " + r.problem());
        }
        if (!r.otherChoices().isEmpty()) {
            root.context.out.println("The page also offers (add one with `dossier add URL`):");
            for (var c : r.otherChoices()) {
                root.context.out.println("  " + c.url() + (c.title() == null ? "" : "  " + c.title())
                        + "  [" + c.format() + "]");
            }
        }
    }
}

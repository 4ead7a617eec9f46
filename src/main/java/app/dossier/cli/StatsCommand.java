package app.dossier.cli;

import app.dossier.model.LibraryStats;
import java.io.IOException;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts for the whole library and where it lives.")
final class StatsCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        LibraryStats s = root.context.library().stats();
        String dir = root.context.library().dataDirectory().toString();
        if (json) {
            try (Json j = Json.pretty(root.context.out)) {
                j.stats(s, dir);
            } catch (IOException e) {
                throw new CommandFailure("cannot write output: " + e.getMessage());
            }
            root.context.out.println();
            return;
        }
        root.context.out.println("Library:    " + dir);
        root.context.out.println("Feeds:      " + s.feeds() + (s.folders() > 0 ? " in " + Text.plural(s.folders(),
                "folder", "folders") : ""));
        root.context.out.println("Articles:   " + s.articles() + " (" + s.unread() + " unread, " + s.starred()
                + " starred)");
        if (s.pendingIndex() > 0) {
            root.context.out.println("Searchable: all but " + s.pendingIndex());
        }
        root.context.out.println("On disk:    " + String.format(Locale.ROOT, "%.1f MB", s.databaseBytes() / 1e6));
    }
}

package app.dossier.cli;

import app.dossier.library.Library;
import app.dossier.model.ArticleFilter;
import app.dossier.model.ArticleHeader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "articles", mixinStandardHelpOptions = true, description = "List articles, newest first.")
final class ArticlesCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Option(names = "--feed", paramLabel = "FEED", description = "Only this subscription (id, URL or name).")
    String feed;

    @Option(names = "--unread", description = "Only unread articles.")
    boolean unread;

    @Option(names = "--starred", description = "Only starred articles.")
    boolean starred;

    @Mixin
    ListOptions options;

    @Override
    public void run() {
        Library library = root.context.library();
        Long feedId = feed == null ? null : library.feed(feed).id();
        List<ArticleHeader> list = library.articles(new ArticleFilter(feedId, unread, starred, options.limit()));
        print(root.context.out, list, options.json, "No articles.");
    }

    static void print(PrintStream out, List<ArticleHeader> list, boolean json, String none) {
        if (json) {
            try (Json j = Json.pretty(out)) {
                j.headers(list);
            } catch (IOException e) {
                throw new CommandFailure("cannot write output: " + e.getMessage());
            }
            out.println();
            return;
        }
        if (list.isEmpty()) {
            out.println(none);
            return;
        }
        for (ArticleHeader h : list) {
            String marks = (h.starred() ? "*" : " ") + (h.read() ? " " : "•");
            out.println(h.id() + " " + marks + " " + Text.date(h.date()) + "  " + Text.fit(h.feedName(), 20) + "  "
                    + Text.fit(h.title(), 60).stripTrailing());
            if (h.snippet() != null) {
                out.println("    " + h.snippet());
            }
        }
    }
}

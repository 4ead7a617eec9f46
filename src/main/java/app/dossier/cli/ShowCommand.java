package app.dossier.cli;

import app.dossier.library.LibraryException;
import app.dossier.model.Article;
import app.dossier.model.ArticleAnalysis;
import app.dossier.model.Enclosure;
import app.dossier.render.ArticleText;
import java.io.IOException;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one article as text.")
final class ShowCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Parameters(paramLabel = "ID", description = "The article's id, or enough of its first digits to be unique.")
    String id;

    @Option(names = "--json", description = "Print JSON (stored HTML and plain text).")
    boolean json;

    @Override
    public void run() {
        Article a = root.context.library().article(id);
        String text = ArticleText.of(a.body());
        PrintStream out = root.context.out;
        if (json) {
            try (Json j = Json.pretty(out)) {
                j.article(a, text);
            } catch (IOException e) {
                throw new CommandFailure("cannot write output: " + e.getMessage());
            }
            out.println();
            return;
        }
        out.println(a.title() == null ? "(untitled)" : a.title());
        out.println(a.feedName() + " · " + Text.date(a.date())
                + (a.authors().isEmpty() ? "" : " · " + String.join(", ", a.authors().stream()
                        .map(p -> p.label() == null ? "" : p.label()).toList())));
        if (a.url() != null) {
            out.println(a.url());
        }
        out.println("id " + a.id() + (a.starred() ? " · starred" : "") + (a.read() ? " · read" : " · unread"));
        out.println();
        out.println(text.isEmpty() ? "(no text)" : text);
        if (!text.isEmpty()) {
            whoSaidWhat(out);
        }
        for (Enclosure e : a.enclosures()) {
            out.println();
            out.println("Attachment: " + e.url() + (e.type() == null ? "" : " (" + e.type() + ")"));
        }
    }

    /** Quotes and key phrases under the text; the article is analysed now if it was not yet. */
    private void whoSaidWhat(PrintStream out) {
        ArticleAnalysis analysis;
        try {
            analysis = root.context.library().analysis(id);
        } catch (LibraryException e) {
            out.println();
            out.println("Who said what: not available (" + e.getMessage() + ")");
            return;
        }
        out.println();
        AnalysisText.quotes(out, analysis);
        AnalysisText.keyPhrases(out, analysis.keyPhrases());
    }
}

package app.dossier.cli;

import app.dossier.model.AttributedQuote;
import app.dossier.model.QuoteFilter;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Who said what across the library, newest article first.",
            "Only analysed articles are included: see `dossier analyze`."})
final class QuotesCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only speakers whose name contains NAME (case and accents ignored); for unnamed "
                    + "sources, their words as written (\"officials\").")
    String speaker;

    @Option(names = "--official", description = "Only officials: people and bodies speaking for a state or an "
            + "international organisation.")
    boolean official;

    @Mixin
    ListOptions list;

    @Override
    public void run() {
        List<AttributedQuote> quotes = root.context.library().quotes(new QuoteFilter(speaker, official, list.limit()));
        PrintStream out = root.context.out;
        if (list.json) {
            try (Json j = Json.pretty(out)) {
                AnalysisJson.quotes(j.generator(), quotes);
            } catch (IOException e) {
                throw new CommandFailure("cannot write output: " + e.getMessage());
            }
            out.println();
            return;
        }
        if (quotes.isEmpty()) {
            long pending = root.context.library().pendingAnalysis();
            out.println("No quotes" + (speaker != null || official ? " match." : " yet.")
                    + (pending > 0 ? " " + Text.plural(pending, "article is", "articles are")
                            + " not analysed yet: run `dossier analyze`." : ""));
            return;
        }
        for (AttributedQuote q : quotes) {
            out.println(Text.date(q.date()) + "  " + AnalysisText.speaker(q.speaker()));
            out.println("    " + AnalysisText.quote(q.kind(), q.text()));
            out.println("    in " + Text.fit(q.articleTitle() == null ? "(untitled)" : q.articleTitle(), 60).stripTrailing()
                    + " · " + q.feedName() + " · " + q.articleId());
        }
    }
}

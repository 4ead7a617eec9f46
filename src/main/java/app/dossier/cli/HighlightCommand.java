package app.dossier.cli;

import app.dossier.library.Library;
import app.dossier.model.ArticleAnalysis;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "highlight", mixinStandardHelpOptions = true,
        description = {"Who said what in text or HTML files (detected): quotes with their speakers, key phrases, "
                + "entities. Uses the library's statistics and watch list; nothing is stored.",
            "With --jsonl, one JSON object per file per line (offsets are UTF-16 code units into \"text\")."})
final class HighlightCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    DossierCommand root;

    @Option(names = "--jsonl", description = "One JSON object per file per line.")
    boolean jsonl;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text or HTML files; - reads standard input.")
    List<String> files;

    @Override
    public Integer call() {
        PrintStream out = root.context.out;
        Library library = root.context.library();
        int failed = 0;
        boolean first = true;
        for (String file : files) {
            String input;
            try {
                input = InputText.read(file, System.in);
            } catch (CommandFailure e) {
                root.context.err.println("dossier: " + file + ": " + e.getMessage());
                failed++;
                continue;
            }
            ArticleAnalysis a = library.highlight(input);
            String partial = Library.partialAnalysisNote(input);
            if (partial != null) {
                root.context.err.println("dossier: " + file + ": " + partial);
            }
            // Plain text is given back unchanged (the analysis reads at most its first 400,000
            // characters, so its text may be a prefix); HTML gives the text extracted from it.
            String text = Library.looksLikeHtml(input) ? a.text() : input;
            if (jsonl) {
                try (Json j = Json.compact(out)) {
                    AnalysisJson.analysis(j.generator(), file, text, a);
                } catch (IOException e) {
                    throw new CommandFailure("cannot write output: " + e.getMessage());
                }
                out.println();
            } else {
                if (!first) {
                    out.println();
                }
                out.println("== " + ("-".equals(file) ? "standard input" : file) + " ==");
                AnalysisText.print(out, a, true);
            }
            out.flush();
            first = false;
        }
        return failed > 0 ? Cli.FAILURE : Cli.OK;
    }
}

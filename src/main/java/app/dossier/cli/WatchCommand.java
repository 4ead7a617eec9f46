package app.dossier.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dossier watch [add TERM | remove TERM | list]}: terms always highlighted as key phrases. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Terms always highlighted among an article's key phrases. Without a subcommand, lists them.",
        subcommands = {WatchCommand.Add.class, WatchCommand.Remove.class, WatchCommand.ListTerms.class})
final class WatchCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Override
    public void run() {
        List<String> terms = root.context.library().watchTerms();
        if (terms.isEmpty()) {
            root.context.out.println("The watch list is empty. Add a term with: dossier watch add TERM");
            return;
        }
        terms.forEach(root.context.out::println);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Watch a term (a word or a phrase).")
    static final class Add implements Runnable {
        @ParentCommand
        WatchCommand watch;

        @Parameters(paramLabel = "TERM", arity = "1..*", description = "The term; several words make one phrase.")
        List<String> words;

        @Override
        public void run() {
            String term = String.join(" ", words);
            boolean added = watch.root.context.library().watch(term);
            watch.root.context.out.println((added ? "Watching: " : "Already watching: ") + term.strip());
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop watching a term.")
    static final class Remove implements Runnable {
        @ParentCommand
        WatchCommand watch;

        @Parameters(paramLabel = "TERM", arity = "1..*", description = "The term as watched (or a variant of it).")
        List<String> words;

        @Override
        public void run() {
            String term = String.join(" ", words);
            if (!watch.root.context.library().unwatch(term)) {
                throw new CommandFailure("'" + term.strip() + "' is not on the watch list");
            }
            watch.root.context.out.println("No longer watching: " + term.strip());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watched terms.")
    static final class ListTerms implements Runnable {
        @ParentCommand
        WatchCommand watch;

        @Override
        public void run() {
            watch.run();
        }
    }
}

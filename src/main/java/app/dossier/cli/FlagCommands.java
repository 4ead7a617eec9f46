package app.dossier.cli;

import app.dossier.library.Library;
import app.dossier.model.Article;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code star}, {@code unstar}, {@code read}, {@code unread}: set one flag of an article. */
final class FlagCommands {

    private FlagCommands() {
    }

    abstract static class Flag implements Runnable {
        @ParentCommand
        DossierCommand root;

        @Parameters(paramLabel = "ID", description = "The article's id, or enough of its first digits to be unique.")
        String id;

        abstract BiFunction<Library, String, Article> action();

        abstract String done();

        @Override
        public void run() {
            Article a = action().apply(root.context.library(), id);
            root.context.out.println(done() + ": " + a.id() + " " + (a.title() == null ? "(untitled)" : a.title()));
        }
    }

    @Command(name = "star", mixinStandardHelpOptions = true, description = "Star an article.")
    static final class Star extends Flag {
        @Override
        BiFunction<Library, String, Article> action() {
            return (l, i) -> l.setStarred(i, true);
        }

        @Override
        String done() {
            return "Starred";
        }
    }

    @Command(name = "unstar", mixinStandardHelpOptions = true, description = "Remove an article's star.")
    static final class Unstar extends Flag {
        @Override
        BiFunction<Library, String, Article> action() {
            return (l, i) -> l.setStarred(i, false);
        }

        @Override
        String done() {
            return "Unstarred";
        }
    }

    @Command(name = "read", mixinStandardHelpOptions = true, description = "Mark an article read.")
    static final class Read extends Flag {
        @Override
        BiFunction<Library, String, Article> action() {
            return (l, i) -> l.setRead(i, true);
        }

        @Override
        String done() {
            return "Marked read";
        }
    }

    @Command(name = "unread", mixinStandardHelpOptions = true, description = "Mark an article unread.")
    static final class Unread extends Flag {
        @Override
        BiFunction<Library, String, Article> action() {
            return (l, i) -> l.setRead(i, false);
        }

        @Override
        String done() {
            return "Marked unread";
        }
    }
}

package app.dossier.cli;

import app.dossier.library.ImportResult;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-opml", mixinStandardHelpOptions = true, description = "Import subscriptions and folders from an OPML file.")
final class ImportOpmlCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Parameters(paramLabel = "FILE", description = "An OPML 1.0 or 2.0 file.")
    Path file;

    @Override
    public void run() {
        ImportResult r = root.context.library().importOpml(file);
        root.context.out.println("Imported " + Text.plural(r.feedsAdded(), "feed", "feeds") + " and "
                + Text.plural(r.foldersAdded(), "folder", "folders")
                + (r.feedsAlreadyPresent() > 0 ? "; " + r.feedsAlreadyPresent() + " already subscribed" : ""));
    }
}

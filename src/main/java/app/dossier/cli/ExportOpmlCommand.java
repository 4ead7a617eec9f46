package app.dossier.cli;

import app.dossier.library.LibraryException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export-opml", mixinStandardHelpOptions = true, description = "Export subscriptions and folders as OPML 2.0 (to FILE or stdout).")
final class ExportOpmlCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write; standard output if absent.")
    Path file;

    @Override
    public void run() {
        if (file == null) {
            root.context.library().exportOpml(root.context.out);
            root.context.out.flush();
            return;
        }
        // Write beside the target and move into place, so a failure never leaves half a file.
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".dossier-export", ".opml");
            try (OutputStream out = Files.newOutputStream(temp)) {
                root.context.library().exportOpml(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            root.context.out.println("Wrote " + target);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + file + ": " + LibraryException.describe(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // best effort: the temporary file is hidden and harmless
                }
            }
        }
    }
}

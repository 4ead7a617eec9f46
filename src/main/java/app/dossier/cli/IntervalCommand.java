package app.dossier.cli;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "interval", mixinStandardHelpOptions = true,
        description = "Set how often a feed is checked: MINUTES (at least 15) or 'default' (60 minutes).")
final class IntervalCommand implements Runnable {

    @ParentCommand
    DossierCommand root;

    @Parameters(index = "0", paramLabel = "FEED", description = "The feed's id, URL or name.")
    String feed;

    @Parameters(index = "1", paramLabel = "MINUTES", description = "Minutes between checks, or 'default'.")
    String minutes;

    @Override
    public void run() {
        Duration interval = null;
        if (!minutes.equalsIgnoreCase("default")) {
            try {
                interval = Duration.ofMinutes(Long.parseLong(minutes.strip()));
            } catch (NumberFormatException e) {
                throw new CommandFailure("'" + minutes + "' is not a number of minutes (or 'default')");
            }
        }
        var f = root.context.library().setInterval(feed, interval);
        root.context.out.println(f.name() + ": checked every " + (interval == null ? "60 minutes (the default)"
                : interval.toMinutes() + " minutes"));
    }
}

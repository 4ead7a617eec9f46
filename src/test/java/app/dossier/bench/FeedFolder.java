package app.dossier.bench;

import app.dossier.feed.FeedParseException;
import app.dossier.feed.FeedParser;
import app.dossier.model.ParsedItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The items of every feed file in a folder (the generated benchmark feeds, say), in file-name order. */
public final class FeedFolder {

    private FeedFolder() {
    }

    public static List<ParsedItem> items(Path folder) throws IOException, FeedParseException {
        FeedParser parser = new FeedParser();
        List<ParsedItem> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                out.addAll(parser.parse(f).items());
            }
        }
        return out;
    }
}

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
        for (Path f : files(folder)) {
            out.addAll(parser.parse(f).items());
        }
        return out;
    }

    /** The bytes of every feed file in the folder, in file-name order. */
    public static List<byte[]> documents(Path folder) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path f : files(folder)) {
            out.add(Files.readAllBytes(f));
        }
        return out;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }
}

package app.dossier.feed;

import app.dossier.model.Enclosure;
import app.dossier.model.FeedFormat;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Interim parser: ROME only. */
public final class FeedParser {

    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

    public ParsedFeed parse(Path file) throws FeedParseException, IOException {
        if (Files.size(file) > MAX_DOCUMENT_BYTES) {
            throw new FeedParseException(FeedParseException.Reason.TOO_LARGE, "document is larger than the 20 MB limit");
        }
        return parse(Files.readAllBytes(file), file.toUri().toString(), null);
    }

    public ParsedFeed parse(byte[] document, String documentUrl, String contentType) throws FeedParseException {
        if (document.length == 0) {
            throw new FeedParseException(FeedParseException.Reason.EMPTY, "the document is empty");
        }
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(true);
            SyndFeed f = input.build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(document)));
            List<ParsedItem> items = new ArrayList<>();
            for (SyndEntry e : f.getEntries()) {
                List<Person> authors = new ArrayList<>();
                if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
                    authors.add(new Person(e.getAuthor(), null, null));
                }
                List<Enclosure> enclosures = new ArrayList<>();
                e.getEnclosures().forEach(x -> enclosures.add(new Enclosure(x.getUrl(), x.getType(), x.getLength())));
                String content = e.getContents().isEmpty() ? null : ((SyndContent) e.getContents().get(0)).getValue();
                items.add(new ParsedItem(e.getUri(), e.getTitle(), e.getLink(),
                        e.getPublishedDate() == null ? null : e.getPublishedDate().toInstant(),
                        e.getUpdatedDate() == null ? null : e.getUpdatedDate().toInstant(), authors,
                        e.getDescription() == null ? null : e.getDescription().getValue(), content,
                        e.getCategories().stream().map(c -> c.getName()).toList(), enclosures));
            }
            FeedFormat format = f.getFeedType().startsWith("atom") ? FeedFormat.ATOM_10 : FeedFormat.RSS_20;
            return new ParsedFeed(format, f.getTitle(), f.getLink(), f.getDescription(), f.getLanguage(),
                    f.getPublishedDate() == null ? null : f.getPublishedDate().toInstant(), null, null, items);
        } catch (Exception e) {
            throw new FeedParseException(FeedParseException.Reason.MALFORMED, "not a readable feed");
        }
    }
}

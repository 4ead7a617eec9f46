package app.dossier.feed;

import app.dossier.model.FeedFormat;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The second opinion: ROME 2.1.0 reads a document the streaming parser refused, and this adapter
 * maps its result into the model, so no ROME type leaves the package. ROME is used in its safe
 * configuration (DOCTYPEs refused, no external entities); the DOCTYPE is removed beforehand, as the
 * streaming parser has already judged it. Stateless; any thread (a new ROME input per call).
 */
final class RomeFeedReader {

    private RomeFeedReader() {
    }

    /** The feed ROME reads, or {@code null} when ROME cannot read it either. */
    static ParsedFeed read(String text, String base) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(true);
            feed = input.build(new StringReader(XmlRepair.withoutDoctype(text)));
        } catch (FeedException | RuntimeException e) {
            return null; // ROME's exceptions (including its NullPointerExceptions) all mean "no"
        }
        FeedBuilder b = new FeedBuilder(format(feed.getFeedType()));
        b.title = HtmlText.toText(feed.getTitle());
        b.link = UrlResolver.resolve(base, feed.getLink());
        b.description = feed.getDescription();
        b.language = feed.getLanguage();
        b.updated = instant(feed.getPublishedDate());
        b.imageUrl = feed.getImage() == null ? null : UrlResolver.resolve(base, feed.getImage().getUrl());
        for (SyndEntry e : feed.getEntries()) {
            b.items.add(item(e, base));
        }
        return b.build();
    }

    private static ParsedItem item(SyndEntry e, String base) {
        ItemBuilder b = new ItemBuilder();
        b.guid = e.getUri();
        b.title = HtmlText.toText(e.getTitle());
        b.link = UrlResolver.resolve(base, e.getLink());
        b.published = instant(e.getPublishedDate());
        b.updated = instant(e.getUpdatedDate());
        for (SyndPerson p : e.getAuthors()) {
            b.author(PersonText.of(p.getName(), p.getEmail(), p.getUri()));
        }
        if (b.authors.isEmpty()) {
            b.author(PersonText.parse(e.getAuthor()));
        }
        b.summary = html(e.getDescription());
        List<SyndContent> contents = e.getContents();
        b.content = contents.isEmpty() ? null : html(contents.get(0));
        for (SyndCategory c : e.getCategories()) {
            b.category(c.getName());
        }
        for (SyndEnclosure en : e.getEnclosures()) {
            b.enclosure(UrlResolver.resolve(base, en.getUrl()), en.getType(),
                    en.getLength() > 0 ? String.valueOf(en.getLength()) : null);
        }
        return b.build();
    }

    private static String html(SyndContent c) {
        if (c == null || c.getValue() == null || c.getValue().isBlank()) {
            return null;
        }
        String type = c.getType();
        boolean plain = type != null && (type.equals("text") || type.equals("text/plain"));
        return plain ? HtmlText.escape(c.getValue()) : c.getValue();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static FeedFormat format(String type) {
        if (type == null) {
            return FeedFormat.RSS;
        }
        return switch (type) {
            case "rss_0.9" -> FeedFormat.RSS_090;
            case "rss_0.91N", "rss_0.91U" -> FeedFormat.RSS_091;
            case "rss_0.92" -> FeedFormat.RSS_092;
            case "rss_0.93" -> FeedFormat.RSS_093;
            case "rss_0.94" -> FeedFormat.RSS_094;
            case "rss_1.0" -> FeedFormat.RSS_10;
            case "rss_2.0" -> FeedFormat.RSS_20;
            case "atom_0.3" -> FeedFormat.ATOM_03;
            case "atom_1.0" -> FeedFormat.ATOM_10;
            default -> type.startsWith("atom") ? FeedFormat.ATOM : FeedFormat.RSS;
        };
    }
}

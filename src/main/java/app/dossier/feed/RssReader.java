package app.dossier.feed;

import app.dossier.model.FeedFormat;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * Maps RSS 0.90–0.94, 1.0 (RDF) and 2.0 into a {@link FeedBuilder}, with the usual extensions
 * (Dublin Core, content, syndication, iTunes, Atom links, Media RSS). Tolerant by design: RSS
 * elements are recognised with no namespace, an RSS namespace, or whatever default namespace the
 * root declares; a missing {@code <channel>} is the same as one; items may sit in the channel or
 * beside it (RSS 1.0). One instance per document; not thread-safe.
 */
final class RssReader {

    private final XmlCursor c;
    private final String rootUri;
    private final FeedBuilder feed;

    private RssReader(XmlCursor c, FeedFormat format) {
        this.c = c;
        this.rootUri = c.namespaceUri();
        this.feed = new FeedBuilder(format);
    }

    /** Reads the document whose root ({@code rss}, {@code rdf:RDF}, {@code channel}) is current. */
    static FeedBuilder read(XmlCursor c) throws XMLStreamException {
        RssReader reader = new RssReader(c, formatOf(c));
        reader.readChannel();
        return reader.feed;
    }

    private static FeedFormat formatOf(XmlCursor c) {
        if (!"rss".equalsIgnoreCase(c.localName())) {
            return FeedFormat.RSS_10;
        }
        String v = c.attr("version");
        if (v == null) {
            return FeedFormat.RSS;
        }
        v = v.strip();
        if (v.startsWith("2")) {
            return FeedFormat.RSS_20;
        }
        if (v.startsWith("0.91")) {
            return FeedFormat.RSS_091;
        }
        return switch (v) {
            case "0.90", "0.9" -> FeedFormat.RSS_090;
            case "0.92" -> FeedFormat.RSS_092;
            case "0.93" -> FeedFormat.RSS_093;
            case "0.94" -> FeedFormat.RSS_094;
            case "1.0" -> FeedFormat.RSS_10;
            default -> FeedFormat.RSS;
        };
    }

    private boolean core(Namespace ns) {
        if (ns == Namespace.RSS_090) {
            if (feed.format == FeedFormat.RSS_10) {
                feed.format = FeedFormat.RSS_090;
            }
            return true;
        }
        return ns == Namespace.NONE || ns == Namespace.RSS_10
                || (ns == Namespace.OTHER && c.namespaceUri().equals(rootUri));
    }

    /**
     * The channel's fields and its items. Reads the root, so a missing {@code <channel>} costs
     * nothing; fields count as the channel's when they sit directly in the root or in a channel,
     * while items are taken wherever they are (a recovered document may nest them in a stray
     * element).
     */
    private void readChannel() throws XMLStreamException {
        int d = c.depth();
        int channelFields = d + 1;
        while (c.nextDescendant(d)) {
            String name = c.localName();
            Namespace ns = c.namespace();
            boolean coreElement = core(ns);
            if (coreElement && isChannel(name)) {
                channelFields = c.depth() + 1;
            } else if (coreElement && name.equalsIgnoreCase("item")) {
                feed.items.add(RssItemReader.read(c, this::core));
            } else if (c.depth() != d + 1 && c.depth() != channelFields) {
                continue;
            } else if (coreElement) {
                readCoreChannelElement(name);
            } else {
                readExtensionChannelElement(ns, name);
            }
        }
    }

    /** Leaves an unknown element unread, so that items a broken document nested in it are found. */
    private static void descend() {
        // nothing to read here; readChannel walks on into the element
    }

    private static boolean isChannel(String name) {
        return name.equalsIgnoreCase("channel");
    }

    private void readCoreChannelElement(String elementName) throws XMLStreamException {
        String name = elementName.toLowerCase(Locale.ROOT);
        switch (name) {
            case "title" -> {
                String t = c.text();
                feed.title = feed.title == null ? t : feed.title;
            }
            case "link" -> {
                String l = c.resolve(c.text());
                feed.link = feed.link == null ? l : feed.link;
            }
            case "description" -> {
                String t = c.markup(false);
                feed.description = feed.description == null ? t : feed.description;
            }
            case "language" -> feed.language = c.text();
            case "lastbuilddate", "pubdate" -> {
                var date = DateParser.parse(c.text());
                if (feed.updated == null || (date != null && name.equals("lastbuilddate"))) {
                    feed.updated = date == null ? feed.updated : date;
                }
            }
            case "image" -> readImage();
            case "ttl" -> feed.ttl(c.text());
            case "textinput", "items", "cloud", "skiphours", "skipdays" -> c.skip();
            default -> descend();
        }
    }

    private void readExtensionChannelElement(Namespace ns, String name) throws XMLStreamException {
        switch (ns) {
            case DC -> {
                switch (name) {
                    case "date" -> feed.updated = feed.updated == null ? DateParser.parse(c.text()) : feed.updated;
                    case "language" -> feed.language = feed.language == null ? c.text() : feed.language;
                    case "title" -> feed.title = feed.title == null ? c.text() : feed.title;
                    default -> descend();
                }
            }
            case SYNDICATION -> {
                switch (name) {
                    case "updatePeriod" -> feed.updatePeriod = c.text();
                    case "updateFrequency" -> feed.updateFrequency = c.text();
                    default -> descend();
                }
            }
            case ITUNES -> {
                switch (name) {
                    case "image" -> {
                        String href = c.resolve(c.attr("href"));
                        feed.imageUrl = feed.imageUrl == null ? href : feed.imageUrl;
                    }
                    case "summary", "subtitle" -> {
                        String t = HtmlText.escape(c.text());
                        feed.description = feed.description == null ? t : feed.description;
                    }
                    default -> descend();
                }
            }
            case DCTERMS -> {
                if (name.equals("modified") || name.equals("issued")) {
                    feed.updated = feed.updated == null ? DateParser.parse(c.text()) : feed.updated;
                }
            }
            case ATOM -> {
                if (name.equals("updated")) {
                    feed.updated = feed.updated == null ? DateParser.parse(c.text()) : feed.updated;
                } else if (name.equals("link") && "alternate".equals(c.attr("rel"))) {
                    String href = c.resolve(c.attr("href"));
                    feed.link = feed.link == null ? href : feed.link;
                    c.skip();
                } else {
                    c.skip();
                }
            }
            default -> descend();
        }
    }

    private void readImage() throws XMLStreamException {
        String url = c.resolve(c.attr("resource"));
        int d = c.depth();
        while (c.nextChild(d)) {
            if (c.localName().equals("url") && core(c.namespace())) {
                url = c.resolve(c.text());
            }
        }
        feed.imageUrl = feed.imageUrl == null ? url : feed.imageUrl;
    }
}

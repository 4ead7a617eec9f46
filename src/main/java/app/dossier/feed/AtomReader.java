package app.dossier.feed;

import app.dossier.model.FeedFormat;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import javax.xml.stream.XMLStreamException;

/**
 * Maps Atom 1.0 and 0.3 documents (a {@code <feed>} or a lone {@code <entry>}) into a
 * {@link FeedBuilder}. Atom elements are recognised in either Atom namespace, in none, or in the
 * root's default namespace; links without {@code href} are ignored. One instance per document;
 * not thread-safe.
 */
final class AtomReader {

    private final XmlCursor c;
    private final String rootUri;
    private final FeedBuilder feed;

    private AtomReader(XmlCursor c, FeedFormat format) {
        this.c = c;
        this.rootUri = c.namespaceUri();
        this.feed = new FeedBuilder(format);
    }

    /** Reads the document whose root ({@code feed} or {@code entry}) is current. */
    static FeedBuilder read(XmlCursor c) throws XMLStreamException {
        Namespace ns = c.namespace();
        FeedFormat format = ns == Namespace.ATOM ? FeedFormat.ATOM_10
                : ns == Namespace.ATOM_03 || "0.3".equals(c.attr("version")) ? FeedFormat.ATOM_03
                : FeedFormat.ATOM;
        AtomReader reader = new AtomReader(c, format);
        reader.feed.language = c.lang();
        if (c.localName().equals("entry")) {
            reader.feed.items.add(reader.readEntry());
        } else {
            reader.readFeed();
        }
        return reader.feed;
    }

    private boolean core(Namespace ns) {
        return ns == Namespace.ATOM || ns == Namespace.ATOM_03 || ns == Namespace.NONE
                || (ns == Namespace.OTHER && c.namespaceUri().equals(rootUri));
    }

    private void readFeed() throws XMLStreamException {
        int d = c.depth();
        while (c.nextChild(d)) {
            Namespace ns = c.namespace();
            if (!core(ns)) {
                if (ns == Namespace.DC && c.localName().equals("language")) {
                    feed.language = feed.language == null ? c.text() : feed.language;
                } else {
                    c.skip();
                }
                continue;
            }
            switch (c.localName()) {
                case "entry", "item" -> feed.items.add(readEntry());
                case "title" -> {
                    String t = AtomText.read(c).plain();
                    feed.title = feed.title == null ? t : feed.title;
                }
                case "subtitle", "tagline" -> {
                    String t = AtomText.read(c).html();
                    feed.description = feed.description == null ? t : feed.description;
                }
                case "link" -> {
                    String href = alternateLink();
                    feed.link = feed.link == null ? href : feed.link;
                }
                case "updated", "modified" -> {
                    var date = DateParser.parse(c.text());
                    feed.updated = feed.updated == null ? date : feed.updated;
                }
                case "logo" -> feed.imageUrl = c.resolve(c.text());
                case "icon" -> {
                    String icon = c.resolve(c.text());
                    feed.imageUrl = feed.imageUrl == null ? icon : feed.imageUrl;
                }
                default -> c.skip();
            }
        }
    }

    /** The href of a {@code rel="alternate"} (or rel-less) link, resolved; {@code null} otherwise. */
    private String alternateLink() throws XMLStreamException {
        String rel = c.attr("rel");
        String href = rel == null || rel.strip().equals("alternate") ? c.resolve(c.attr("href")) : null;
        c.skip();
        return href;
    }

    private ParsedItem readEntry() throws XMLStreamException {
        ItemBuilder item = new ItemBuilder();
        java.time.Instant created = null;
        int d = c.depth();
        while (c.nextChild(d)) {
            Namespace ns = c.namespace();
            String name = c.localName();
            if (ns == Namespace.DC) {
                switch (name) {
                    case "subject" -> item.category(c.text());
                    case "creator" -> item.author(PersonText.parse(c.text()));
                    case "date" -> item.published = item.published == null ? DateParser.parse(c.text()) : item.published;
                    default -> c.skip();
                }
                continue;
            }
            if (!core(ns)) {
                c.skip();
                continue;
            }
            switch (name) {
                case "id" -> item.guid = item.guid == null ? c.text() : item.guid;
                case "title" -> {
                    String t = AtomText.read(c).plain();
                    item.title = item.title == null ? t : item.title;
                }
                case "link" -> readEntryLink(item);
                case "published", "updated" -> {
                    // Atom 1.0 names win over the 0.3 names whatever the order.
                    var date = DateParser.parse(c.text());
                    if (date != null && name.equals("published")) {
                        item.published = date;
                    } else if (date != null) {
                        item.updated = date;
                    }
                }
                case "issued" -> {
                    var date = DateParser.parse(c.text());
                    item.published = item.published == null ? date : item.published;
                }
                case "modified" -> {
                    var date = DateParser.parse(c.text());
                    item.updated = item.updated == null ? date : item.updated;
                }
                case "created" -> created = DateParser.parse(c.text());
                case "author" -> item.author(readPerson(c));
                case "summary" -> {
                    String base = c.base();
                    String html = c.links().resolve(AtomText.read(c).html(), base);
                    item.summary = item.summary == null ? html : item.summary;
                }
                case "content" -> {
                    String base = c.base();
                    String html = null;
                    if (c.attr("src") != null) {
                        c.skip();
                    } else {
                        html = c.links().resolve(AtomText.read(c).html(), base);
                    }
                    item.content = item.content == null ? html : item.content;
                }
                case "category" -> {
                    String term = c.attr("term");
                    String label = c.attr("label");
                    String text = c.text();
                    item.category(term != null && !term.isBlank() ? term : label != null ? label : text);
                }
                default -> c.skip();
            }
        }
        if (item.published == null) {
            item.published = created;
        }
        return item.build();
    }

    /** A link; Atom 0.3 feeds sometimes write the address as the element's text instead of href. */
    private void readEntryLink(ItemBuilder item) throws XMLStreamException {
        String rel = c.attr("rel");
        rel = rel == null ? "alternate" : rel.strip();
        String type = c.attr("type");
        String length = c.attr("length");
        String href = c.attr("href");
        String base = c.base();
        if (href == null) {
            href = c.text();
        } else {
            c.skip();
        }
        href = UrlResolver.resolve(base, href);
        if (href != null) {
            if (rel.equals("alternate")) {
                item.link = item.link == null ? href : item.link;
            } else if (rel.equals("enclosure")) {
                item.enclosure(href, type, length);
            }
        }
    }

    /** An Atom person construct (name, email, uri; 0.3 url/homepage). */
    static Person readPerson(XmlCursor c) throws XMLStreamException {
        String name = null;
        String email = null;
        String uri = null;
        int d = c.depth();
        while (c.nextChild(d)) {
            switch (c.localName()) {
                case "name" -> name = c.text();
                case "email" -> email = c.text();
                case "uri", "url", "homepage" -> uri = c.resolve(c.text());
                default -> c.skip();
            }
        }
        return PersonText.of(name, email, uri);
    }
}

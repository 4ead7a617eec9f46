package app.dossier.feed;

import app.dossier.model.ParsedItem;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;

/**
 * Maps one RSS {@code <item>} (any version) and the extension elements found in items: content,
 * Dublin Core, DC terms, Atom, iTunes, Media RSS and XHTML bodies. One instance per item; not
 * thread-safe.
 */
final class RssItemReader {

    private final XmlCursor c;
    private final Predicate<Namespace> core;
    private final ItemBuilder item = new ItemBuilder();
    private final ItemBuilder media = new ItemBuilder();
    private String mediaTitle;

    private RssItemReader(XmlCursor c, Predicate<Namespace> core) {
        this.c = c;
        this.core = core;
    }

    /** Reads the current {@code <item>}; {@code core} says which namespaces count as RSS itself. */
    static ParsedItem read(XmlCursor c, Predicate<Namespace> core) throws XMLStreamException {
        RssItemReader reader = new RssItemReader(c, core);
        String about = c.attr("about");
        reader.readItem();
        ItemBuilder item = reader.item;
        if (item.guid == null && about != null && !about.isBlank()) {
            item.guid = about.strip();
        }
        if (item.title == null) {
            item.title = reader.mediaTitle;
        }
        if (item.enclosures.isEmpty()) {
            item.enclosures.addAll(reader.media.enclosures);
        }
        return item.build();
    }

    private void readItem() throws XMLStreamException {
        int d = c.depth();
        while (c.nextChild(d)) {
            String name = c.localName();
            Namespace ns = c.namespace();
            if (core.test(ns)) {
                readCore(name);
            } else {
                switch (ns) {
                    case CONTENT -> readContentModule(name);
                    case DC, DCTERMS -> readDublinCore(name);
                    case ATOM -> readAtom(name);
                    case ITUNES -> readItunes(name);
                    case MEDIA -> readMedia(name);
                    case XHTML -> {
                        if (name.equals("body") || name.equals("div")) {
                            String html = c.linkedMarkup(true);
                            item.content = item.content == null ? html : item.content;
                        } else {
                            c.skip();
                        }
                    }
                    default -> c.skip();
                }
            }
        }
    }

    private void readCore(String name) throws XMLStreamException {
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "title" -> {
                String t = c.text();
                item.title = item.title == null ? t : item.title;
            }
            case "link" -> {
                String l = c.resolve(c.text());
                item.link = item.link == null ? l : item.link;
            }
            case "description" -> {
                String html = c.linkedMarkup(false);
                item.summary = item.summary == null ? html : item.summary;
            }
            case "guid" -> {
                boolean permaLink = !"false".equalsIgnoreCase(String.valueOf(c.attr("isPermaLink")).strip());
                String g = c.text();
                if (item.guid == null && g != null) {
                    item.guid = g;
                    item.guidIsLink = permaLink;
                }
            }
            case "fullitem", "body" -> {
                String html = c.linkedMarkup(false);
                item.content = item.content == null ? html : item.content;
            }
            case "pubdate" -> item.published = item.published == null ? DateParser.parse(c.text()) : item.published;
            case "author" -> item.author(PersonText.parse(c.text()));
            case "category" -> item.category(c.text());
            case "enclosure" -> {
                item.enclosure(c.resolve(c.attr("url")), c.attr("type"), c.attr("length"));
                c.skip();
            }
            default -> c.skip();
        }
    }

    private void readContentModule(String name) throws XMLStreamException {
        if (name.equals("encoded")) {
            String html = c.linkedMarkup(false);
            item.content = item.content == null ? html : item.content;
        } else {
            c.skip();
        }
    }

    private void readDublinCore(String name) throws XMLStreamException {
        switch (name) {
            case "date", "issued", "created" -> {
                var date = DateParser.parse(c.text());
                item.published = item.published == null ? date : item.published;
            }
            case "modified" -> item.updated = item.updated == null ? DateParser.parse(c.text()) : item.updated;
            case "creator", "author", "contributor" -> item.author(PersonText.parse(c.text()));
            case "subject" -> item.category(c.text());
            case "title" -> item.title = item.title == null ? c.text() : item.title;
            case "description" -> {
                String html = c.markup(false);
                item.summary = item.summary == null ? html : item.summary;
            }
            case "identifier" -> item.guid = item.guid == null ? c.text() : item.guid;
            default -> c.skip();
        }
    }

    private void readAtom(String name) throws XMLStreamException {
        switch (name) {
            case "link" -> {
                String rel = c.attr("rel");
                String href = c.resolve(c.attr("href"));
                if (rel == null || rel.equals("alternate")) {
                    item.link = item.link == null ? href : item.link;
                } else if (rel.equals("enclosure")) {
                    item.enclosure(href, c.attr("type"), c.attr("length"));
                }
                c.skip();
            }
            case "updated" -> item.updated = item.updated == null ? DateParser.parse(c.text()) : item.updated;
            case "published" -> item.published = item.published == null ? DateParser.parse(c.text()) : item.published;
            case "id" -> item.guid = item.guid == null ? c.text() : item.guid;
            case "author" -> item.author(AtomReader.readPerson(c));
            default -> c.skip();
        }
    }

    private void readItunes(String name) throws XMLStreamException {
        switch (name) {
            case "author" -> item.author(PersonText.parse(c.text()));
            case "summary" -> {
                String html = HtmlText.escape(c.text());
                item.summary = item.summary == null ? html : item.summary;
            }
            default -> c.skip();
        }
    }

    private void readMedia(String name) throws XMLStreamException {
        if (name.equals("title")) {
            String t = c.text();
            mediaTitle = mediaTitle == null ? t : mediaTitle;
        } else if (name.equals("description") && item.summary == null) {
            item.summary = HtmlText.escape(c.text());
        } else if (name.equals("content")) {
            media.enclosure(c.resolve(c.attr("url")), c.attr("type"), c.attr("fileSize"));
            c.skip();
        } else if (name.equals("group")) {
            int d = c.depth();
            while (c.nextChild(d)) {
                if (c.namespace() == Namespace.MEDIA) {
                    readMedia(c.localName());
                }
            }
        } else {
            c.skip();
        }
    }
}

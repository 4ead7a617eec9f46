package app.dossier.feed;

import app.dossier.feed.FeedParseException.Reason;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One streaming pass over an XML document: finds the root, refuses unsafe DOCTYPEs, and hands the
 * document to the RSS or Atom reader. Throws {@link XMLStreamException} for markup it cannot read
 * (the caller may repair and retry) and {@link FeedParseException} for a final verdict (unsafe, an
 * HTML page, XML that is no feed). Stateless; any thread.
 */
final class XmlFeedReader {

    private static final Pattern EXTERNAL_ENTITY = Pattern.compile(
            "<!ENTITY\\s+[^%\\s>][^\\s>]*\\s+(?:SYSTEM|PUBLIC)\\b");

    private XmlFeedReader() {
    }

    static FeedBuilder read(String text, String base) throws XMLStreamException, FeedParseException {
        XMLStreamReader in = SafeXmlInput.open(new StringReader(text));
        try {
            XmlCursor c = new XmlCursor(in, base);
            String doctype = c.toRoot();
            if (doctype == null) {
                throw new FeedParseException(Reason.NOT_A_FEED, "not a feed: the document has no root element");
            }
            if (EXTERNAL_ENTITY.matcher(doctype).find()) {
                throw new FeedParseException(Reason.UNSAFE,
                        "refused: the document declares an external entity (a known attack)");
            }
            String root = c.localName();
            switch (root.toLowerCase(Locale.ROOT)) {
                case "rss", "rdf", "channel" -> {
                    return RssReader.read(c);
                }
                case "feed", "entry" -> {
                    return AtomReader.read(c);
                }
                case "html", "xhtml", "head", "body" -> throw new FeedParseException(Reason.HTML_PAGE,
                        "not a feed: an HTML page");
                default -> throw new FeedParseException(Reason.NOT_A_FEED,
                        "not a feed: an XML document whose root element is <" + root + ">");
            }
        } finally {
            in.close();
        }
    }

    /** Whether a parse error means the document attacked the parser, not just that it is broken. */
    static boolean isUnsafe(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("JAXP0001") || m.contains("external entity refused");
    }
}

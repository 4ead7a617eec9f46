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
        return read(SafeXmlInput.open(new StringReader(text)), base, false);
    }

    /**
     * The fast road: UTF-8 bytes without a DOCTYPE handed to the parser undecoded, first to the
     * faster parser that knows no entities; a document it cannot read goes to Woodstox, whose
     * error, if it has one too, is the one reported.
     */
    static FeedBuilder readUtf8(byte[] bytes, int offset, String base) throws XMLStreamException, FeedParseException {
        try {
            return read(SafeXmlInput.openPlainUtf8(bytes, offset), base, true);
        } catch (XMLStreamException | RuntimeException plainFailed) {
            return read(SafeXmlInput.openUtf8(bytes, offset), base, false);
        }
    }

    /**
     * Reads a document; {@code plain}: with the parser that knows no DTDs, which must give up on
     * a DOCTYPE (one the caller's check of the prolog missed) so that Woodstox's rules apply to it.
     */
    static FeedBuilder read(XMLStreamReader in, String base, boolean plain)
            throws XMLStreamException, FeedParseException {
        try {
            XmlCursor c = new XmlCursor(in, base);
            String doctype = c.toRoot();
            if (doctype == null) {
                throw new FeedParseException(Reason.NOT_A_FEED, "not a feed: the document has no root element");
            }
            if (plain && !doctype.isEmpty()) {
                throw new XMLStreamException("a DOCTYPE: left to the parser that reads DTDs");
            }
            refuseExternalEntities(doctype);
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

    /**
     * Refuses a DOCTYPE that declares an external general entity, also one hidden in the value of
     * a parameter entity: its only use in a feed is to read local files or probe the network.
     * External parameter entities alone (old RSS 1.0 feeds pull in the XHTML entity sets that way)
     * are allowed, as they are never loaded.
     */
    static void refuseExternalEntities(String doctype) throws FeedParseException {
        if (EXTERNAL_ENTITY.matcher(doctype).find()) {
            throw new FeedParseException(Reason.UNSAFE,
                    "refused: the document declares an external entity (a known attack)");
        }
    }

    /** The DOCTYPE declaration of a document (with its internal subset), or "" when it has none. */
    static String doctypeOf(String text) {
        // A DOCTYPE comes before the root element, so only the prolog is searched.
        int limit = Math.min(text.length(), 65_536);
        for (int i = text.indexOf("<!"); i >= 0 && i < limit; i = text.indexOf("<!", i + 2)) {
            if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                return text.substring(i, XmlRepair.endOfDoctype(text, i));
            }
            if (!text.startsWith("<!--", i)) {
                break; // CDATA or other markup: past the prolog
            }
        }
        return "";
    }

    /** Whether a parse error means the document attacked the parser, not just that it is broken. */
    static boolean isUnsafe(XMLStreamException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        // The parser's own limits ("... limit (n) exceeded") and our resolver's refusal.
        return (m.contains("limit") && m.contains("exceed")) || m.contains("external entity refused");
    }
}

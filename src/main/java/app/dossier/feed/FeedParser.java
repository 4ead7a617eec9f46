package app.dossier.feed;

import app.dossier.feed.FeedParseException.Reason;
import app.dossier.model.ParsedFeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;

/**
 * Reads any feed document (RSS 0.90–2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) into a {@link ParsedFeed}.
 * The package's door for parsing. The road a document takes:
 * <ol>
 * <li>size and charset (BOM, HTTP charset, XML declaration, legacy guess), then a sniff that sends
 *     binary data, HTML pages and JSON their own way;</li>
 * <li>the streaming StAX reader ({@link XmlFeedReader}), safe against entity bombs and external
 *     entities;</li>
 * <li>if the markup is broken: one repair pass ({@link XmlRepair}) and the streaming reader again;</li>
 * <li>then ROME as a second opinion ({@link RomeFeedReader});</li>
 * <li>then jsoup's forgiving XML parser ({@link LenientXmlRecovery}) and the streaming reader.</li>
 * </ol>
 * Every failure is a {@link FeedParseException} with a one-line message. Thread-safe and
 * stateless: one instance may be shared by all fetch threads.
 */
public final class FeedParser {

    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

    /** A parse result and the reader that produced it. */
    record Traced(ParsedFeed feed, ParseRoute route) {
    }

    public FeedParser() {
        // stateless
    }

    /**
     * @param document    the bytes as received
     * @param documentUrl where the bytes came from (base for relative links; may be a file: URI or null)
     * @param contentType the HTTP Content-Type header value or null (its charset matters)
     */
    public ParsedFeed parse(byte[] document, String documentUrl, String contentType) throws FeedParseException {
        return parseTraced(document, documentUrl, contentType).feed();
    }

    /** Reads a local file (refusing files over the limit before reading them), base = the file's URI. */
    public ParsedFeed parse(Path file) throws FeedParseException, IOException {
        if (Files.size(file) > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        return parse(Files.readAllBytes(file), file.toUri().toString(), null);
    }

    Traced parseTraced(byte[] document, String documentUrl, String contentType) throws FeedParseException {
        if (document == null || document.length == 0) {
            throw new FeedParseException(Reason.EMPTY, "empty document");
        }
        if (document.length > MAX_DOCUMENT_BYTES) {
            throw tooLarge();
        }
        String text = CharsetDetector.decode(document, contentType).text();
        switch (DocumentKind.of(document, text)) {
            case BLANK -> throw new FeedParseException(Reason.EMPTY, "empty document (only whitespace)");
            case NOT_TEXT -> throw new FeedParseException(Reason.NOT_TEXT,
                    "not a feed: binary data or text that is neither XML nor JSON");
            case HTML -> throw new FeedParseException(Reason.HTML_PAGE, "not a feed: an HTML page");
            case JSON -> {
                return new Traced(JsonFeedReader.read(text, documentUrl), ParseRoute.JSON);
            }
            default -> {
                return parseMarkup(text, documentUrl);
            }
        }
    }

    private static Traced parseMarkup(String document, String base) throws FeedParseException {
        // Whitespace before the XML declaration is the commonest breakage; dropping it costs nothing.
        String text = document.charAt(0) == '<' ? document : document.stripLeading();
        XmlFeedReader.refuseExternalEntities(XmlFeedReader.doctypeOf(text));
        XMLStreamException first;
        try {
            return new Traced(XmlFeedReader.read(text, base).build(), ParseRoute.STREAMING);
        } catch (XMLStreamException e) {
            refuseIfUnsafe(e);
            first = e;
        }
        String repaired = XmlRepair.repair(text);
        try {
            return new Traced(XmlFeedReader.read(repaired, base).build(), ParseRoute.REPAIRED);
        } catch (XMLStreamException e) {
            refuseIfUnsafe(e);
        }
        ParsedFeed rome = RomeFeedReader.read(repaired, base);
        if (rome != null) {
            return new Traced(rome, ParseRoute.ROME);
        }
        try {
            String recovered = XmlRepair.declarePrefixes(LenientXmlRecovery.recover(repaired));
            return new Traced(XmlFeedReader.read(recovered, base).build(), ParseRoute.LENIENT);
        } catch (XMLStreamException e) {
            refuseIfUnsafe(e);
        } catch (FeedParseException e) {
            if (e.reason() != Reason.NOT_A_FEED) {
                throw e;
            }
        }
        throw malformed(first);
    }

    private static void refuseIfUnsafe(XMLStreamException e) throws FeedParseException {
        if (XmlFeedReader.isUnsafe(e)) {
            throw new FeedParseException(Reason.UNSAFE,
                    "refused: the document expands too many entities (a known attack)", e);
        }
    }

    private static FeedParseException malformed(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int m = message.indexOf("Message: ");
        String reason = (m >= 0 ? message.substring(m + 9) : message).replaceAll("\\s+", " ").strip();
        if (reason.length() > 160) {
            reason = reason.substring(0, 157) + "...";
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        return new FeedParseException(Reason.MALFORMED, "not well-formed XML" + where + ": " + reason, e);
    }

    private static FeedParseException tooLarge() {
        return new FeedParseException(Reason.TOO_LARGE,
                "document is larger than the " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB limit");
    }
}

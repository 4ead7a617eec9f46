package app.dossier.feed;

import app.dossier.feed.FeedParseException.Reason;
import app.dossier.model.ParsedFeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /** How much of a document is decoded to decide what it is. */
    private static final int SNIFF_BYTES = 4096;

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
        CharsetDetector.Detected encoding = CharsetDetector.detect(document, contentType);
        String head = encoding.head(document, SNIFF_BYTES);
        switch (DocumentKind.of(document, head)) {
            case BLANK -> {
                if (encoding.decode(document).isBlank()) {
                    throw new FeedParseException(Reason.EMPTY, "empty document (only whitespace)");
                }
                return parseMarkup(document, encoding, documentUrl);
            }
            case NOT_TEXT -> throw new FeedParseException(Reason.NOT_TEXT,
                    "not a feed: binary data or text that is neither XML nor JSON");
            case HTML -> throw new FeedParseException(Reason.HTML_PAGE, "not a feed: an HTML page");
            case JSON -> {
                return new Traced(JsonFeedReader.read(encoding.decode(document), documentUrl), ParseRoute.JSON);
            }
            default -> {
                return parseMarkup(document, encoding, documentUrl);
            }
        }
    }

    private static Traced parseMarkup(byte[] document, CharsetDetector.Detected encoding, String base)
            throws FeedParseException {
        String text = null;
        String prolog = encoding.head(document, SNIFF_BYTES);
        if (!XmlFeedReader.doctypeOf(prolog).isEmpty()) {
            text = encoding.decode(document); // a DOCTYPE may run past the sniffed head
            XmlFeedReader.refuseExternalEntities(XmlFeedReader.doctypeOf(text.stripLeading()));
        }
        XMLStreamException first;
        try {
            FeedBuilder feed;
            if (text == null && encoding.charset().equals(StandardCharsets.UTF_8)) {
                feed = XmlFeedReader.readUtf8(document, skipWhitespace(document, encoding.offset()), base);
            } else {
                text = text == null ? encoding.decode(document) : text;
                feed = XmlFeedReader.read(text.stripLeading(), base);
            }
            return new Traced(feed.build(), ParseRoute.STREAMING);
        } catch (XMLStreamException e) {
            refuseIfUnsafe(e);
            first = e;
        }
        text = text == null ? encoding.decode(document) : text;
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

    /** Whitespace before the XML declaration is the commonest breakage; skipping it costs nothing. */
    private static int skipWhitespace(byte[] b, int offset) {
        int i = offset;
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static void refuseIfUnsafe(XMLStreamException e) throws FeedParseException {
        if (XmlFeedReader.isUnsafe(e)) {
            String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            String what = m.contains("external") ? "refers to an external entity"
                    : m.contains("entit") ? "expands too many entities"
                    : m.contains("depth") ? "nests elements too deeply"
                    : "expands to more text than any feed holds";
            throw new FeedParseException(Reason.UNSAFE, "refused: the document " + what + " (a known attack)", e);
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

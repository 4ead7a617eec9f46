package app.dossier.feed;

import java.util.Arrays;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;

/**
 * A forward-only walk over a StAX reader that keeps what the feed readers need and StAX does not:
 * the element depth, the {@code xml:base} in force at each depth, and an element's content either
 * as text or as markup (HTML written inline, XHTML content). Undeclared HTML entities that StAX
 * reports as references ({@code &nbsp;} in a document with a DOCTYPE) are resolved here.
 * One instance per document; not thread-safe.
 */
final class XmlCursor {

    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "param", "source", "track", "wbr");

    /** Elements nested deeper than this are refused, whichever parser reads the document. */
    static final int MAX_DEPTH = 1000;

    private final XMLStreamReader in;
    private final StringBuilder buffer = new StringBuilder(256);
    private String[] bases = new String[32];
    private boolean[] voidStack = new boolean[16];
    private int depth;
    private final ContentLinks links = new ContentLinks();
    private boolean sawElements;
    private String lastUri;
    private Namespace lastNamespace = Namespace.NONE;

    XmlCursor(XMLStreamReader in, String documentBase) {
        this.in = in;
        this.bases[0] = documentBase;
    }

    /** Resolves links inside HTML content; remembers this document's repeated references. */
    ContentLinks links() {
        return links;
    }

    /** Depth of the current element: 1 for the root. */
    int depth() {
        return depth;
    }

    /**
     * Moves to the next child element of the element at {@code parentDepth}, skipping anything
     * deeper. Returns {@code false} once that element has ended.
     */
    boolean nextChild(int parentDepth) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                if (depth == parentDepth + 1) {
                    return true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth < parentDepth) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Moves to the next element anywhere below the element at {@code ancestorDepth}. Returns
     * {@code false} once that element has ended.
     */
    boolean nextDescendant(int ancestorDepth) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                return true;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth < ancestorDepth) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Moves to the root element; returns the DOCTYPE text seen on the way (or {@code null}). */
    String toRoot() throws XMLStreamException {
        String doctype = null;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.DTD) {
                doctype = in.getText();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                return doctype == null ? "" : doctype;
            }
        }
        return null;
    }

    private void enter() throws XMLStreamException {
        depth++;
        if (depth > MAX_DEPTH) {
            throw tooDeep();
        }
        if (depth >= bases.length) {
            bases = Arrays.copyOf(bases, bases.length * 2);
        }
        String parent = bases[depth - 1];
        String declared = in.getAttributeCount() == 0 ? null
                : in.getAttributeValue(XMLConstants.XML_NS_URI, "base");
        bases[depth] = declared == null ? parent : UrlResolver.resolve(parent, declared);
    }

    String localName() {
        return in.getLocalName();
    }

    Namespace namespace() {
        String uri = in.getNamespaceURI();
        if (uri != lastUri) {
            lastUri = uri;
            lastNamespace = Namespace.of(uri);
        }
        return lastNamespace;
    }

    /** The element's namespace URI as written, "" for none. */
    String namespaceUri() {
        String uri = in.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    /** An attribute by local name, whatever its namespace; {@code null} when absent. */
    String attr(String localName) {
        // Not getAttributeValue(null, name): parsers differ on whether null means "any namespace".
        for (int i = 0, n = in.getAttributeCount(); i < n; i++) {
            if (localName.equals(in.getAttributeLocalName(i))) {
                return in.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The attribute {@code xml:lang} of the current element, or {@code null}. */
    String lang() {
        return in.getAttributeCount() == 0 ? null : in.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    }

    /** The base URI in force for the current element. */
    String base() {
        return bases[depth];
    }

    /** A link attribute or text made absolute against the current base. */
    String resolve(String link) {
        return UrlResolver.resolve(bases[depth], link);
    }

    /** The element's text content, trimmed; {@code null} when blank. Ends on the element's end tag. */
    String text() throws XMLStreamException {
        String raw = rawText();
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    /** The element's text content as written (child tags dropped, their text kept). */
    String rawText() throws XMLStreamException {
        // Text is coalesced, so an element without children usually has one piece of text: that
        // piece is taken as the parser's string, and only a second piece starts the buffer.
        String only = null;
        boolean buffered = false;
        int level = 0;
        while (true) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!buffered && only == null) {
                        only = in.getText();
                    } else {
                        if (!buffered) {
                            buffered = startBuffer(only);
                        }
                        buffer.append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (!buffered) {
                        buffered = startBuffer(only);
                    }
                    buffer.append(entity());
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++level + depth > MAX_DEPTH) {
                        throw tooDeep();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (level == 0) {
                        depth--;
                        return buffered ? buffer.toString() : only == null ? "" : only;
                    }
                    level--;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of document");
                default -> {
                    // comments and processing instructions are not content
                }
            }
        }
    }

    /** Starts the text buffer with the text read so far; always true. */
    private boolean startBuffer(String soFar) {
        buffer.setLength(0);
        if (soFar != null) {
            buffer.append(soFar);
        }
        return true;
    }

    /**
     * The element's content with child elements written back as markup, as HTML inline in RSS or
     * Atom XHTML content needs. With {@code escapeText} the text is escaped (XHTML content, whose
     * text is text); without it the text is kept as it is (RSS, whose text is already HTML).
     * Trimmed; {@code null} when blank.
     */
    String markup(boolean escapeText) throws XMLStreamException {
        return markup(escapeText, false);
    }

    /**
     * {@link #markup}, its relative links made absolute against the base in force where the element
     * is ({@link ContentLinks}). HTML that comes as one piece of text, as RSS's nearly always does,
     * is resolved from the parser's characters: no string is made of it before the final one.
     */
    String linkedMarkup(boolean escapeText) throws XMLStreamException {
        return markup(escapeText, true);
    }

    private String markup(boolean escapeText, boolean resolveLinks) throws XMLStreamException {
        StringBuilder out = buffer;
        out.setLength(0);
        sawElements = false;
        boolean[] isVoid = voidStack;
        int level = 0;
        // As in rawText: text kept as it is and in one piece (RSS HTML, escaped or in CDATA) is
        // taken as the parser's string; anything more starts the buffer.
        // With links to resolve, that piece is copied out of the parser's buffer instead
        // (onlyChars characters of the links' scratch buffer), and made a string once resolved.
        String only = null;
        int onlyChars = -1;
        boolean buffered = escapeText;
        while (true) {
            int event = in.next();
            if (!buffered && (only != null || onlyChars >= 0) && event != XMLStreamConstants.END_ELEMENT
                    && event != XMLStreamConstants.COMMENT && event != XMLStreamConstants.PROCESSING_INSTRUCTION) {
                buffered = startBuffer(only);
                if (onlyChars >= 0) {
                    out.append(links.scratch(0), 0, onlyChars);
                }
            }
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (escapeText) {
                        escapeInto(out, in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                    } else if (!buffered && only == null && onlyChars < 0) {
                        if (resolveLinks) {
                            onlyChars = in.getTextLength();
                            System.arraycopy(in.getTextCharacters(), in.getTextStart(), links.scratch(onlyChars), 0,
                                    onlyChars);
                        } else {
                            only = in.getText();
                        }
                    } else {
                        out.append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    buffered = true;
                    String e = entity();
                    if (escapeText) {
                        escapeInto(out, e.toCharArray(), 0, e.length());
                    } else {
                        out.append(e);
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    buffered = true;
                    if (++level + depth > MAX_DEPTH) {
                        throw tooDeep();
                    }
                    sawElements = true;
                    if (level >= isVoid.length) {
                        isVoid = Arrays.copyOf(isVoid, isVoid.length * 2);
                        voidStack = isVoid;
                    }
                    String name = qualifiedName();
                    isVoid[level] = VOID_ELEMENTS.contains(name);
                    out.append('<').append(name);
                    for (int i = 0; i < in.getNamespaceCount(); i++) {
                        String uri = in.getNamespaceURI(i);
                        if (uri != null && Namespace.of(uri) != Namespace.XHTML) {
                            // SVG, MathML: the namespace is what makes them render, so it stays.
                            String prefix = in.getNamespacePrefix(i);
                            out.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                                    .append("=\"");
                            escapeInto(out, uri.toCharArray(), 0, uri.length());
                            out.append('"');
                        }
                    }
                    for (int i = 0; i < in.getAttributeCount(); i++) {
                        String prefix = in.getAttributePrefix(i);
                        out.append(' ');
                        if (prefix != null && !prefix.isEmpty()) {
                            out.append(prefix).append(':');
                        }
                        out.append(in.getAttributeLocalName(i)).append("=\"");
                        String v = in.getAttributeValue(i);
                        escapeInto(out, v.toCharArray(), 0, v.length());
                        out.append('"');
                    }
                    out.append(isVoid[level] ? " />" : ">");
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (level == 0) {
                        depth--;
                        if (!buffered && onlyChars >= 0) {
                            return resolvedText(links.scratch(0), onlyChars);
                        }
                        String html = buffered ? out.toString().strip() : only == null ? "" : only.strip();
                        if (html.isEmpty()) {
                            return null;
                        }
                        return resolveLinks ? links.resolve(html, base()) : html;
                    }
                    if (!isVoid[level]) {
                        out.append("</").append(qualifiedName()).append('>');
                    }
                    level--;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of document");
                default -> {
                    // comments and processing instructions are dropped
                }
            }
        }
    }

    /** The first {@code n} characters of {@code chars}, trimmed and with links resolved; null when blank. */
    private String resolvedText(char[] chars, int n) {
        int from = 0;
        int to = n;
        while (from < to && Character.isWhitespace(chars[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(chars[to - 1])) {
            to--;
        }
        return from == to ? null : links.resolve(chars, from, to, base(), null);
    }

    /** Whether the last {@link #markup} call met child elements (markup), not only text. */
    boolean sawElements() {
        return sawElements;
    }

    /** The parsers' own message for it, so that the refusal reads the same whichever parser met it. */
    private XMLStreamException tooDeep() {
        return new XMLStreamException("element depth limit (" + MAX_DEPTH + ") exceeded", in.getLocation());
    }

    /** Skips the rest of the current element. */
    void skip() throws XMLStreamException {
        int target = depth - 1;
        while (depth > target && in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++depth > MAX_DEPTH) {
                    throw tooDeep();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String qualifiedName() {
        String prefix = in.getPrefix();
        String local = in.getLocalName();
        if (prefix == null || prefix.isEmpty() || Namespace.of(in.getNamespaceURI()) == Namespace.XHTML) {
            return local;
        }
        return prefix + ':' + local;
    }

    private String entity() {
        String name = in.getLocalName();
        String html = Entities.getByName(name);
        if (!html.isEmpty()) {
            return html;
        }
        String declared = in.getText();
        return declared == null || declared.isEmpty() ? "&" + name + ";" : declared;
    }

    private static void escapeInto(StringBuilder out, char[] chars, int start, int length) {
        int end = start + length;
        int run = start;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            String r = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : null;
            if (r != null) {
                out.append(chars, run, i - run).append(r);
                run = i + 1;
            }
        }
        out.append(chars, run, end - run);
    }
}

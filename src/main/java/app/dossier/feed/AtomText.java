package app.dossier.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * An Atom text construct (title, subtitle, summary, content, rights) read according to its
 * {@code type} (1.0: text, html, xhtml; 0.3: a MIME type) and its 0.3 {@code mode} (xml, escaped,
 * base64). Immutable; any thread.
 *
 * @param value  the text or HTML, {@code null} when absent
 * @param isHtml whether {@code value} is HTML
 */
record AtomText(String value, boolean isHtml) {

    /** Reads the current element; ends on its end tag. */
    static AtomText read(XmlCursor c) throws XMLStreamException {
        String type = lower(c.attr("type"));
        String mode = lower(c.attr("mode"));
        if ("base64".equals(mode) || isBinaryType(type)) {
            String raw = c.rawText();
            String decoded;
            try {
                decoded = new String(Base64.getMimeDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = raw;
            }
            return new AtomText(blankToNull(decoded), type != null && type.contains("html"));
        }
        if ("xhtml".equals(type)) {
            return new AtomText(unwrapDiv(c.markup(true)), true);
        }
        if ("application/xhtml+xml".equals(type)) {
            return new AtomText(c.markup(true), true); // Atom 0.3: no wrapper to remove
        }
        if (type != null && type.contains("html")) {
            String html = c.markup(false);
            // Escaped HTML wrapped in an XHTML div (a blogging platform's habit): the div is packaging.
            return new AtomText(c.sawElements() ? unwrapDiv(html) : html, true);
        }
        // Text; undeclared inline markup in it (seen in Atom 0.3) is kept as the HTML it is.
        String markup = c.markup(true);
        if (c.sawElements()) {
            return new AtomText(markup, true);
        }
        return new AtomText(markup == null ? null : org.jsoup.parser.Parser.unescapeEntities(markup, false), false);
    }

    /** RFC 4287 §4.1.3.3: a MIME type that is neither XML nor text means base64 content. */
    private static boolean isBinaryType(String type) {
        return type != null && type.indexOf('/') > 0 && !type.startsWith("text/") && !type.endsWith("+xml")
                && !type.endsWith("/xml") && !type.contains("html");
    }

    /** The value as HTML (text escaped), or {@code null}. */
    String html() {
        return isHtml ? value : HtmlText.escape(value);
    }

    /** The value as plain text (HTML reduced to what it shows), or {@code null}. */
    String plain() {
        if (value == null) {
            return null;
        }
        String t = isHtml ? HtmlText.toText(value) : value.strip();
        return t.isEmpty() ? null : t;
    }

    /** XHTML content comes wrapped in one {@code <div>} that is not part of it (RFC 4287 §3.1.1.3). */
    private static String unwrapDiv(String markup) {
        if (markup == null || !markup.startsWith("<div") || !markup.endsWith("</div>")) {
            return markup;
        }
        int open = markup.indexOf('>');
        if (open < 0 || markup.charAt(open - 1) == '/') {
            return markup;
        }
        String inner = markup.substring(open + 1, markup.length() - "</div>".length()).strip();
        return inner.isEmpty() ? null : inner;
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

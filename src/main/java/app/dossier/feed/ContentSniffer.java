package app.dossier.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a feed from an HTML page by looking at the first bytes of a body, because servers often
 * mislabel both (feeds served as {@code text/html}, pages as {@code text/xml}). The content type
 * only decides when the markup says nothing. Pure; any thread.
 */
final class ContentSniffer {

    /** What a body looks like. */
    enum Kind {
        ATOM, RSS, JSON_FEED, HTML, OTHER;

        boolean isFeed() {
            return this == ATOM || this == RSS || this == JSON_FEED;
        }
    }

    private static final int LOOK_AT = 4096;

    private ContentSniffer() {
    }

    static Kind sniff(byte[] body, String contentType) {
        String text = head(body).toLowerCase(Locale.ROOT);
        boolean htmlType = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        boolean htmlDoctype = false;
        int i = 0;
        while (true) {
            i = skipSpace(text, i);
            if (text.startsWith("<?", i)) {
                i = after(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = after(text, i, "-->");
            } else if (text.startsWith("<!doctype", i)) {
                int end = after(text, i, ">");
                htmlDoctype = text.substring(i, Math.min(end, text.length())).contains("html");
                i = end;
            } else {
                break;
            }
            if (i >= text.length()) {
                return htmlDoctype || htmlType ? Kind.HTML : Kind.OTHER;
            }
        }
        if (text.startsWith("{", i)) {
            return text.contains("jsonfeed.org/version") ? Kind.JSON_FEED : Kind.OTHER;
        }
        if (!text.startsWith("<", i)) {
            return Kind.OTHER;
        }
        return switch (elementName(text, i + 1)) {
            case "feed" -> Kind.ATOM;
            case "rss", "rdf", "channel" -> Kind.RSS;
            case "html" -> Kind.HTML;
            default -> htmlDoctype || htmlType ? Kind.HTML : Kind.OTHER;
        };
    }

    /** The first bytes as text: UTF-16 when a byte order mark says so, else byte-per-char. */
    private static String head(byte[] body) {
        int n = Math.min(body.length, LOOK_AT);
        if (n >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
            return new String(body, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
            return new String(body, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        int start = n >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(body, start, n - start, StandardCharsets.ISO_8859_1);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static int after(String s, int from, String end) {
        int at = s.indexOf(end, from);
        return at < 0 ? s.length() : at + end.length();
    }

    /** The local name of the element starting at {@code i} ({@code rdf:RDF} gives {@code rdf}). */
    private static String elementName(String s, int i) {
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>'
                && s.charAt(end) != '/') {
            end++;
        }
        String name = s.substring(i, end);
        return name.substring(name.indexOf(':') + 1);
    }
}

package app.dossier.library;

import app.dossier.store.IndexEntry;
import app.dossier.store.IndexSource;
import java.util.Map;

/**
 * The plain text an article is searched by, made from its stored HTML in one pass: tags dropped
 * (with the contents of {@code script}, {@code style} and comments), entities decoded, whitespace
 * collapsed. It is deliberately simpler than the reading pane's rendering and than the analysis
 * text, because the index only needs the words, and it runs over every stored article — a refresh
 * can bring 150 MB of HTML.
 */
final class SearchText {

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("bdquo", "„"),
            Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("euro", "€"), Map.entry("pound", "£"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("aacute", "á"), Map.entry("agrave", "à"),
            Map.entry("uuml", "ü"), Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("szlig", "ß"),
            Map.entry("ccedil", "ç"), Map.entry("ntilde", "ñ"), Map.entry("oacute", "ó"), Map.entry("iacute", "í"),
            Map.entry("uacute", "ú"), Map.entry("shy", ""), Map.entry("zwnj", ""), Map.entry("zwj", ""));

    private SearchText() {
    }

    static IndexEntry of(IndexSource source) {
        String body = source.content() != null && !source.content().isBlank() ? source.content() : source.summary();
        return new IndexEntry(source.id(), source.title(), source.authors(), text(body));
    }

    static String text(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        int n = html.length();
        StringBuilder out = new StringBuilder(n);
        boolean space = true;
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = skipMarkup(html, i);
                if (end > i) {
                    if (!space && !isInline(html, i + 1)) {
                        out.append(' ');
                        space = true;
                    }
                    i = end;
                    continue;
                }
            } else if (c == '&') {
                int semi = html.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 12) {
                    String decoded = decode(html, i + 1, semi);
                    if (decoded != null) {
                        for (int k = 0; k < decoded.length(); k++) {
                            space = append(out, decoded.charAt(k), space);
                        }
                        i = semi + 1;
                        continue;
                    }
                }
            }
            space = append(out, c, space);
            i++;
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    private static boolean append(StringBuilder out, char c, boolean space) {
        if (Character.isWhitespace(c) || c == '\u00a0') {
            if (!space) {
                out.append(' ');
            }
            return true;
        }
        out.append(c);
        return false;
    }

    /** The index after the markup starting at {@code i} (a tag, comment, or script/style element), or {@code i}. */
    private static int skipMarkup(String html, int i) {
        int n = html.length();
        if (i + 1 >= n) {
            return i;
        }
        char next = html.charAt(i + 1);
        if (html.startsWith("<!--", i)) {
            int end = html.indexOf("-->", i + 4);
            return end < 0 ? n : end + 3;
        }
        if (!(Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
            return i; // a lone '<' in text
        }
        int close = html.indexOf('>', i + 1);
        if (close < 0) {
            return n;
        }
        if (startsWithTag(html, i + 1, "script") || startsWithTag(html, i + 1, "style")) {
            String name = startsWithTag(html, i + 1, "script") ? "</script" : "</style";
            int end = indexOfIgnoreCase(html, name, close + 1);
            if (end < 0) {
                return n;
            }
            int gt = html.indexOf('>', end);
            return gt < 0 ? n : gt + 1;
        }
        return close + 1;
    }

    /** Inline elements do not separate words: {@code <b>cease</b>fire} is one word. */
    private static boolean isInline(String html, int at) {
        int i = at < html.length() && html.charAt(at) == '/' ? at + 1 : at;
        for (String tag : INLINE) {
            if (startsWithTag(html, i, tag)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] INLINE = {"b", "i", "a", "em", "strong", "span", "u", "s", "sup", "sub", "small",
        "mark", "abbr", "cite", "code", "q", "font", "strike", "ins", "del", "time", "bdi", "bdo", "wbr"};

    private static boolean startsWithTag(String html, int at, String name) {
        int end = at + name.length();
        if (end > html.length() || !html.regionMatches(true, at, name, 0, name.length())) {
            return false;
        }
        return end == html.length() || !Character.isLetterOrDigit(html.charAt(end));
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String decode(String html, int from, int to) {
        if (html.charAt(from) == '#') {
            try {
                int cp = html.charAt(from + 1) == 'x' || html.charAt(from + 1) == 'X'
                        ? Integer.parseInt(html, from + 2, to, 16) : Integer.parseInt(html, from + 1, to, 10);
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : " ";
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return null;
            }
        }
        return ENTITIES.get(html.substring(from, to));
    }
}

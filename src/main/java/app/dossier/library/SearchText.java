package app.dossier.library;

import app.dossier.store.IndexEntry;
import app.dossier.store.IndexSource;
import java.util.Map;

/**
 * The plain text an article is searched by, made from its stored HTML in one pass: tags dropped
 * (with the contents of {@code script}, {@code style} and comments) and entities decoded. It is deliberately simpler than the reading pane's rendering and than the analysis
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
        return IndexEntry.of(source.rowid(), source.id(), source.title(), source.authors(), text(body));
    }

    static String text(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        int n = html.length();
        int nextTag = html.indexOf('<');
        int nextEntity = html.indexOf('&');
        if (nextTag < 0 && nextEntity < 0) {
            return html;
        }
        // Runs of text are copied whole; only markup and entities are looked at closely. The
        // index's tokenizer ignores extra spaces, so whitespace is left as it is.
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            if (nextTag >= 0 && nextTag < i) {
                nextTag = html.indexOf('<', i);
            }
            if (nextEntity >= 0 && nextEntity < i) {
                nextEntity = html.indexOf('&', i);
            }
            int stop = nextTag < 0 ? nextEntity : nextEntity < 0 ? nextTag : Math.min(nextTag, nextEntity);
            if (stop < 0) {
                out.append(html, i, n);
                break;
            }
            out.append(html, i, stop);
            i = stop;
            if (stop == nextTag) {
                int end = skipMarkup(html, i);
                if (end > i) {
                    if (!isInline(html, i + 1)) {
                        out.append(' ');
                    }
                    i = end;
                    continue;
                }
            } else {
                int semi = html.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 12) {
                    String decoded = decode(html, i + 1, semi);
                    if (decoded != null) {
                        out.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            out.append(html.charAt(i));
            i++;
        }
        return out.toString();
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
        char first = Character.toLowerCase(next);
        if ((first == 's') && (startsWithTag(html, i + 1, "script") || startsWithTag(html, i + 1, "style"))) {
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
        int n = html.length();
        int i = at < n && html.charAt(at) == '/' ? at + 1 : at;
        int start = i;
        while (i < n && i - start < 8 && isAsciiLetterOrDigit(html.charAt(i))) {
            i++;
        }
        int len = i - start;
        if (len == 0 || len > 6 || (i < n && isAsciiLetterOrDigit(html.charAt(i)))) {
            return false;
        }
        char a = Character.toLowerCase(html.charAt(start));
        if (len == 1) {
            return a == 'b' || a == 'i' || a == 'a' || a == 'u' || a == 's' || a == 'q';
        }
        String name = html.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "em", "strong", "span", "sup", "sub", "small", "mark", "abbr", "cite", "code", "font", "strike",
                    "ins", "del", "time", "bdi", "bdo", "wbr" -> true;
            default -> false;
        };
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

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

package app.dossier.library;

import app.dossier.store.IndexEntry;
import app.dossier.store.IndexSource;
import java.util.Map;

/**
 * The plain text an article is searched by, made from its stored HTML in one pass: tags dropped
 * (with the contents of {@code script}, {@code style} and comments) and entities decoded. It is
 * deliberately simpler than the reading pane's rendering and than the analysis text, because the
 * index only needs the words, and it runs over every stored article — a refresh can bring 150 MB
 * of HTML. It scans the characters of an array once, and tells inline elements by their name
 * packed into a number, without making a string per tag.
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
        // One pass over the characters: runs of text are copied whole; only markup and entities
        // are looked at closely. The output is never longer than the input (a tag gives at most
        // one space, an entity fewer characters than it takes). The index's tokenizer ignores
        // extra spaces, so whitespace is left as it is.
        char[] in = html.toCharArray();
        int n = in.length;
        char[] out = null;
        int o = 0;
        int run = 0;
        int i = 0;
        while (i < n) {
            char c = in[i];
            if (c != '<' && c != '&') {
                i++;
                continue;
            }
            if (out == null) {
                out = new char[n];
            }
            System.arraycopy(in, run, out, o, i - run);
            o += i - run;
            if (c == '<') {
                int end = skipMarkup(in, i);
                if (end > i) {
                    if (!isInline(in, i + 1)) {
                        out[o++] = ' ';
                    }
                    i = end;
                    run = i;
                    continue;
                }
            } else {
                int semi = indexOf(in, ';', i + 1, Math.min(n, i + 13));
                if (semi > i + 1) {
                    String decoded = decode(html, i + 1, semi);
                    if (decoded != null) {
                        decoded.getChars(0, decoded.length(), out, o);
                        o += decoded.length();
                        i = semi + 1;
                        run = i;
                        continue;
                    }
                }
            }
            out[o++] = c;
            i++;
            run = i;
        }
        if (out == null) {
            return html;
        }
        System.arraycopy(in, run, out, o, n - run);
        o += n - run;
        return new String(out, 0, o);
    }

    /** The index after the markup starting at {@code i} (a tag, comment, or script/style element), or {@code i}. */
    private static int skipMarkup(char[] c, int i) {
        int n = c.length;
        if (i + 1 >= n) {
            return i;
        }
        char next = c[i + 1];
        if (next == '!' && i + 3 < n && c[i + 2] == '-' && c[i + 3] == '-') {
            int end = indexOf(c, "-->", i + 4);
            return end < 0 ? n : end + 3;
        }
        if (!(Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
            return i; // a lone '<' in text
        }
        int close = indexOf(c, '>', i + 1, n);
        if (close < 0) {
            return n;
        }
        if (Character.toLowerCase(next) == 's') {
            boolean script = startsWithTag(c, i + 1, "script");
            if (script || startsWithTag(c, i + 1, "style")) {
                int end = indexOfIgnoreCase(c, script ? "</script" : "</style", close + 1);
                if (end < 0) {
                    return n;
                }
                int gt = indexOf(c, '>', end, n);
                return gt < 0 ? n : gt + 1;
            }
        }
        return close + 1;
    }

    /** Lower-case ASCII names of the inline elements longer than one letter, packed a byte a letter. */
    private static final long[] INLINE_NAMES = packed("em", "strong", "span", "sup", "sub", "small", "mark", "abbr",
            "cite", "code", "font", "strike", "ins", "del", "time", "bdi", "bdo", "wbr");

    private static long[] packed(String... names) {
        long[] out = new long[names.length];
        for (int k = 0; k < names.length; k++) {
            for (int j = 0; j < names[k].length(); j++) {
                out[k] = out[k] << 8 | names[k].charAt(j);
            }
        }
        return out;
    }

    /** Inline elements do not separate words: {@code <b>cease</b>fire} is one word. */
    private static boolean isInline(char[] c, int at) {
        int n = c.length;
        int i = at < n && c[at] == '/' ? at + 1 : at;
        int start = i;
        while (i < n && i - start < 8 && isAsciiLetterOrDigit(c[i])) {
            i++;
        }
        int len = i - start;
        if (len == 0 || len > 6 || (i < n && isAsciiLetterOrDigit(c[i]))) {
            return false;
        }
        if (len == 1) {
            char a = asciiLower(c[start]);
            return a == 'b' || a == 'i' || a == 'a' || a == 'u' || a == 's' || a == 'q';
        }
        long name = 0;
        for (int k = start; k < i; k++) {
            name = name << 8 | asciiLower(c[k]);
        }
        for (long inline : INLINE_NAMES) {
            if (inline == name) {
                return true;
            }
        }
        return false;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static int indexOf(char[] c, char what, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] == what) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(char[] c, String what, int from) {
        char first = what.charAt(0);
        for (int i = from; i + what.length() <= c.length; i++) {
            if (c[i] == first && matches(c, i, what, false)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWithTag(char[] c, int at, String name) {
        int end = at + name.length();
        if (end > c.length || !matches(c, at, name, true)) {
            return false;
        }
        return end == c.length || !Character.isLetterOrDigit(c[end]);
    }

    private static int indexOfIgnoreCase(char[] c, String what, int from) {
        for (int i = from; i + what.length() <= c.length; i++) {
            if (matches(c, i, what, true)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code what} stands at {@code at}; ignoring case as {@link String#regionMatches(boolean, int, String, int, int)} does. */
    private static boolean matches(char[] c, int at, String what, boolean ignoreCase) {
        for (int k = 0; k < what.length(); k++) {
            char a = c[at + k];
            char b = what.charAt(k);
            if (a == b) {
                continue;
            }
            if (!ignoreCase) {
                return false;
            }
            char ua = Character.toUpperCase(a);
            char ub = Character.toUpperCase(b);
            if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
                return false;
            }
        }
        return true;
    }

    static String decode(String html, int from, int to) {
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

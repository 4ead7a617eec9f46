package app.dossier.library;

import app.dossier.store.IndexEntry;
import app.dossier.store.IndexSource;
import app.dossier.store.SearchFold;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The plain text an article is searched by, made from its stored HTML in one pass: tags dropped
 * (with the contents of {@code script}, {@code style} and comments) and entities decoded. It is
 * deliberately simpler than the reading pane's rendering and than the analysis text, because the
 * index only needs the words, and it runs over every stored article — a refresh can bring 150 MB
 * of HTML. It works on the HTML's UTF-8, which the article is packed for storage from anyway, and
 * gives UTF-8, the form the index takes: markup and entities are ASCII, and an ASCII byte never
 * occurs inside a multi-byte character, so runs of text are copied as bytes without decoding them.
 * It tells inline elements by their name packed into a number, without making a string per tag.
 */
final class SearchText {

    private static final byte[] EMPTY = new byte[0];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Text up to this many bytes is stripped in a buffer the thread keeps. */
    private static final int KEEP_BYTES = 1 << 20;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[8192]);

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

    /** An entity spans at most this many characters from its '&amp;' to its ';'. */
    private static final int MAX_ENTITY_CHARS = 12;

    private SearchText() {
    }

    static IndexEntry of(IndexSource source) {
        String body = source.content() != null && !source.content().isBlank() ? source.content() : source.summary();
        return new IndexEntry(source.rowid(), source.id(), source.title(), source.authors(),
                forIndex(IndexEntry.utf8(body)));
    }

    /**
     * The search text of HTML given as UTF-8, folded for the index ({@link SearchFold}): what an
     * {@link IndexEntry} holds. It may write into {@code html}'s array and return it.
     */
    static byte[] forIndex(byte[] html) {
        return strip(html, true);
    }

    /** The search text of HTML given as text (the same as {@link #utf8(byte[])}, decoded). */
    static String text(String html) {
        return html == null ? "" : new String(utf8(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * The search text of HTML given as UTF-8, as UTF-8; the input itself when it holds neither
     * markup nor entities (neither is ever written to).
     */
    static byte[] utf8(byte[] html) {
        return strip(html, false);
    }

    private static byte[] strip(byte[] html, boolean fold) {
        if (html == null || html.length == 0) {
            return EMPTY;
        }
        // The output is never longer than the input (a tag gives at most one space, an entity
        // fewer bytes than it takes). The index's tokenizer ignores extra spaces, so whitespace is
        // left as it is.
        byte[] in = html;
        int n = in.length;
        byte[] out = null;
        int o = 0;
        int run = 0;
        int i = 0;
        while (i < n) {
            byte c = in[i];
            if (c != '<' && c != '&') {
                i = nextSpecial(in, i + 1, n);
                continue;
            }
            if (out == null) {
                out = n <= KEEP_BYTES ? scratch(n) : new byte[n];
            }
            o = copyRun(in, run, i, out, o, fold);
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
                int semi = entityEnd(in, i);
                if (semi > i + 1) {
                    int written = decodeInto(in, i + 1, semi, out, o);
                    if (written >= 0) {
                        o = fold ? SearchFold.utf8(out, o, o + written) : o + written;
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
            if (!fold) {
                return html;
            }
            int end = SearchFold.utf8(html, 0, n);
            return end == n ? html : Arrays.copyOf(html, end);
        }
        o = copyRun(in, run, n, out, o, fold);
        return Arrays.copyOf(out, o);
    }

    /** Copies the text {@code in[from, to)} to {@code out} at {@code o}, folded or as it is; returns the end. */
    private static int copyRun(byte[] in, int from, int to, byte[] out, int o, boolean fold) {
        if (fold) {
            return SearchFold.copy(in, from, to, out, o);
        }
        System.arraycopy(in, from, out, o, to - from);
        return o + to - from;
    }

    /**
     * The first '&lt;' or '&amp;' at or after {@code from}, or {@code n}: eight bytes at a time through
     * the runs of text between tags, which are most of an article.
     */
    static int nextSpecial(byte[] b, int from, int n) {
        int i = from;
        while (i + 8 <= n) {
            long w = (long) LONGS.get(b, i);
            if ((hasZeroByte(w ^ 0x3C3C3C3C3C3C3C3CL) | hasZeroByte(w ^ 0x2626262626262626L)) != 0) {
                break;
            }
            i += 8;
        }
        while (i < n && b[i] != '<' && b[i] != '&') {
            i++;
        }
        return i;
    }

    /** Non-zero exactly when one of the eight bytes of {@code x} is zero. */
    private static long hasZeroByte(long x) {
        return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
    }

    /** The calling thread's output buffer, at least {@code size} bytes: only the text kept is allocated. */
    private static byte[] scratch(int size) {
        byte[] b = SCRATCH.get();
        if (b.length < size) {
            b = new byte[Math.max(size, Math.min(KEEP_BYTES, b.length * 2))];
            SCRATCH.set(b);
        }
        return b;
    }

    /**
     * The ';' closing an entity that starts at {@code amp}, at most {@link #MAX_ENTITY_CHARS}
     * characters on (UTF-16 characters, as the text was written), or -1.
     */
    private static int entityEnd(byte[] b, int amp) {
        int chars = 0;
        for (int i = amp + 1; i < b.length; i++) {
            int v = b[i] & 0xff;
            if (v == ';') {
                return chars < MAX_ENTITY_CHARS ? i : -1;
            }
            if (v < 0x80 || v >= 0xc0) {
                chars += v >= 0xf0 ? 2 : 1; // a four-byte character is two UTF-16 characters
                if (chars >= MAX_ENTITY_CHARS) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Writes the decoded entity named by {@code b[from, to)} at {@code out[o]}; its length, or -1 if it is none. */
    private static int decodeInto(byte[] b, int from, int to, byte[] out, int o) {
        String name;
        if (isAscii(b, from, to)) {
            name = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        } else {
            name = new String(b, from, to - from, StandardCharsets.UTF_8); // digits of other scripts
        }
        String decoded = decode(name, 0, name.length());
        if (decoded == null) {
            return -1;
        }
        if (isAscii(decoded)) {
            for (int k = 0; k < decoded.length(); k++) {
                out[o + k] = (byte) decoded.charAt(k);
            }
            return decoded.length();
        }
        byte[] utf8 = decoded.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, out, o, utf8.length);
        return utf8.length;
    }

    private static boolean isAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The index after the markup starting at {@code i} (a tag, comment, or script/style element), or {@code i}. */
    private static int skipMarkup(byte[] c, int i) {
        int n = c.length;
        if (i + 1 >= n) {
            return i;
        }
        byte next = c[i + 1];
        if (next == '!' && i + 3 < n && c[i + 2] == '-' && c[i + 3] == '-') {
            int end = indexOf(c, COMMENT_END, i + 4);
            return end < 0 ? n : end + 3;
        }
        if (!(next == '/' || next == '!' || next == '?' || isLetterAt(c, i + 1))) {
            return i; // a lone '<' in text
        }
        int close = indexOf(c, (byte) '>', i + 1, n);
        if (close < 0) {
            return n;
        }
        if (next != 's' && next != 'S') {
            return close + 1;
        }
        boolean script = isTagName(c, i + 1, SCRIPT);
        if (script || isTagName(c, i + 1, STYLE)) {
            int end = indexOfIgnoreCase(c, script ? SCRIPT_END : STYLE_END, close + 1);
            if (end < 0) {
                return n;
            }
            int gt = indexOf(c, (byte) '>', end, n);
            return gt < 0 ? n : gt + 1;
        }
        return close + 1;
    }

    private static final String SCRIPT = "script";
    private static final String STYLE = "style";
    private static final String SCRIPT_END = "</script";
    private static final String STYLE_END = "</style";
    private static final byte[] COMMENT_END = {'-', '-', '>'};

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
    private static boolean isInline(byte[] c, int at) {
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
            byte a = asciiLower(c[start]);
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

    private static byte asciiLower(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }

    private static boolean isAsciiLetterOrDigit(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static int indexOf(byte[] c, byte what, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] == what) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] c, byte[] what, int from) {
        for (int i = from; i + what.length <= c.length; i++) {
            if (c[i] == what[0] && c[i + 1] == what[1] && c[i + 2] == what[2]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the character starting at byte {@code i} is a letter, as {@link Character#isLetter(char)}
     * says of the text's UTF-16 character there (the first half of a four-byte character is none).
     */
    private static boolean isLetterAt(byte[] c, int i) {
        int v = c[i] & 0xff;
        if (v < 0x80) {
            return (v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z');
        }
        int cp = codePoint(c, i);
        return cp >= 0 && cp < 0x10000 && Character.isLetter(cp);
    }

    /** Whether the tag name {@code name} starts at {@code at}, ignoring case and not followed by a letter or digit. */
    private static boolean isTagName(byte[] c, int at, String name) {
        int end = matchIgnoreCase(c, at, name);
        if (end < 0) {
            return false;
        }
        if (end == c.length) {
            return true;
        }
        int v = c[end] & 0xff;
        if (v < 0x80) {
            return !((v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z') || (v >= '0' && v <= '9'));
        }
        int cp = codePoint(c, end);
        return !(cp >= 0 && cp < 0x10000 && Character.isLetterOrDigit(cp));
    }

    private static int indexOfIgnoreCase(byte[] c, String what, int from) {
        for (int i = from; i < c.length; i++) {
            if (matchIgnoreCase(c, i, what) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The byte after {@code what} (ASCII) when it stands at {@code at} ignoring case as
     * {@link String#regionMatches(boolean, int, String, int, int)} does: a character matches when
     * it or its upper case matches, so the long s (ſ) matches "s" and the Kelvin sign "k". Otherwise -1.
     */
    private static int matchIgnoreCase(byte[] c, int at, String what) {
        int i = at;
        for (int k = 0; k < what.length(); k++) {
            if (i >= c.length) {
                return -1;
            }
            char b = what.charAt(k);
            int v = c[i] & 0xff;
            int a;
            if (v < 0x80) {
                a = v;
                i++;
            } else {
                a = codePoint(c, i);
                if (a < 0 || a >= 0x10000) {
                    return -1; // a surrogate never matches ASCII
                }
                i += a < 0x800 ? 2 : 3;
            }
            if (a == b) {
                continue;
            }
            char ua = Character.toUpperCase((char) a);
            char ub = Character.toUpperCase(b);
            if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
                return -1;
            }
        }
        return i;
    }

    /** The code point of the well-formed UTF-8 sequence at {@code i}, or -1. */
    private static int codePoint(byte[] c, int i) {
        int v = c[i] & 0xff;
        int n = c.length;
        if (v >= 0xc0 && v < 0xe0 && i + 1 < n) {
            return (v & 0x1f) << 6 | (c[i + 1] & 0x3f);
        }
        if (v >= 0xe0 && v < 0xf0 && i + 2 < n) {
            return (v & 0x0f) << 12 | (c[i + 1] & 0x3f) << 6 | (c[i + 2] & 0x3f);
        }
        if (v >= 0xf0 && i + 3 < n) {
            return (v & 0x07) << 18 | (c[i + 1] & 0x3f) << 12 | (c[i + 2] & 0x3f) << 6 | (c[i + 3] & 0x3f);
        }
        return -1;
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

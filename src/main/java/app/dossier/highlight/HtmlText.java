package app.dossier.highlight;

import app.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extracts plain text from article HTML, keeping paragraph boundaries (a blank line between
 * blocks) and, for every text character, the HTML range it came from. Not a validating parser: it
 * never fails, whatever the input. Elements that are publisher furniture by name (nav, aside) or by
 * class (share, related, newsletter, ...) are reported as boilerplate ranges. Stateless.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "section", "article", "figure",
            "figcaption", "header", "footer", "aside", "nav", "hr", "pre", "dd", "dt", "dl", "main",
            "form", "address", "details", "summary", "caption", "td", "th", "iframe", "video", "audio");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg",
            "math", "select", "button", "head", "title", "object");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside");
    private static final String[] FURNITURE_CLASSES = {"share", "social", "related", "newsletter",
        "subscribe", "donat", "promo", "advert", "sponsor", "cookie", "paywall", "byline-tools",
        "read-more", "readmore", "tags", "comments", "signup", "sign-up"};

    record Result(String text, int[] from, int[] to, List<TextSpan> furniture) {
    }

    private final String html;
    /** The source's characters: the walk reads them one by one, cheaper from an array than a string. */
    private final char[] src;
    /** The plain text so far: {@code out[0, length)}. */
    private char[] out;
    private int length;
    private int[] from;
    private int[] to;
    private final List<TextSpan> furniture = new ArrayList<>();
    private int furnitureDepth;
    private int furnitureStart;
    private final ArrayList<String> openFurniture = new ArrayList<>();
    private boolean pendingSpace;
    private int pendingBreak; // 0 none, 1 line, 2 paragraph
    private int breakAt;

    private HtmlText(String html) {
        this.html = html;
        this.src = html.toCharArray();
        this.out = new char[html.length() + 16]; // the text is never longer than its source: no growing
        this.from = new int[out.length];
        this.to = new int[out.length];
    }

    static Result extract(String html) {
        HtmlText walker = new HtmlText(html);
        walker.walk();
        return walker.result();
    }

    private Result result() {
        int n = length;
        int[] f = java.util.Arrays.copyOf(from, n);
        int[] t = java.util.Arrays.copyOf(to, n);
        if (furnitureDepth > 0 && length > furnitureStart) {
            furniture.add(new TextSpan(furnitureStart, length));
        }
        return new Result(new String(out, 0, length), f, t, List.copyOf(furniture));
    }

    private void walk() {
        char[] s = src;
        int n = s.length;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c == '<') {
                i = tag(i);
            } else if (c == '&') {
                i = entity(i);
            } else if (pendingBreak == 0 && !pendingSpace && plain(c)) {
                // A run of visible characters with nothing pending: copied as text() would, in one go.
                int end = i + 1;
                while (end < n && plain(s[end])) {
                    end++;
                }
                int at = length;
                if (at + end - i > out.length) {
                    grow(at + end - i);
                }
                for (int k = i; k < end; k++, at++) {
                    out[at] = s[k];
                    from[at] = k;
                    to[at] = k + 1;
                }
                length = at;
                i = end;
            } else {
                text(c, i, i + 1);
                i++;
            }
        }
    }

    private int tag(int lt) {
        int n = html.length();
        if (html.startsWith("<!--", lt)) {
            int end = html.indexOf("-->", lt + 4);
            return end < 0 ? n : end + 3;
        }
        if (html.startsWith("<![CDATA[", lt)) {
            int end = html.indexOf("]]>", lt + 9);
            int stop = end < 0 ? n : end;
            for (int i = lt + 9; i < stop; i++) {
                text(html.charAt(i), i, i + 1);
            }
            return end < 0 ? n : end + 3;
        }
        int i = lt + 1;
        if (i >= n) {
            text('<', lt, lt + 1);
            return n;
        }
        boolean closing = html.charAt(i) == '/';
        if (closing) {
            i++;
        }
        char first = i < n ? html.charAt(i) : ' ';
        if (!Character.isLetter(first) && first != '!' && first != '?') {
            text('<', lt, lt + 1); // a lone '<' in text
            return lt + 1;
        }
        int nameStart = i;
        while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>'
                && html.charAt(i) != '/') {
            i++;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
        int attrStart = i;
        char quote = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
            i++;
        }
        int end = Math.min(n, i + 1);
        boolean selfClosing = i > attrStart && html.charAt(i - 1) == '/';
        if (!closing && SKIPPED.contains(name) && !selfClosing) {
            int close = indexOfIgnoreCase("</" + name, end);
            if (close < 0) {
                return n;
            }
            int gt = html.indexOf('>', close);
            return gt < 0 ? n : gt + 1;
        }
        if (BLOCKS.contains(name)) {
            requestBreak(name.equals("br") ? 1 : 2, lt);
        } else if (name.equals("img") || name.equals("td")) {
            pendingSpace = true;
        }
        trackFurniture(name, closing, selfClosing, closing ? "" : html.substring(attrStart, i));
        return end;
    }

    private void trackFurniture(String name, boolean closing, boolean selfClosing, String attrs) {
        if (selfClosing || !BLOCKS.contains(name) || name.equals("br") || name.equals("hr")) {
            return;
        }
        if (closing) {
            int last = openFurniture.lastIndexOf(name);
            if (furnitureDepth > 0 && last >= 0) {
                openFurniture.remove(last);
                if (openFurniture.isEmpty()) {
                    furnitureDepth = 0;
                    if (length > furnitureStart) {
                        furniture.add(new TextSpan(furnitureStart, length));
                    }
                }
            }
            return;
        }
        if (furnitureDepth > 0) {
            openFurniture.add(name);
            return;
        }
        if (FURNITURE_TAGS.contains(name) || isFurnitureClass(attrs)) {
            furnitureDepth = 1;
            openFurniture.add(name);
            furnitureStart = length;
        }
    }

    private static boolean isFurnitureClass(String attrs) {
        if (attrs.isEmpty()) {
            return false;
        }
        String lower = attrs.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("class");
        if (at < 0) {
            return false;
        }
        int q = at + 5;
        while (q < lower.length() && (lower.charAt(q) == '=' || lower.charAt(q) == ' ')) {
            q++;
        }
        if (q >= lower.length()) {
            return false;
        }
        char quote = lower.charAt(q);
        int endQ = quote == '"' || quote == '\'' ? lower.indexOf(quote, q + 1) : lower.indexOf(' ', q);
        String value = lower.substring(q, endQ < 0 ? lower.length() : endQ);
        for (String marker : FURNITURE_CLASSES) {
            if (value.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private int indexOfIgnoreCase(String needle, int fromIndex) {
        int max = html.length() - needle.length();
        for (int i = fromIndex; i <= max; i++) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private int entity(int amp) {
        int n = html.length();
        int i = amp + 1;
        if (i < n && html.charAt(i) == '#') {
            i++;
            boolean hex = i < n && (html.charAt(i) == 'x' || html.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int digits = i;
            int value = 0;
            while (i < n && i - digits < 8 && Character.digit(html.charAt(i), hex ? 16 : 10) >= 0) {
                value = value * (hex ? 16 : 10) + Character.digit(html.charAt(i), hex ? 16 : 10);
                i++;
            }
            if (i == digits) {
                text('&', amp, amp + 1);
                return amp + 1;
            }
            if (i < n && html.charAt(i) == ';') {
                i++;
            }
            if (value == 0 || value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
                value = 0xFFFD;
            }
            if (value == 0xA0) {
                value = ' ';
            }
            if (Character.isBmpCodePoint(value)) {
                text((char) value, amp, i);
            } else {
                text(Character.highSurrogate(value), amp, i);
                text(Character.lowSurrogate(value), amp, i);
            }
            return i;
        }
        int nameStart = i;
        while (i < n && i - nameStart < 10 && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        String name = html.substring(nameStart, i);
        Character c = NAMED.get(name);
        if (c == null) {
            text('&', amp, amp + 1);
            return amp + 1;
        }
        if (i < n && html.charAt(i) == ';') {
            i++;
        }
        text(c, amp, i);
        return i;
    }

    private void requestBreak(int kind, int at) {
        if (kind > pendingBreak) {
            pendingBreak = kind;
            breakAt = at;
        }
        pendingSpace = false;
    }

    private void text(char c, int start, int end) {
        if (c == '\u00A0' || Character.isWhitespace(c) || c == '\u200B') {
            if (length > 0 && pendingBreak == 0) {
                pendingSpace = true;
            }
            return;
        }
        if (c == '\u00AD') {
            return; // soft hyphen: invisible, and it would split words
        }
        if (length > 0) {
            if (pendingBreak > 0) {
                trimTrailingSpace();
                emit('\n', breakAt, breakAt);
                if (pendingBreak == 2) {
                    emit('\n', breakAt, breakAt);
                }
            } else if (pendingSpace) {
                emit(' ', start, start);
            }
        }
        pendingBreak = 0;
        pendingSpace = false;
        emit(c, start, end);
    }

    private void trimTrailingSpace() {
        while (length > 0 && out[length - 1] == ' ') {
            length--;
        }
    }

    /** A character {@link #text} would emit as it is: not markup, not space, not invisible. */
    private static boolean plain(char c) {
        if (c < 128) {
            return c > ' ' && c != '<' && c != '&';
        }
        return c != '\u00A0' && c != '\u200B' && c != '\u00AD' && !Character.isWhitespace(c);
    }

    private void grow(int capacity) {
        int size = Math.max(capacity, out.length * 2);
        from = java.util.Arrays.copyOf(from, size);
        to = java.util.Arrays.copyOf(to, size);
        out = java.util.Arrays.copyOf(out, size);
    }

    private void emit(char c, int start, int end) {
        int at = length;
        if (at == from.length) {
            grow(at + 1);
        }
        from[at] = start;
        to[at] = end;
        out[at] = c;
        length = at + 1;
    }

    private static final Map<String, Character> NAMED = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", ' '), Map.entry("ldquo", '\u201C'),
            Map.entry("rdquo", '\u201D'), Map.entry("lsquo", '\u2018'), Map.entry("rsquo", '\u2019'),
            Map.entry("laquo", '\u00AB'), Map.entry("raquo", '\u00BB'), Map.entry("bdquo", '\u201E'),
            Map.entry("sbquo", '\u201A'), Map.entry("lsaquo", '\u2039'), Map.entry("rsaquo", '\u203A'),
            Map.entry("mdash", '\u2014'), Map.entry("ndash", '\u2013'), Map.entry("hellip", '\u2026'),
            Map.entry("shy", '\u00AD'), Map.entry("copy", '\u00A9'), Map.entry("reg", '\u00AE'),
            Map.entry("trade", '\u2122'), Map.entry("euro", '\u20AC'), Map.entry("pound", '\u00A3'),
            Map.entry("deg", '\u00B0'), Map.entry("middot", '\u00B7'), Map.entry("bull", '\u2022'),
            Map.entry("eacute", '\u00E9'), Map.entry("egrave", '\u00E8'), Map.entry("aacute", '\u00E1'),
            Map.entry("oacute", '\u00F3'), Map.entry("iacute", '\u00ED'), Map.entry("uacute", '\u00FA'),
            Map.entry("ouml", '\u00F6'), Map.entry("uuml", '\u00FC'), Map.entry("auml", '\u00E4'),
            Map.entry("Ouml", '\u00D6'), Map.entry("Uuml", '\u00DC'), Map.entry("Auml", '\u00C4'),
            Map.entry("szlig", '\u00DF'), Map.entry("ccedil", '\u00E7'), Map.entry("ntilde", '\u00F1'),
            Map.entry("zwnj", '\u200C'), Map.entry("zwj", '\u200D'), Map.entry("thinsp", ' '),
            Map.entry("ensp", ' '), Map.entry("emsp", ' '), Map.entry("prime", '\u2032'),
            Map.entry("times", '\u00D7'), Map.entry("sect", '\u00A7'));
}

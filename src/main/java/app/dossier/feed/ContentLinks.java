package app.dossier.feed;

/**
 * Makes the relative {@code href} and {@code src} attributes inside an entry's HTML absolute against
 * the entry's base, so images and links keep working when the article is read offline and out of
 * its page. A hand-written scan rather than a regular expression: it runs over every summary and
 * content on the refresh path, and absolute references (the common case) cost one comparison.
 * Entries of one feed repeat the same relative references against the same base, so results are
 * remembered per document. One instance per document; not thread-safe.
 */
final class ContentLinks {

    private final java.util.Map<String, String> resolved = new java.util.HashMap<>();
    private String resolvedBase;
    private UrlResolver.HttpBase httpBase;
    /** Where rewritten HTML is put together, kept from one entry of the document to the next. */
    private final StringBuilder rewritten = new StringBuilder();
    /** The characters of the HTML being resolved, when it was given as a string or is still the parser's. */
    private char[] scratch = new char[1024];
    /** The replacements found in the entry being resolved: where each starts and ends, and its text. */
    private int[] editStarts = new int[8];
    private int[] editEnds = new int[8];
    private String[] editTexts = new String[8];

    /** {@code html} with relative references resolved against {@code base}; the same string without any. */
    String resolve(String html, String base) {
        if (html == null || base == null) {
            return html;
        }
        int n = html.length();
        char[] chars = scratch(n);
        html.getChars(0, n, chars, 0);
        return resolve(chars, 0, n, base, html);
    }

    /**
     * The HTML in {@code chars[from, to)} with its relative references resolved against {@code base},
     * as a string: {@code unchanged} (a string of the same text, or {@code null}) when there are none.
     * Working on the characters lets the parser's buffer be read without a string made of it first.
     */
    String resolve(char[] chars, int from, int to, String base, String unchanged) {
        int edits = base == null ? 0 : findEdits(chars, from, to, base);
        if (edits == 0) {
            return unchanged != null ? unchanged : new String(chars, from, to - from);
        }
        return rewrite(chars, from, to, edits);
    }

    /** A kept buffer of at least {@code n} characters. */
    char[] scratch(int n) {
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        return scratch;
    }

    /**
     * Notes the replacements in {@code chars[from, to)}: one pass over the '=' signs, each checked
     * for a preceding href/src attribute name (any case), so the text is scanned once however many
     * links it has. Returns how many.
     */
    private int findEdits(char[] chars, int from, int to, String base) {
        int edits = 0;
        int eq = indexOf(chars, '=', from, to);
        while (eq >= 0) {
            if (!isLinkAttribute(chars, from, eq)) {
                eq = indexOf(chars, '=', eq + 1, to);
                continue;
            }
            int j = eq + 1;
            while (j < to && chars[j] == ' ') {
                j++;
            }
            if (j >= to || (chars[j] != '"' && chars[j] != '\'')) {
                eq = indexOf(chars, '=', eq + 1, to);
                continue;
            }
            char quote = chars[j];
            int valueStart = j + 1;
            int valueEnd = indexOf(chars, quote, valueStart, to);
            if (valueEnd < 0) {
                break;
            }
            eq = indexOf(chars, '=', valueEnd + 1, to);
            if (isAbsolute(chars, valueStart, valueEnd)) {
                continue;
            }
            String value = new String(chars, valueStart, valueEnd - valueStart);
            String absolute = absolute(base, value);
            if (absolute == null || absolute.equals(value)) {
                continue;
            }
            if (edits == editStarts.length) {
                editStarts = java.util.Arrays.copyOf(editStarts, edits * 2);
                editEnds = java.util.Arrays.copyOf(editEnds, edits * 2);
                editTexts = java.util.Arrays.copyOf(editTexts, edits * 2);
            }
            editStarts[edits] = valueStart;
            editEnds[edits] = valueEnd;
            editTexts[edits] = absolute.indexOf(quote) < 0 ? absolute
                    : absolute.replace(String.valueOf(quote), quote == '"' ? "&quot;" : "&#39;");
            edits++;
        }
        return edits;
    }

    /**
     * {@code chars[from, to)} with its first {@code edits} noted replacements made, put together in
     * a string builder kept for the document, so only the string made of it is allocated.
     */
    private String rewrite(char[] chars, int from, int to, int edits) {
        long length = to - from;
        for (int e = 0; e < edits; e++) {
            length += editTexts[e].length() - (editEnds[e] - editStarts[e]);
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("an entry's HTML is too long to rewrite");
        }
        StringBuilder out = rewritten;
        out.setLength(0);
        out.ensureCapacity((int) length);
        int at = from;
        for (int e = 0; e < edits; e++) {
            out.append(chars, at, editStarts[e] - at).append(editTexts[e]);
            at = editEnds[e];
            editTexts[e] = null;
        }
        out.append(chars, at, to - at);
        return out.toString();
    }

    private static int indexOf(char[] chars, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the '=' at {@code eq} follows {@code href} or {@code src} (any case, spaces allowed) after whitespace. */
    private static boolean isLinkAttribute(char[] html, int from, int eq) {
        int k = eq - 1;
        while (k >= from && html[k] == ' ') {
            k--;
        }
        int end = k + 1;
        int start = end;
        while (start > from && start > end - 5 && isAsciiLetter(html[start - 1])) {
            start--;
        }
        int len = end - start;
        if (len != 3 && len != 4 || start == from || !Character.isWhitespace(html[start - 1])) {
            return false;
        }
        return len == 4 ? matchesIgnoringCase(html, start, "href") : matchesIgnoringCase(html, start, "src");
    }

    /** Whether {@code html} holds the lower-case ASCII {@code word} at {@code at}, in any case. */
    private static boolean matchesIgnoringCase(char[] html, int at, String word) {
        for (int i = 0; i < word.length(); i++) {
            if ((html[at + i] | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private String absolute(String base, String ref) {
        if (!base.equals(resolvedBase)) {
            resolved.clear();
            resolvedBase = base;
            httpBase = UrlResolver.HttpBase.of(base);
        }
        String r = resolved.get(ref);
        if (r == null) {
            r = UrlResolver.resolve(httpBase, base, ref);
            if (r != null && resolved.size() < 1000) {
                resolved.put(ref, r);
            }
        }
        return r;
    }

    private static boolean isAbsolute(char[] html, int start, int end) {
        return end == start || startsWith(html, start, end, "http:") || startsWith(html, start, end, "https:")
                || html[start] == '#' || startsWith(html, start, end, "mailto:") || startsWith(html, start, end, "data:");
    }

    private static boolean startsWith(char[] html, int start, int end, String prefix) {
        if (end - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (html[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

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
    /** The replacements found in the entry being resolved: where each starts and ends, and its text. */
    /** Where rewritten HTML is put together, kept from one entry of the document to the next. */
    private final StringBuilder rewritten = new StringBuilder();
    private int[] editStarts = new int[8];
    private int[] editEnds = new int[8];
    private String[] editTexts = new String[8];

    /** {@code html} with relative references resolved against {@code base}; unchanged without a base. */
    String resolve(String html, String base) {
        if (html == null || base == null) {
            return html;
        }
        int edits = 0;
        int n = html.length();
        int eq = html.indexOf('=');
        // One pass over the '=' signs: each is checked for a preceding href/src attribute name
        // (any case), so the text is scanned once however many links it has. The replacements
        // are noted, and the new text is written once at its final length.
        while (eq >= 0) {
            if (!isLinkAttribute(html, eq)) {
                eq = html.indexOf('=', eq + 1);
                continue;
            }
            int j = eq + 1;
            while (j < n && html.charAt(j) == ' ') {
                j++;
            }
            if (j >= n || (html.charAt(j) != '"' && html.charAt(j) != '\'')) {
                eq = html.indexOf('=', eq + 1);
                continue;
            }
            char quote = html.charAt(j);
            int valueStart = j + 1;
            int valueEnd = html.indexOf(quote, valueStart);
            if (valueEnd < 0) {
                break;
            }
            eq = html.indexOf('=', valueEnd + 1);
            if (isAbsolute(html, valueStart, valueEnd)) {
                continue;
            }
            String value = html.substring(valueStart, valueEnd);
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
        return edits == 0 ? html : rewrite(html, edits);
    }

    /**
     * {@code html} with its first {@code edits} noted replacements made, last first so the noted
     * offsets stay right. A string builder's copies are array copies; putting the text together
     * character by character in a {@code char[]} and making a string of that took half again as long.
     * The builder is kept for the document, so only the string made of it is allocated.
     */
    private String rewrite(String html, int edits) {
        long length = html.length();
        for (int e = 0; e < edits; e++) {
            length += editTexts[e].length() - (editEnds[e] - editStarts[e]);
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("an entry's HTML is too long to rewrite");
        }
        StringBuilder out = rewritten;
        out.setLength(0);
        out.ensureCapacity((int) length);
        out.append(html);
        for (int e = edits - 1; e >= 0; e--) {
            out.replace(editStarts[e], editEnds[e], editTexts[e]);
            editTexts[e] = null;
        }
        return out.toString();
    }

    /** Whether the '=' at {@code eq} follows {@code href} or {@code src} (any case, spaces allowed) after whitespace. */
    private static boolean isLinkAttribute(String html, int eq) {
        int k = eq - 1;
        while (k >= 0 && html.charAt(k) == ' ') {
            k--;
        }
        int end = k + 1;
        int start = end;
        while (start > 0 && start > end - 5 && isAsciiLetter(html.charAt(start - 1))) {
            start--;
        }
        int len = end - start;
        if (len != 3 && len != 4 || start == 0 || !Character.isWhitespace(html.charAt(start - 1))) {
            return false;
        }
        return len == 4 ? html.regionMatches(true, start, "href", 0, 4) : html.regionMatches(true, start, "src", 0, 3);
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

    private static boolean isAbsolute(String html, int start, int end) {
        return end == start || html.startsWith("http:", start) || html.startsWith("https:", start)
                || html.charAt(start) == '#' || html.startsWith("mailto:", start) || html.startsWith("data:", start);
    }
}

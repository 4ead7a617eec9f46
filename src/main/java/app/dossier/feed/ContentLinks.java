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

    /** {@code html} with relative references resolved against {@code base}; unchanged without a base. */
    String resolve(String html, String base) {
        if (html == null || base == null) {
            return html;
        }
        StringBuilder out = null;
        int last = 0;
        int n = html.length();
        int i = 0;
        while ((i = nextAttribute(html, i)) >= 0) {
            // i is just after "href" or "src"; expect optional spaces, '=', optional spaces, a quote
            int j = i;
            while (j < n && html.charAt(j) == ' ') {
                j++;
            }
            if (j >= n || html.charAt(j) != '=') {
                continue;
            }
            j++;
            while (j < n && html.charAt(j) == ' ') {
                j++;
            }
            if (j >= n || (html.charAt(j) != '"' && html.charAt(j) != '\'')) {
                continue;
            }
            char quote = html.charAt(j);
            int valueStart = j + 1;
            int valueEnd = html.indexOf(quote, valueStart);
            if (valueEnd < 0) {
                break;
            }
            i = valueEnd + 1;
            if (isAbsolute(html, valueStart, valueEnd)) {
                continue;
            }
            String value = html.substring(valueStart, valueEnd);
            String absolute = absolute(base, value);
            if (absolute == null || absolute.equals(value)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + html.length() / 4 + 64);
            }
            out.append(html, last, valueStart).append(absolute.indexOf(quote) < 0 ? absolute
                    : absolute.replace(String.valueOf(quote), quote == '"' ? "&quot;" : "&#39;"));
            last = valueEnd;
        }
        return out == null ? html : out.append(html, last, n).toString();
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

    /**
     * The index after the next "href" or "src" that follows whitespace, from {@code from}, or -1.
     * Lower case is searched with {@link String#indexOf} (vectorised); other cases only when the
     * text has them at all.
     */
    private static int nextAttribute(String html, int from) {
        int href = find(html, "href", from);
        int src = find(html, "src", from);
        int at = href < 0 ? src : src < 0 ? href : Math.min(href, src);
        if (at < 0 && (html.indexOf("HREF", from) >= 0 || html.indexOf("SRC", from) >= 0
                || html.indexOf("Href", from) >= 0 || html.indexOf("Src", from) >= 0)) {
            return nextAttributeAnyCase(html, from);
        }
        return at < 0 ? -1 : at + (at == href ? 4 : 3);
    }

    private static int find(String html, String name, int from) {
        int i = from;
        while ((i = html.indexOf(name, i)) > 0) {
            if (Character.isWhitespace(html.charAt(i - 1))) {
                return i;
            }
            i += name.length();
        }
        return -1;
    }

    private static int nextAttributeAnyCase(String html, int from) {
        for (int i = Math.max(from, 1); i < html.length() - 3; i++) {
            if (Character.isWhitespace(html.charAt(i - 1))) {
                if (html.regionMatches(true, i, "href", 0, 4)) {
                    return i + 4;
                }
                if (html.regionMatches(true, i, "src", 0, 3)) {
                    return i + 3;
                }
            }
        }
        return -1;
    }

    private static boolean isAbsolute(String html, int start, int end) {
        return end == start || html.startsWith("http:", start) || html.startsWith("https:", start)
                || html.charAt(start) == '#' || html.startsWith("mailto:", start) || html.startsWith("data:", start);
    }
}

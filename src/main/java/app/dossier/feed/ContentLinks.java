package app.dossier.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the relative {@code href} and {@code src} attributes inside an entry's HTML absolute against
 * the entry's base, so images and links keep working when the article is read offline and out of
 * its page. Documents without relative references pay only two {@code indexOf} calls.
 * Stateless; any thread.
 */
final class ContentLinks {

    private static final Pattern REFERENCE = Pattern.compile(
            "(\\s(?:href|src)\\s*=\\s*)(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    private ContentLinks() {
    }

    /** {@code html} with relative references resolved against {@code base}; unchanged without a base. */
    static String resolve(String html, String base) {
        if (html == null || base == null || (html.indexOf("href") < 0 && html.indexOf("src") < 0)) {
            return html;
        }
        Matcher m = REFERENCE.matcher(html);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String quoted = m.group(3) != null ? m.group(3) : m.group(4);
            if (isAbsolute(quoted)) {
                continue;
            }
            String resolved = UrlResolver.resolve(base, quoted);
            if (resolved == null || resolved.equals(quoted)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 64);
            }
            char quote = m.group(3) != null ? '"' : '\'';
            out.append(html, last, m.start()).append(m.group(1)).append(quote)
                    .append(resolved.replace(String.valueOf(quote), quote == '"' ? "&quot;" : "&#39;"))
                    .append(quote);
            last = m.end();
        }
        if (out == null) {
            return html;
        }
        return out.append(html, last, html.length()).toString();
    }

    private static boolean isAbsolute(String ref) {
        String r = ref.strip();
        return r.startsWith("http:") || r.startsWith("https:") || r.startsWith("mailto:") || r.startsWith("#")
                || r.startsWith("data:") || r.isEmpty();
    }
}

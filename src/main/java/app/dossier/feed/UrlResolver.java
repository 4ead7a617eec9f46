package app.dossier.feed;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Makes links absolute against a base ({@code xml:base}, the document URL). Absolute {@code http(s)}
 * links, by far the common case, are returned as written without building a {@link URI}. A link that
 * cannot be resolved (a broken base, illegal characters that even escaping does not fix) is returned
 * trimmed as written rather than dropped. Stateless; any thread.
 */
final class UrlResolver {

    private UrlResolver() {
    }

    /** {@code link} made absolute against {@code base}; {@code null} for a blank link. */
    static String resolve(String base, String link) {
        if (link == null) {
            return null;
        }
        String l = link.strip();
        if (l.isEmpty()) {
            return null;
        }
        if (isAbsoluteHttp(l) || base == null || base.isEmpty() || hasScheme(l)) {
            return l;
        }
        try {
            URI b = toUri(base);
            if (b.isOpaque()) {
                return l;
            }
            if (b.getPath() == null || b.getPath().isEmpty()) {
                b = new URI(b.getScheme(), b.getAuthority(), "/", b.getQuery(), b.getFragment());
            }
            return b.resolve(toUri(l)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return l;
        }
    }

    private static URI toUri(String s) throws URISyntaxException {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            // Spaces, non-ASCII and stray characters: escape them the way browsers do.
            StringBuilder b = new StringBuilder(s.length() + 16);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                        || c == '{' || c == '|' || c == '}') {
                    b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
                } else {
                    b.append(c);
                }
            }
            return new URI(b.toString());
        }
    }

    private static boolean isAbsoluteHttp(String l) {
        return l.regionMatches(true, 0, "http://", 0, 7) || l.regionMatches(true, 0, "https://", 0, 8);
    }

    private static boolean hasScheme(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == ':') {
                return i > 1; // "c:" would be a drive letter, not a scheme worth keeping
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') || c > 127) {
                return false;
            }
        }
        return false;
    }
}

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
        if (isAbsoluteHttp(base) && isPlain(l)) {
            return resolveHttp(base, l);
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

    /**
     * RFC 3986 §5.2 reference resolution for the common case, without building {@link URI}s: an
     * http(s) base and a reference of plain ASCII characters. (Also right where {@code URI.resolve}
     * follows the older RFC 2396, e.g. for "?page=2".)
     */
    static String resolveHttp(String base, String ref) {
        int authority = base.indexOf("://") + 3;
        int pathStart = firstOf(base, authority, "/?#");
        int fragment = base.indexOf('#', authority);
        String noFragment = fragment < 0 ? base : base.substring(0, fragment);
        int query = noFragment.indexOf('?', authority);
        String origin = base.substring(0, pathStart);
        String basePath = base.substring(pathStart, query >= 0 ? query : noFragment.length());
        if (ref.startsWith("//")) {
            return base.substring(0, authority - 2) + ref;
        }
        if (ref.charAt(0) == '?') {
            return origin + (basePath.isEmpty() ? "/" : basePath) + ref;
        }
        int refPathEnd = firstOf(ref, 0, "?#");
        String refPath = ref.substring(0, refPathEnd);
        String rest = ref.substring(refPathEnd);
        String path;
        if (refPath.startsWith("/")) {
            path = refPath;
        } else if (refPath.isEmpty()) {
            path = basePath.isEmpty() ? "/" : basePath;
        } else {
            String directory = basePath.isEmpty() ? "/" : basePath.substring(0, basePath.lastIndexOf('/') + 1);
            path = directory + refPath;
        }
        return origin + removeDotSegments(path) + rest;
    }

    /** RFC 3986 §5.2.4, for an absolute path. */
    private static String removeDotSegments(String path) {
        if (!path.contains("/.")) {
            return path;
        }
        String[] segments = path.substring(1).split("/", -1);
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        boolean trailingSlash = false;
        for (String seg : segments) {
            trailingSlash = false;
            if (seg.equals(".")) {
                trailingSlash = true;
            } else if (seg.equals("..")) {
                out.pollLast();
                trailingSlash = true;
            } else {
                out.addLast(seg);
            }
        }
        StringBuilder b = new StringBuilder(path.length());
        for (String seg : out) {
            b.append('/').append(seg);
        }
        if (trailingSlash || b.length() == 0) {
            b.append('/');
        }
        return b.toString();
    }

    /** The first index from {@code from} of any of {@code chars} (two or three of them), or the length. */
    private static int firstOf(String s, int from, String chars) {
        char a = chars.charAt(0);
        char b = chars.charAt(1);
        char c = chars.length() > 2 ? chars.charAt(2) : b;
        for (int i = from; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == a || x == b || x == c) {
                return i;
            }
        }
        return s.length();
    }

    /** Printable ASCII without the characters that need escaping in a URI. */
    private static boolean isPlain(String ref) {
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c <= ' ' || c >= 127 || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                return false;
            }
        }
        return true;
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

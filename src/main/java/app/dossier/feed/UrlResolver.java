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
            return resolveHttp(HttpBase.of(base), l);
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

    /** An http(s) base split once into the parts reference resolution needs. */
    record HttpBase(String scheme, String origin, String path, String directory, String withoutFragment) {

        /** The parts of {@code base}, or {@code null} when it is not an absolute http(s) URL. */
        static HttpBase of(String base) {
            if (base == null || !isAbsoluteHttp(base)) {
                return null;
            }
            int authority = base.indexOf("://") + 3;
            int pathStart = firstOf(base, authority, "/?#");
            int fragment = base.indexOf('#', authority);
            int end = fragment < 0 ? base.length() : fragment;
            int query = base.indexOf('?', authority);
            int pathEnd = query >= 0 && query < end ? query : end;
            String path = base.substring(pathStart, Math.max(pathStart, pathEnd));
            path = path.isEmpty() ? "/" : path;
            return new HttpBase(base.substring(0, authority - 2), base.substring(0, pathStart), path,
                    path.substring(0, path.lastIndexOf('/') + 1), base.substring(0, end));
        }
    }

    /**
     * RFC 3986 §5.2 reference resolution for the common case, without building {@link URI}s: an
     * http(s) base and a reference of plain ASCII characters. (Also right where {@code URI.resolve}
     * follows the older RFC 2396, e.g. for "?page=2".)
     */
    static String resolveHttp(String base, String ref) {
        return resolveHttp(HttpBase.of(base), ref);
    }

    /** As {@link #resolveHttp(String, String)}, with the base already split. */
    static String resolveHttp(HttpBase base, String ref) {
        if (ref.startsWith("//")) {
            return base.scheme() + ref;
        }
        if (ref.charAt(0) == '#') {
            return base.withoutFragment() + ref;
        }
        if (ref.charAt(0) == '?') {
            return base.origin() + base.path() + ref;
        }
        int refPathEnd = firstOf(ref, 0, "?#");
        if (refPathEnd == 0) {
            return base.origin() + base.path() + ref;
        }
        String path = ref.charAt(0) == '/' ? ref.substring(0, refPathEnd) : base.directory() + ref.substring(0, refPathEnd);
        return base.origin() + removeDotSegments(path) + ref.substring(refPathEnd);
    }

    /** {@code link} against a base already split; falls back to the general road when needed. */
    static String resolve(HttpBase base, String baseText, String link) {
        String l = link.strip();
        if (l.isEmpty() || isAbsoluteHttp(l) || hasScheme(l)) {
            return l.isEmpty() ? null : l;
        }
        return base != null && isPlain(l) ? resolveHttp(base, l) : resolve(baseText, l);
    }

    /** RFC 3986 §5.2.4, for an absolute path. */
    private static String removeDotSegments(String path) {
        if (path.indexOf("/.") < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        int n = path.length();
        while (i < n) {
            int next = path.indexOf('/', i + 1);
            int end = next < 0 ? n : next;
            String segment = path.substring(i + 1, end); // without its leading '/'
            boolean last = next < 0;
            if (segment.equals(".")) {
                if (last) {
                    out.append('/');
                }
            } else if (segment.equals("..")) {
                int cut = out.lastIndexOf("/");
                out.setLength(Math.max(cut, 0));
                if (last) {
                    out.append('/');
                }
            } else {
                out.append('/').append(segment);
            }
            i = end;
        }
        return out.length() == 0 ? "/" : out.toString();
    }

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

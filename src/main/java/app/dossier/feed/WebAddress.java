package app.dossier.feed;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the addresses people and servers write into URIs the HTTP client accepts: international
 * host names in their ASCII form, spaces and other non-ASCII characters percent-encoded, an empty
 * path made {@code /} (so relative redirects resolve under the host, not glued to it), only http
 * and https. Pure; any thread.
 */
final class WebAddress {

    private static final Pattern AUTHORITY =
            Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)$", Pattern.DOTALL);

    private WebAddress() {
    }

    /** An absolute http(s) URI, or {@code null}. */
    static URI parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(encodeUnsafe(asciiHost(text.trim())));
            return usable(uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** {@code location} resolved against {@code base}, or {@code null} when it is not usable. */
    static URI resolve(URI base, String location) {
        try {
            URI ref = new URI(encodeUnsafe(asciiHost(location.trim())));
            return usable(base.resolve(ref));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The host, lower case, which is what politeness and Retry-After are counted by. */
    static String host(URI uri) {
        String h = uri.getHost();
        return h == null ? "" : h.toLowerCase(Locale.ROOT);
    }

    private static URI usable(URI uri) throws URISyntaxException {
        String scheme = uri.getScheme();
        if (scheme == null || uri.getHost() == null) {
            return null;
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            return new URI(scheme + "://" + uri.getRawAuthority() + "/"
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        return uri;
    }

    /** {@code http://bücher.example/x} to {@code http://xn--bcher-kva.example/x}; other text as is. */
    private static String asciiHost(String text) {
        Matcher m = AUTHORITY.matcher(text);
        if (!m.matches() || m.group(2).chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        String authority = m.group(2);
        int at = authority.lastIndexOf('@');
        String userInfo = authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        try {
            return m.group(1) + userInfo + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port + m.group(3);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Percent-encodes characters a URI may not contain, leaving existing escapes alone. */
    private static String encodeUnsafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > 0x20 && cp < 0x7F && "\"<>\\^`{|}".indexOf(cp) < 0) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }
}

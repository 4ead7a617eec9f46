package app.dossier.library;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What counts as a feed address a user typed. */
final class FeedUrls {

    private FeedUrls() {
    }

    /**
     * A usable http(s) URL from user input: {@code example.org/feed} gains {@code https://},
     * {@code feed://} becomes {@code https://}, the scheme and host are lower-cased and an
     * international host name is written in its ASCII form. Anything else is refused with a
     * message that says what was expected.
     */
    static String normalise(String input) {
        String s = input.strip();
        if (s.isEmpty()) {
            throw new LibraryException("give a feed URL or the path of a feed file");
        }
        if (s.regionMatches(true, 0, "feed:", 0, 5)) {
            s = s.substring(5);
            if (s.startsWith("//")) {
                s = "https:" + s;
            }
        }
        int schemeEnd = s.indexOf("://");
        if (schemeEnd < 0) {
            String host = s.split("[/?#]", 2)[0];
            if (!host.contains(".") || host.startsWith(".") || host.chars().anyMatch(Character::isWhitespace)
                    || looksLikeAFileName(host)) {
                throw new LibraryException("'" + input + "' is neither an existing file nor a web address");
            }
            s = "https://" + s;
            schemeEnd = 5;
        }
        String scheme = s.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new LibraryException("'" + input + "' is not a web address (only http and https feeds can be "
                    + "followed)");
        }
        String rest = s.substring(schemeEnd + 3);
        int pathStart = firstIndexOf(rest, "/?#");
        String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
        String tail = pathStart < 0 ? "/" : rest.substring(pathStart);
        if (tail.startsWith("?") || tail.startsWith("#")) {
            tail = "/" + tail;
        }
        int at = authority.lastIndexOf('@');
        String userInfo = authority.substring(0, at + 1);
        String host = authority.substring(at + 1);
        String port = "";
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && !host.endsWith("]")) {
            port = host.substring(colon);
            host = host.substring(0, colon);
        }
        if (host.isEmpty()) {
            throw new LibraryException("'" + input + "' has no host name");
        }
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new LibraryException("'" + input + "' has an invalid host name");
        }
        String url = scheme + "://" + userInfo + host + port + tail;
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw new LibraryException("'" + input + "' has an invalid host name");
            }
        } catch (URISyntaxException e) {
            throw new LibraryException("'" + input + "' is not a valid web address: " + e.getReason());
        }
        return url;
    }

    /** {@code feed.xml} is a missing file, not a host (no such top-level domains exist). */
    private static boolean looksLikeAFileName(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".xml", ".rss", ".atom", ".rdf", ".json", ".opml", ".txt", ".html", ".htm"}) {
            if (lower.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    private static int firstIndexOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

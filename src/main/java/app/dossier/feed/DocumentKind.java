package app.dossier.feed;

import java.util.Locale;

/**
 * What a document looks like from its first bytes and characters, decided before any parser runs
 * so that binary data, HTML pages and JSON take their own road. Stateless; any thread.
 */
enum DocumentKind {
    /** Nothing but whitespace. */
    BLANK,
    /** Binary data or text that is neither markup nor JSON. */
    NOT_TEXT,
    /** Starts like JSON. */
    JSON,
    /** An HTML page (DOCTYPE html or an html root). */
    HTML,
    /** Starts like XML (possibly after some junk). */
    MARKUP;

    private static final int[][] BINARY_MAGIC = {
        {0x1F, 0x8B}, {0x89, 'P', 'N', 'G'}, {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {0xFF, 0xD8, 0xFF},
        {'G', 'I', 'F', '8'}, {0x7F, 'E', 'L', 'F'}, {0xCA, 0xFE, 0xBA, 0xBE}, {'B', 'Z', 'h'}, {0x28, 0xB5, 0x2F, 0xFD}};

    /** Judges a document by its bytes and the decoded text of its head. */
    static DocumentKind of(byte[] bytes, String text) {
        if (hasMagic(bytes)) {
            return NOT_TEXT;
        }
        int start = 0;
        int n = text.length();
        while (start < n && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
            start++;
        }
        if (start == n) {
            return BLANK;
        }
        if (looksBinary(text, start)) {
            return NOT_TEXT;
        }
        char first = text.charAt(start);
        if (first == '{' || first == '[') {
            return JSON;
        }
        int lt = text.indexOf('<', start);
        if (lt < 0 || lt - start > 1024) {
            return NOT_TEXT;
        }
        return looksLikeHtml(text, lt) ? HTML : MARKUP;
    }

    /** Whether the first element (after the XML declaration, comments, DOCTYPE) is {@code <html>}. */
    static boolean looksLikeHtml(String text, int from) {
        int i = from;
        while (i >= 0 && i < text.length()) {
            if (text.startsWith("<?", i)) {
                i = text.indexOf("?>", i);
                i = i < 0 ? -1 : text.indexOf('<', i);
            } else if (text.startsWith("<!--", i)) {
                i = text.indexOf("-->", i);
                i = i < 0 ? -1 : text.indexOf('<', i);
            } else if (text.regionMatches(true, i, "<!doctype", 0, 9)) {
                i = text.indexOf('>', i);
                i = i < 0 ? -1 : text.indexOf('<', i);
            } else {
                break;
            }
        }
        if (i < 0) {
            return false;
        }
        String head = text.substring(i, Math.min(text.length(), i + 6)).toLowerCase(Locale.ROOT);
        return head.startsWith("<html") && (head.length() == 5 || !Character.isLetterOrDigit(head.charAt(5)));
    }

    private static boolean hasMagic(byte[] b) {
        outer:
        for (int[] magic : BINARY_MAGIC) {
            if (b.length < magic.length) {
                continue;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((b[i] & 0xFF) != magic[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** More than 5% control or undecodable characters near the start: not a text document. */
    private static boolean looksBinary(String text, int start) {
        int end = Math.min(text.length(), start + 4096);
        int bad = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                bad++;
            }
        }
        return bad * 20 > end - start;
    }
}

package app.dossier.feed;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Moves text between the two forms the model uses: plain text (titles) and HTML (summaries,
 * content). Stateless; any thread.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** Plain text as HTML that shows the same characters. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /** The text an HTML fragment shows, whitespace collapsed. */
    static String toText(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0) {
            // No markup, perhaps entities: no need to build a document tree.
            String text = html.indexOf('&') < 0 ? html : Parser.unescapeEntities(html, false);
            return text.replaceAll("\\s+", " ").strip();
        }
        return Jsoup.parseBodyFragment(html).text();
    }
}

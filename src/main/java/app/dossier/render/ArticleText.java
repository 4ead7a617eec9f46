package app.dossier.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An article's HTML as readable plain text for a terminal: paragraphs separated by blank lines,
 * list items bulleted, line breaks kept, scripts and styles dropped, whitespace tidied.
 */
public final class ArticleText {

    private ArticleText() {
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, noscript, iframe, object, embed, form").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(out, text.text());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        trimTrailingSpace(out);
                        out.append('\n');
                    } else if (tag.equals("li")) {
                        breakLine(out);
                        out.append("• ");
                    } else if (tag.equals("img") && !e.attr("alt").isBlank()) {
                        appendText(out, "[" + e.attr("alt").strip() + "]");
                    } else if (isBlock(tag)) {
                        breakParagraph(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e.normalName())) {
                    breakParagraph(out);
                }
            }
        }, body);
        return out.toString().strip();
    }

    private static boolean isBlock(String tag) {
        return switch (tag) {
            case "p", "div", "section", "article", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                    "table", "tr", "pre", "figure", "figcaption", "header", "footer", "aside", "hr", "dl", "dt",
                    "dd" -> true;
            default -> false;
        };
    }

    private static void appendText(StringBuilder out, String text) {
        String collapsed = text.replaceAll("[\\s\\u00a0]+", " ");
        if (collapsed.isEmpty()) {
            return;
        }
        if (collapsed.startsWith(" ") && (out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1)))) {
            collapsed = collapsed.substring(1);
        }
        out.append(collapsed);
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void breakLine(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void breakParagraph(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.length() == 0) {
            return;
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }
}

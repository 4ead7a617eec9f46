package app.dossier.feed;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * The cheap repairs that make most broken feeds well-formed, done in one pass and only after a
 * strict parse failed: junk before the first tag dropped; characters XML forbids dropped; HTML
 * named entities ({@code &nbsp;}) turned into character references; a bare {@code &} or {@code <}
 * escaped; prefixes used without a declaration ({@code itunes:}, {@code content:}, …) declared on
 * the root. CDATA sections, comments and the DOCTYPE are copied untouched. Stateless; any thread.
 */
final class XmlRepair {

    private XmlRepair() {
    }

    static String repair(String text) {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int n = text.length();
        int i = text.indexOf('<');
        if (i < 0) {
            return text;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<') {
                int end = copyMarkup(text, i, out);
                if (end > i) {
                    i = end;
                    continue;
                }
                out.append("&lt;");
                i++;
            } else if (c == '&') {
                i = repairReference(text, i, out);
            } else if (isXmlChar(c)) {
                out.append(c);
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else {
                i++;
            }
        }
        return declarePrefixes(out.toString());
    }

    /**
     * Copies the construct starting at {@code <} verbatim (tags with their attributes repaired for
     * bare ampersands by the XML parser's own rules are left alone); returns the index after it, or
     * {@code start} when the {@code <} does not open markup and must be escaped.
     */
    private static int copyMarkup(String text, int start, StringBuilder out) {
        if (text.startsWith("<![CDATA[", start)) {
            return copyUntil(text, start, "]]>", out);
        }
        if (text.startsWith("<!--", start)) {
            return copyUntil(text, start, "-->", out);
        }
        if (text.startsWith("<!DOCTYPE", start) || text.startsWith("<!doctype", start)) {
            int bracket = 0;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '[') {
                    bracket++;
                } else if (c == ']') {
                    bracket--;
                } else if (c == '>' && bracket <= 0) {
                    out.append(text, start, i + 1);
                    return i + 1;
                }
            }
            return text.length();
        }
        if (text.startsWith("<?", start)) {
            if (text.startsWith("<?xml", start) && !out.isEmpty()) {
                // An XML declaration after a comment or junk: drop it, it may only come first.
                int end = text.indexOf("?>", start);
                return end < 0 ? text.length() : end + 2;
            }
            return copyUntil(text, start, "?>", out);
        }
        if (start + 1 >= text.length()) {
            return start;
        }
        char next = text.charAt(start + 1);
        boolean opensTag = next == '/' || Character.isLetter(next) || next == '_' || next == ':';
        if (!opensTag) {
            return start;
        }
        // Copy the tag, escaping bare ampersands in attribute values.
        int i = start;
        char quote = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    out.append(c);
                    i++;
                } else if (c == '&') {
                    i = repairReference(text, i, out);
                } else if (c == '<') {
                    out.append("&lt;");
                    i++;
                } else {
                    if (isXmlChar(c) || Character.isSurrogate(c)) {
                        out.append(c);
                    }
                    i++;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            }
            if (isXmlChar(c) || Character.isSurrogate(c)) {
                out.append(c);
            }
            i++;
            if (c == '>') {
                return i;
            }
        }
        return i;
    }

    private static int copyUntil(String text, int start, String terminator, StringBuilder out) {
        int end = text.indexOf(terminator, start);
        int stop = end < 0 ? text.length() : end + terminator.length();
        for (int i = start; i < stop; i++) {
            char c = text.charAt(i);
            if (isXmlChar(c) || Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        if (end < 0) {
            out.append(terminator);
        }
        return stop;
    }

    /** Handles the {@code &} at {@code i}; returns the index after what it consumed. */
    private static int repairReference(String text, int i, StringBuilder out) {
        int semi = -1;
        int limit = Math.min(text.length(), i + 40);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ';') {
                semi = j;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#')) {
                break;
            }
        }
        if (semi < 0) {
            out.append("&amp;");
            return i + 1;
        }
        String name = text.substring(i + 1, semi);
        if (name.startsWith("#")) {
            if (validCharacterReference(name)) {
                out.append(text, i, semi + 1);
            }
            return semi + 1;
        }
        switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> out.append(text, i, semi + 1);
            default -> {
                String value = Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
                if (value.isEmpty()) {
                    out.append("&amp;").append(name).append(';');
                } else {
                    value.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                }
            }
        }
        return semi + 1;
    }

    private static boolean validCharacterReference(String name) {
        try {
            int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                    ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20 ? c <= 0xD7FF || (c >= 0xE000 && c <= 0xFFFD) : c == 0x9 || c == 0xA || c == 0xD;
    }

    /** The index just after the DOCTYPE declaration starting at {@code start}. */
    static int endOfDoctype(String text, int start) {
        return copyMarkup(text, start, new StringBuilder());
    }

    /** The text with its DOCTYPE declaration (and internal subset) removed. */
    static String withoutDoctype(String text) {
        int start = text.indexOf("<!DOCTYPE");
        if (start < 0) {
            start = text.indexOf("<!doctype");
        }
        if (start < 0 || start > 4096) {
            return text;
        }
        int end = copyMarkup(text, start, new StringBuilder());
        return text.substring(0, start) + text.substring(end);
    }

    /** Declares on the root element every prefix that is used but declared nowhere. */
    static String declarePrefixes(String text) {
        Set<String> used = new LinkedHashSet<>();
        Set<String> declared = new HashSet<>();
        scanPrefixes(text, used, declared);
        used.removeAll(declared);
        used.remove("xml");
        used.remove("xmlns");
        if (used.isEmpty()) {
            return text;
        }
        int root = rootNameEnd(text);
        if (root < 0) {
            return text;
        }
        StringBuilder declarations = new StringBuilder();
        for (String prefix : used) {
            String uri = Namespace.CONVENTIONAL_PREFIXES.getOrDefault(prefix, "urn:x-undeclared:" + prefix);
            declarations.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"');
        }
        return text.substring(0, root) + declarations + text.substring(root);
    }

    /** One linear pass over the tags: prefixes of element and attribute names, and declared ones. */
    private static void scanPrefixes(String text, Set<String> used, Set<String> declared) {
        int n = text.length();
        int i = 0;
        while ((i = text.indexOf('<', i)) >= 0 && i + 1 < n) {
            if (text.startsWith("<!--", i) || text.startsWith("<![CDATA[", i)) {
                int end = text.indexOf(text.charAt(i + 2) == '-' ? "-->" : "]]>", i);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int j = i + 1;
            if (j < n && text.charAt(j) == '/') {
                j++;
            }
            if (j >= n || !(Character.isLetter(text.charAt(j)) || text.charAt(j) == '_')) {
                i = j;
                continue;
            }
            int nameStart = j;
            while (j < n && isNameChar(text.charAt(j))) {
                j++;
            }
            addPrefix(text, nameStart, j, used);
            // attributes, up to the end of the tag
            while (j < n && text.charAt(j) != '>' && text.charAt(j) != '<') {
                char c = text.charAt(j);
                if (c == '"' || c == '\'') {
                    int close = text.indexOf(c, j + 1);
                    j = close < 0 ? n : close + 1;
                } else if (Character.isLetter(c) || c == '_') {
                    int attrStart = j;
                    while (j < n && isNameChar(text.charAt(j))) {
                        j++;
                    }
                    String attr = text.substring(attrStart, j);
                    if (attr.startsWith("xmlns:")) {
                        declared.add(attr.substring(6));
                    } else {
                        addPrefix(text, attrStart, j, used);
                    }
                } else {
                    j++;
                }
            }
            i = j;
        }
    }

    private static void addPrefix(String text, int start, int end, Set<String> used) {
        int colon = text.indexOf(':', start);
        if (colon > start && colon < end - 1) {
            used.add(text.substring(start, colon));
        }
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
    }

    /** The index just after the root element's name, or -1. */
    private static int rootNameEnd(String text) {
        int i = 0;
        while ((i = text.indexOf('<', i)) >= 0) {
            if (i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '_')) {
                int j = i + 1;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '>'
                        && text.charAt(j) != '/') {
                    j++;
                }
                return j;
            }
            if (text.startsWith("<!DOCTYPE", i) || text.startsWith("<!doctype", i)
                    || text.startsWith("<!--", i)) {
                i = copyMarkup(text, i, new StringBuilder());
            } else {
                i++;
            }
        }
        return -1;
    }
}

package app.dossier.feed;

import app.dossier.model.OpmlDocument;
import app.dossier.model.Outline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes OPML 2.0. Attributes are written in the order they were read (namespaced ones with
 * their namespace declared on the root), so an imported list comes back out the same.
 */
public final class OpmlWriter {

    public void write(OpmlDocument document, ZonedDateTime created, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Map<String, String> namespaces = new LinkedHashMap<>();
        collectNamespaces(document.outlines(), namespaces);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"");
        for (Map.Entry<String, String> ns : namespaces.entrySet()) {
            w.write(" xmlns:" + ns.getKey() + "=\"" + escape(ns.getValue()) + "\"");
        }
        w.write(">\n  <head>\n");
        if (document.title() != null) {
            w.write("    <title>" + escape(document.title()) + "</title>\n");
        }
        w.write("    <dateCreated>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(created) + "</dateCreated>\n");
        w.write("  </head>\n  <body>\n");
        writeOutlines(w, document.outlines(), 2);
        w.write("  </body>\n</opml>\n");
        w.flush();
    }

    private static void writeOutlines(Writer w, List<Outline> outlines, int depth) throws IOException {
        for (Outline o : outlines) {
            w.write("  ".repeat(depth));
            w.write("<outline");
            for (Map.Entry<String, String> a : o.attributes().entrySet()) {
                w.write(' ');
                w.write(qualifiedName(a.getKey()));
                w.write("=\"");
                w.write(escape(a.getValue() == null ? "" : a.getValue()));
                w.write('"');
            }
            if (o.children().isEmpty()) {
                w.write("/>\n");
            } else {
                w.write(">\n");
                writeOutlines(w, o.children(), depth + 1);
                w.write("  ".repeat(depth));
                w.write("</outline>\n");
            }
        }
    }

    /** {@code {uri}prefix:name} becomes {@code prefix:name}. */
    private static String qualifiedName(String key) {
        if (key.startsWith("{")) {
            int close = key.indexOf('}');
            if (close > 0) {
                return key.substring(close + 1);
            }
        }
        return key;
    }

    private static void collectNamespaces(List<Outline> outlines, Map<String, String> into) {
        for (Outline o : outlines) {
            for (String key : o.attributes().keySet()) {
                int close = key.indexOf('}');
                int colon = key.indexOf(':', close + 1);
                if (key.startsWith("{") && close > 0 && colon > close) {
                    into.putIfAbsent(key.substring(close + 1, colon), key.substring(1, close));
                }
            }
            collectNamespaces(o.children(), into);
        }
    }

    /** Escapes for attribute values and text; characters XML 1.0 cannot carry are dropped. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}

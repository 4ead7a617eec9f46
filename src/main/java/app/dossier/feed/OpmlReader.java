package app.dossier.feed;

import app.dossier.model.OpmlDocument;
import app.dossier.model.Outline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OPML 1.0 and 2.0 subscription lists. Streaming and iterative, so a hostile file cannot
 * exhaust the stack; DTDs and external entities are never loaded; depth, count and size are
 * bounded with a clear message.
 */
public final class OpmlReader {

    /** Subscription lists nest folders a few levels deep; this is far beyond any real one. */
    public static final int MAX_DEPTH = 64;
    public static final int MAX_OUTLINES = 100_000;
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final XMLInputFactory FACTORY = createFactory();

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Reads an OPML file, refusing anything over {@link #MAX_BYTES} before reading it. */
    public OpmlDocument read(Path file) throws OpmlFormatException, IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new OpmlFormatException("the OPML file is " + (size >> 20) + " MB; the limit is "
                    + (MAX_BYTES >> 20) + " MB");
        }
        return read(Files.readAllBytes(file));
    }

    public OpmlDocument read(byte[] bytes) throws OpmlFormatException {
        if (bytes.length == 0) {
            throw new OpmlFormatException("the OPML file is empty");
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                return read(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new OpmlFormatException("not a readable OPML file: " + describe(e), e);
        } catch (IOException e) {
            throw new OpmlFormatException("cannot read the OPML file: " + e.getMessage(), e);
        }
    }

    private static OpmlDocument read(XMLStreamReader r) throws XMLStreamException, OpmlFormatException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // skip prolog
        }
        if (!r.isStartElement() || !"opml".equalsIgnoreCase(r.getLocalName())) {
            String root = r.isStartElement() ? "<" + r.getLocalName() + ">" : "nothing";
            throw new OpmlFormatException("not an OPML file: the document starts with " + root);
        }
        String title = null;
        boolean sawBody = false;
        // Each open <outline> is a builder on this stack: children are collected as they close.
        Deque<Builder> stack = new ArrayDeque<>();
        Builder root = new Builder(Map.of());
        int outlines = 0;
        int level = 1;
        boolean inHead = false;
        boolean inBody = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
                String name = r.getLocalName();
                if (level == 2 && name.equalsIgnoreCase("head")) {
                    inHead = true;
                } else if (level == 2 && name.equalsIgnoreCase("body")) {
                    inBody = true;
                    sawBody = true;
                } else if (inHead && level == 3 && name.equalsIgnoreCase("title")) {
                    title = r.getElementText().strip();
                    level--;
                } else if (inBody && name.equalsIgnoreCase("outline")) {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new OpmlFormatException("the OPML file nests outlines more than " + MAX_DEPTH
                                + " levels deep; no real subscription list does, so it was not imported");
                    }
                    if (++outlines > MAX_OUTLINES) {
                        throw new OpmlFormatException("the OPML file has more than " + MAX_OUTLINES + " outlines");
                    }
                    stack.push(new Builder(attributes(r)));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
                String name = r.getLocalName();
                if (inBody && name.equalsIgnoreCase("outline") && !stack.isEmpty()) {
                    Outline done = stack.pop().build();
                    (stack.isEmpty() ? root : stack.peek()).children.add(done);
                } else if (level == 1 && name.equalsIgnoreCase("head")) {
                    inHead = false;
                } else if (level == 1 && name.equalsIgnoreCase("body")) {
                    inBody = false;
                }
            }
        }
        if (!sawBody) {
            throw new OpmlFormatException("not a usable OPML file: it has no <body> with subscriptions");
        }
        return new OpmlDocument(title, root.children);
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            QName name = r.getAttributeName(i);
            String key = name.getLocalPart();
            String ns = name.getNamespaceURI();
            if (ns != null && !ns.isEmpty() && !XMLConstants.XML_NS_URI.equals(ns)) {
                key = "{" + ns + "}" + name.getPrefix() + ":" + key;
            } else if (XMLConstants.XML_NS_URI.equals(ns)) {
                key = "xml:" + key;
            }
            out.put(key, r.getAttributeValue(i));
        }
        return out;
    }

    private static String describe(XMLStreamException e) {
        String m = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int idx = m.indexOf("Message: ");
        if (idx >= 0) {
            m = m.substring(idx + 9);
        }
        m = m.replace('\n', ' ').strip();
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            m = m + " (line " + e.getLocation().getLineNumber() + ")";
        }
        return m;
    }

    private static final class Builder {
        final Map<String, String> attributes;
        final List<Outline> children = new ArrayList<>();

        Builder(Map<String, String> attributes) {
            this.attributes = attributes;
        }

        Outline build() {
            return new Outline(attributes, children);
        }
    }
}

package app.dossier.feed;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Creates StAX readers that are safe on hostile input. The implementation is Woodstox rather than
 * the JDK's own: on the refresh benchmark's workload it reads twice as fast (docs/parsing.md), and
 * it takes the HTML named entities ({@code &nbsp;}) as predeclared, so feeds that use them parse on
 * the first pass. A DOCTYPE is allowed (RSS 0.91 needs one) but the external DTD is never fetched,
 * external entities are never resolved, and entity expansion, text size and nesting are capped far
 * below what an attack needs. Documents in UTF-8 without a DOCTYPE, nearly every feed, are read
 * first with Aalto ({@link #openPlainUtf8}), which is faster again and knows no entities beyond
 * XML's five: it can expand nothing, and whatever it refuses is read with Woodstox. A configured
 * factory is thread-safe; readers are one per document.
 */
final class SafeXmlInput {

    /** Entity expansions per document; real feeds use a handful, a bomb needs billions. */
    static final int ENTITY_EXPANSION_LIMIT = 10_000;

    /** Characters in a document, entities expanded; a 20 MB document has at most 20 million. */
    static final int MAX_CHARACTERS = 24_000_000;

    private static final XMLInputFactory FACTORY = newFactory();
    private static final XMLInputFactory PLAIN = newPlainFactory();

    private SafeXmlInput() {
    }

    static XMLStreamReader open(Reader reader) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(reader);
    }

    /** A reader over UTF-8 bytes, decoded by the parser itself (faster than a Reader). */
    static XMLStreamReader openUtf8(byte[] bytes, int offset) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), "UTF-8");
    }

    /**
     * A reader over UTF-8 bytes for a document without a DOCTYPE. It fails on any entity but XML's
     * own five (it has no DTD to take them from, and is not given the HTML ones), on a DOCTYPE's
     * declarations, and on anything Woodstox would also refuse; the caller reads such a document
     * again with {@link #openUtf8}. Element depth is capped by {@link XmlCursor}.
     */
    static XMLStreamReader openPlainUtf8(byte[] bytes, int offset) throws XMLStreamException {
        return PLAIN.createXMLStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), "UTF-8");
    }

    private static XMLInputFactory newPlainFactory() {
        return configured(new InputFactoryImpl(), false);
    }

    /** What both parsers are told: namespaces, text in one piece, entities replaced, none external. */
    private static XMLInputFactory configured(XMLInputFactory f, boolean dtd) {
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, dtd);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        return f;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = configured(new WstxInputFactory(), true);
        f.setProperty(WstxInputProperties.P_LAZY_PARSING, false); // errors surface from next(), as checked exceptions
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, ENTITY_EXPANSION_LIMIT);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 8);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, XmlCursor.MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, (long) MAX_CHARACTERS);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_CHARACTERS);
        f.setProperty(WstxInputProperties.P_CUSTOM_INTERNAL_ENTITIES, HtmlEntities.ALL);
        // The external DTD subset: never fetched, read as empty.
        f.setProperty(WstxInputProperties.P_DTD_RESOLVER, (javax.xml.stream.XMLResolver)
                (publicId, systemId, baseUri, namespace) -> new ByteArrayInputStream(new byte[0]));
        f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, (javax.xml.stream.XMLResolver)
                (publicId, systemId, baseUri, namespace) -> {
                    throw new XMLStreamException("external entity refused: " + systemId);
                });
        return f;
    }
}

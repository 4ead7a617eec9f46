package app.dossier.feed;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Creates StAX readers that are safe on hostile input: a DOCTYPE is allowed (RSS 0.91 needs one)
 * but the external DTD is never fetched, external entities are never resolved, and entity
 * expansion and nesting are capped far below what a billion-laughs document needs. Uses the JDK's
 * own StAX implementation, whose factory is not thread-safe: one factory per calling thread.
 * (Its per-entity size limit is not used: the JDK applies it to the document itself.)
 */
final class SafeXmlInput {

    /** Entity expansions per document; real feeds use a handful, a bomb needs billions. */
    static final int ENTITY_EXPANSION_LIMIT = 10_000;

    /** Text coalesced by the parser: fewer events, faster; for documents without a DOCTYPE. */
    /**
     * Characters produced by entities in all. The JDK counts every reference here, {@code &lt;}
     * included, and each takes at least four bytes: a document under the 20 MB limit stays below
     * 5 million, while an entity repeated to blow up memory (the quadratic attack) is stopped.
     */
    static final int TOTAL_ENTITY_CHARACTERS = 8_000_000;

    private static final ThreadLocal<XMLInputFactory> COALESCING = ThreadLocal.withInitial(() -> newFactory(true));
    /**
     * Text in pieces: with a DOCTYPE, undeclared entities arrive as reference events, which the
     * JDK's coalescing mode puts out of order.
     */
    private static final ThreadLocal<XMLInputFactory> PIECEWISE = ThreadLocal.withInitial(() -> newFactory(false));

    private SafeXmlInput() {
    }

    static XMLStreamReader open(Reader reader, boolean hasDoctype) throws XMLStreamException {
        return (hasDoctype ? PIECEWISE : COALESCING).get().createXMLStreamReader(reader);
    }

    /** A reader over UTF-8 bytes, decoded by the parser itself (faster than a Reader). */
    static XMLStreamReader openUtf8(byte[] bytes, int offset, boolean hasDoctype) throws XMLStreamException {
        return (hasDoctype ? PIECEWISE : COALESCING).get().createXMLStreamReader(
                new ByteArrayInputStream(bytes, offset, bytes.length - offset), "UTF-8");
    }

    private static XMLInputFactory newFactory(boolean coalescing) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty("http://java.sun.com/xml/stream/properties/ignore-external-dtd", true);
        f.setProperty("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit",
                String.valueOf(ENTITY_EXPANSION_LIMIT));
        f.setProperty("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit",
                String.valueOf(TOTAL_ENTITY_CHARACTERS));
        f.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "1000");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }
}

package app.dossier.feed;

import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Creates StAX readers that are safe on hostile input: a DOCTYPE is allowed (RSS 0.91 needs one)
 * but the external DTD is never fetched, external entities are never resolved, and entity
 * expansion and nesting are capped far below what a billion-laughs document needs. Uses the JDK's
 * own StAX implementation, whose factory is not thread-safe: one factory per calling thread.
 */
final class SafeXmlInput {

    /** Entity expansions per document; real feeds use a handful, a bomb needs billions. */
    static final int ENTITY_EXPANSION_LIMIT = 10_000;

    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXmlInput::newFactory);

    private SafeXmlInput() {
    }

    static XMLStreamReader open(Reader reader) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(reader);
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty("http://java.sun.com/xml/stream/properties/ignore-external-dtd", true);
        f.setProperty("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit",
                String.valueOf(ENTITY_EXPANSION_LIMIT));
        f.setProperty("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "1000000");
        f.setProperty("http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "100000");
        f.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "1000");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }
}

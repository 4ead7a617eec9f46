package app.dossier.feed;

import java.util.ArrayList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * The last resort for markup that is not well-formed even after repair (unclosed or crossed tags,
 * an unterminated document): jsoup's forgiving XML parser builds the tree a reader would guess, and
 * writes it back as well-formed XML for the streaming parser. The DOCTYPE is dropped (entities are
 * never expanded on this path). Stateless; any thread.
 */
final class LenientXmlRecovery {

    private LenientXmlRecovery() {
    }

    /** Well-formed XML with the structure jsoup recovers from {@code text}. */
    static String recover(String text) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        for (Node n : new ArrayList<>(doc.childNodes())) {
            if (n instanceof DocumentType) {
                n.remove();
            }
        }
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return doc.outerHtml();
    }
}

package app.dossier.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * How many entries a feed file holds, counted without our parser: JSON Feed {@code items}, or the
 * {@code item}/{@code entry} elements (not nested in another) as jsoup's XML parser sees them.
 */
final class ExpectedItemCount {

    private static final Set<String> KNOWN_PREFIXES = Set.of("rss", "atom");
    private static final Set<Namespace> FEED_NAMESPACES = Set.of(
            Namespace.NONE, Namespace.ATOM, Namespace.ATOM_03, Namespace.RSS_10, Namespace.RSS_090);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExpectedItemCount() {
    }

    static int of(String text, boolean json) throws IOException {
        if (json) {
            JsonNode items = JSON.readTree(text).path("items");
            return items.isArray() ? items.size() : 0;
        }
        return count(Jsoup.parse(text, "", Parser.xmlParser()));
    }

    static int of(byte[] bytes, String text, boolean json) throws IOException {
        return of(json ? new String(bytes, StandardCharsets.UTF_8) : text, json);
    }

    private static int count(Element e) {
        int n = 0;
        for (Element child : e.children()) {
            n += isEntry(child) ? 1 : count(child);
        }
        return n;
    }

    /** An item or entry element in no namespace or in an RSS or Atom namespace. */
    private static boolean isEntry(Element e) {
        String name = e.tagName();
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? "" : name.substring(0, colon);
        String local = (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
        if (!local.equals("item") && !local.equals("entry")) {
            return false;
        }
        String uri = namespaceOf(e, prefix);
        if (uri == null) {
            return prefix.isEmpty() || KNOWN_PREFIXES.contains(prefix);
        }
        Element root = e;
        while (root.parent() != null && root.parent().parent() != null) {
            root = root.parent();
        }
        // A default namespace on the root (an RSS feed that declares one) is the feed's own.
        return FEED_NAMESPACES.contains(Namespace.of(uri)) || uri.equals(root.attr("xmlns"));
    }

    private static String namespaceOf(Element e, String prefix) {
        String attribute = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr(attribute)) {
                return x.attr(attribute);
            }
        }
        return null;
    }
}

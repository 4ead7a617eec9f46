package app.dossier.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One OPML {@code <outline>}: its attributes in document order and its children. A namespaced
 * attribute keeps its namespace as {@code {uri}prefix:name} so it can be written back exactly.
 */
public record Outline(Map<String, String> attributes, List<Outline> children) {

    public Outline {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = List.copyOf(children);
    }

    /** The attribute, or {@code null} when absent or blank. */
    public String attribute(String name) {
        String v = attributes.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** A subscription: it has an {@code xmlUrl}. */
    public boolean isFeed() {
        return attribute("xmlUrl") != null;
    }

    /** What a person would call it: {@code text}, else {@code title}. */
    public String label() {
        String text = attribute("text");
        return text != null ? text : attribute("title");
    }
}

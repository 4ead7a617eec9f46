package app.dossier.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A folder of subscriptions; folders nest.
 *
 * @param id       internal id
 * @param parentId the enclosing folder, or {@code null} at top level
 * @param name     the label shown to the user
 * @param position order among its siblings (feeds and folders share one sequence)
 * @param outline  the OPML outline attributes it was imported with, in document order (may be empty)
 */
public record Folder(long id, Long parentId, String name, int position, Map<String, String> outline) {

    public Folder {
        outline = outline == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outline));
    }
}

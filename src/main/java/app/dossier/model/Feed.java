package app.dossier.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A subscription. Articles and user state hang off the internal {@code id}, never the URL, so a
 * moved feed keeps everything.
 *
 * @param id          internal id
 * @param url         where the feed is fetched from ({@code http(s):} or {@code file:})
 * @param name        what the user calls it: their own title, else the OPML title, else the feed's
 * @param title       the title the feed document gives itself, or {@code null} before the first fetch
 * @param siteUrl     the site the feed belongs to
 * @param description the feed's description
 * @param language    declared language
 * @param imageUrl    logo or icon URL
 * @param format      format of the last parsed document, or {@code null}
 * @param folderId    enclosing folder, or {@code null} at top level
 * @param position    order among its siblings
 * @param addedAt     when the user subscribed
 * @param outline     the OPML outline attributes it was imported with, in document order
 */
public record Feed(
        long id,
        String url,
        String name,
        String title,
        String siteUrl,
        String description,
        String language,
        String imageUrl,
        FeedFormat format,
        Long folderId,
        int position,
        Instant addedAt,
        Map<String, String> outline) {

    public Feed {
        outline = outline == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outline));
    }
}

package app.dossier.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored article with its user state. The content part is what the feed said; {@code read} and
 * {@code starred} are the user's and live apart from it in the store.
 *
 * @param id         stable identity
 * @param feedId     the subscription it came from
 * @param feedName   that subscription's display name
 * @param guid       the entry's own id as written, or {@code null}
 * @param url        link to the article page
 * @param title      plain text title
 * @param authors    authors, never {@code null}
 * @param published  publication time, or {@code null}
 * @param updated    last modification time, or {@code null}
 * @param summary    HTML summary
 * @param content    HTML content
 * @param categories category labels
 * @param enclosures attached media
 * @param firstSeen  when Dossier first stored it
 * @param read       read by the user
 * @param starred    starred by the user
 */
public record Article(
        ArticleId id,
        long feedId,
        String feedName,
        String guid,
        String url,
        String title,
        List<Person> authors,
        Instant published,
        Instant updated,
        String summary,
        String content,
        List<String> categories,
        List<Enclosure> enclosures,
        Instant firstSeen,
        boolean read,
        boolean starred) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
    }

    /** The date to show and sort by: published, else updated, else when first seen. */
    public Instant date() {
        if (published != null) {
            return published;
        }
        return updated != null ? updated : firstSeen;
    }

    /** The richest body available: content, else summary, else the empty string. */
    public String body() {
        if (content != null && !content.isBlank()) {
            return content;
        }
        return summary != null ? summary : "";
    }
}

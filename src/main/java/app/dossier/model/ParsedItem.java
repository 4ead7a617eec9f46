package app.dossier.model;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a parsed feed, normalised across formats. Text fields are {@code null} when absent.
 *
 * @param guid       the entry's own identifier as written (RSS guid, Atom id, JSON Feed id)
 * @param title      plain text title
 * @param link       absolute URL of the article page
 * @param published  first publication time
 * @param updated    last modification time
 * @param authors    authors, never {@code null}
 * @param summary    short description, HTML
 * @param content    full content, HTML
 * @param categories category labels, never {@code null}
 * @param enclosures attached media, never {@code null}
 */
public record ParsedItem(
        String guid,
        String title,
        String link,
        Instant published,
        Instant updated,
        List<Person> authors,
        String summary,
        String content,
        List<String> categories,
        List<Enclosure> enclosures) {

    public ParsedItem {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
    }

    /** This item without its summary and content, once they are packed for storage. */
    public ParsedItem withoutText() {
        return summary == null && content == null ? this
                : new ParsedItem(guid, title, link, published, updated, authors, null, null, categories, enclosures);
    }

    /** The best known date: published, else updated, else {@code null}. */
    public Instant date() {
        return published != null ? published : updated;
    }
}

package app.dossier.feed;

import app.dossier.model.Enclosure;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one entry while a reader walks it; the first value seen for a field wins unless a
 * reader says otherwise, so a preferred element can be read before a fallback. Not thread-safe.
 */
final class ItemBuilder {

    String guid;
    /** RSS: the guid is the article's address (isPermaLink not "false"). */
    boolean guidIsLink;
    String title;
    String link;
    Instant published;
    Instant updated;
    final List<Person> authors = new ArrayList<>(2);
    String summary;
    String content;
    final List<String> categories = new ArrayList<>(4);
    final List<Enclosure> enclosures = new ArrayList<>(1);

    void author(Person p) {
        if (p != null && !authors.contains(p)) {
            authors.add(p);
        }
    }

    void category(String c) {
        if (c != null && !c.isBlank() && !categories.contains(c.strip())) {
            categories.add(c.strip());
        }
    }

    void enclosure(String url, String type, String length) {
        if (url == null || url.isBlank()) {
            return;
        }
        for (Enclosure e : enclosures) {
            if (e.url().equals(url)) {
                return;
            }
        }
        enclosures.add(new Enclosure(url, type == null || type.isBlank() ? null : type.strip(), parseLength(length)));
    }

    ParsedItem build() {
        String l = link;
        if (l == null && guidIsLink && guid != null && looksLikeUrl(guid)) {
            l = guid;
        }
        return new ParsedItem(guid, title, l, published, updated, authors, summary, content, categories, enclosures);
    }

    static Long parseLength(String length) {
        if (length == null) {
            return null;
        }
        try {
            long v = Long.parseLong(length.strip());
            return v >= 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean looksLikeUrl(String s) {
        return s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8);
    }
}

package app.dossier.model;

import java.time.Instant;
import java.util.List;

/**
 * A feed document parsed and normalised, independent of its format. Nothing here is stored yet.
 *
 * @param format      the format the document was written in
 * @param title       plain text title
 * @param link        absolute URL of the site the feed belongs to
 * @param description plain text or HTML description
 * @param language    language tag as declared (e.g. {@code uk}, {@code en-us})
 * @param updated     when the feed says it last changed
 * @param imageUrl    absolute URL of the feed's logo or icon
 * @param hints       publishing hints for the scheduler, never {@code null}
 * @param items       entries in document order, never {@code null}
 */
public record ParsedFeed(
        FeedFormat format,
        String title,
        String link,
        String description,
        String language,
        Instant updated,
        String imageUrl,
        PublishingHints hints,
        List<ParsedItem> items) {

    public ParsedFeed {
        hints = hints == null ? PublishingHints.NONE : hints;
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** What the feed says about itself, without its items (once they are prepared for storage). */
    public ParsedFeed withoutItems() {
        return items.isEmpty() ? this
                : new ParsedFeed(format, title, link, description, language, updated, imageUrl, hints, List.of());
    }
}

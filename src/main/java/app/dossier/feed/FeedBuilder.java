package app.dossier.feed;

import app.dossier.model.FeedFormat;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import app.dossier.model.PublishingHints;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects a feed's own fields and its entries while a reader walks the document. Not thread-safe. */
final class FeedBuilder {

    FeedFormat format;
    String title;
    String link;
    String description;
    String language;
    Instant updated;
    String imageUrl;
    Duration ttl;
    String updatePeriod;
    String updateFrequency;
    final List<ParsedItem> items = new ArrayList<>(32);

    FeedBuilder(FeedFormat format) {
        this.format = format;
    }

    /** RSS {@code <ttl>}: minutes; anything else is dropped. */
    void ttl(String minutes) {
        Long m = ItemBuilder.parseLength(minutes);
        if (m != null && m > 0 && m <= 525_600) {
            ttl = Duration.ofMinutes(m);
        }
    }

    ParsedFeed build() {
        return new ParsedFeed(format, title, link, description, language, updated, imageUrl,
                new PublishingHints(ttl, syndicationPeriod()), items);
    }

    /** {@code sy:updatePeriod / sy:updateFrequency}; an unknown period or a bad frequency drops both. */
    private Duration syndicationPeriod() {
        if (updatePeriod == null && updateFrequency == null) {
            return null;
        }
        Duration period = switch (updatePeriod == null ? "daily" : updatePeriod.strip().toLowerCase(Locale.ROOT)) {
            case "hourly" -> Duration.ofHours(1);
            case "daily" -> Duration.ofDays(1);
            case "weekly" -> Duration.ofDays(7);
            case "monthly" -> Duration.ofDays(30);
            case "yearly" -> Duration.ofDays(365);
            default -> null;
        };
        if (period == null) {
            return null;
        }
        long frequency = 1;
        if (updateFrequency != null) {
            Long f = ItemBuilder.parseLength(updateFrequency);
            if (f == null || f <= 0) {
                return null;
            }
            frequency = f;
        }
        Duration d = period.dividedBy(frequency);
        return d.isZero() ? null : d;
    }
}

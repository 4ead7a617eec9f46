package app.dossier.model;

import java.time.Duration;

/**
 * What a feed says about how often it changes: RSS {@code <ttl>} and the syndication module's
 * {@code sy:updatePeriod}/{@code sy:updateFrequency}. Each part is {@code null} when absent or invalid.
 *
 * @param ttl               the RSS {@code <ttl>} value
 * @param syndicationPeriod the interval implied by {@code sy:updatePeriod / sy:updateFrequency}
 */
public record PublishingHints(Duration ttl, Duration syndicationPeriod) {

    public static final PublishingHints NONE = new PublishingHints(null, null);
}

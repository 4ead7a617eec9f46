package app.dossier.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A subscription with everything polling knows about it.
 *
 * @param feed        the subscription
 * @param state       what fetching remembers (validators, errors, back-off), never {@code null}
 * @param nextCheck   when it is due, or {@code null} when never checked or no longer polled
 * @param interval    the user's own interval for this feed, or {@code null} for the default
 * @param hints       what the feed's last parsed document said about its update rhythm
 * @param lastOutcome what the last refresh did, or {@code null} before the first
 */
public record FeedStatus(Feed feed, FetchState state, Instant nextCheck, Duration interval, PublishingHints hints,
        RefreshOutcome lastOutcome) {

    public FeedStatus {
        state = state == null ? FetchState.NEW : state;
        hints = hints == null ? PublishingHints.NONE : hints;
    }
}

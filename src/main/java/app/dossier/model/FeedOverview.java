package app.dossier.model;

/** A subscription with its article counts, as the feed list shows it. */
public record FeedOverview(Feed feed, long articles, long unread) {
}

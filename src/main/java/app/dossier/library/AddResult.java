package app.dossier.library;

import app.dossier.model.Feed;

/**
 * A new subscription.
 *
 * @param feed            the subscription as stored
 * @param alreadyPresent  the library was already subscribed; nothing changed
 * @param articlesAdded   articles stored right away (a local file is read at once)
 */
public record AddResult(Feed feed, boolean alreadyPresent, int articlesAdded) {
}

package app.dossier.library;

import app.dossier.model.Feed;

/** An unsubscription: which feed, and how many starred articles were kept. */
public record RemoveResult(Feed feed, int starredKept) {
}

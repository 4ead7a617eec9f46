package app.dossier.library;

import app.dossier.model.Feed;
import java.util.List;

/**
 * A new subscription.
 *
 * @param feed            the subscription as stored
 * @param alreadyPresent  the library was already subscribed; nothing changed
 * @param articlesAdded   articles stored right away
 * @param problem         one line when the first refresh did not work (the subscription stays), else {@code null}
 * @param otherChoices    other feeds the page offered, best first (the best one was taken)
 */
public record AddResult(Feed feed, boolean alreadyPresent, int articlesAdded, String problem,
        List<FeedChoice> otherChoices) {

    public AddResult {
        otherChoices = otherChoices == null ? List.of() : List.copyOf(otherChoices);
    }
}

package app.dossier.store;

import app.dossier.model.ArticleId;
import app.dossier.model.ParsedItem;

/**
 * An article about to be stored: its identity, what the feed said, and a hash of that content so
 * an unchanged re-fetch writes nothing.
 */
public record ArticleDraft(ArticleId id, ParsedItem item, long contentHash) {
}

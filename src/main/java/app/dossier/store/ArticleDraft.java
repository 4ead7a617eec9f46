package app.dossier.store;

import app.dossier.model.ArticleId;
import app.dossier.model.ParsedItem;

/**
 * An article about to be stored: its identity, what the feed said, and a hash of that content so
 * an unchanged re-fetch writes nothing. {@code searchBody}, when given, is the plain text the
 * search index will take, made ahead of time so the index need not read the article back.
 */
public record ArticleDraft(ArticleId id, ParsedItem item, long contentHash, String searchBody) {

    public ArticleDraft(ArticleId id, ParsedItem item, long contentHash) {
        this(id, item, contentHash, null);
    }
}

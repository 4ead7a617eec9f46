package app.dossier.store;

import app.dossier.model.ArticleId;

/**
 * An article waiting to become searchable, with the raw fields the search text is made from.
 * {@code summary} and {@code content} are HTML; turning them into plain text is the caller's job,
 * so it can happen off the writer thread. {@code rowid} is the article's place in the index.
 */
public record IndexSource(long rowid, ArticleId id, String title, String authors, String summary, String content) {
}

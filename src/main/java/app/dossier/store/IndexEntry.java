package app.dossier.store;

import app.dossier.model.ArticleId;

/**
 * The plain text an article is found by: its title, its authors' names and its body text.
 * {@code rowid} comes from the {@link IndexSource} it was made from.
 */
public record IndexEntry(long rowid, ArticleId id, String title, String author, String body) {
}

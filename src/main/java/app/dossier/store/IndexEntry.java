package app.dossier.store;

import app.dossier.model.ArticleId;

/** The plain text an article is found by: its title, its authors' names and its body text. */
public record IndexEntry(ArticleId id, String title, String author, String body) {
}

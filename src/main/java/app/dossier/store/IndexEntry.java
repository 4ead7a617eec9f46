package app.dossier.store;

import app.dossier.model.ArticleId;
import java.nio.charset.StandardCharsets;

/**
 * The plain text an article is found by: its title, its authors' names and its body text, in the
 * index's form ({@link SearchFold}): title and author are folded here, the body must come folded
 * (it is made on the thread that prepares the article, see {@code SearchText}).
 * {@code rowid} comes from the {@link IndexSource} it was made from. The body is held as UTF-8,
 * the form the index takes it in: it is encoded once, on the thread that made it, instead of on
 * the single database writer, and text waiting for the index takes half the memory it would as a
 * string (news text is mostly ASCII, and one curly quote makes a Java string two bytes a character).
 */
public record IndexEntry(long rowid, ArticleId id, String title, String author, byte[] body) {

    public IndexEntry {
        title = SearchFold.text(title);
        author = SearchFold.text(author);
    }

    /** An entry whose body is given as plain text, not yet folded. */
    public static IndexEntry of(long rowid, ArticleId id, String title, String author, String body) {
        return new IndexEntry(rowid, id, title, author, utf8(SearchFold.text(body)));
    }

    /** {@code text} as UTF-8, or null. */
    public static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** Roughly the memory the entry's text takes, in bytes. */
    public long size() {
        return (body == null ? 0 : body.length) + 2L * ((title == null ? 0 : title.length())
                + (author == null ? 0 : author.length()));
    }
}

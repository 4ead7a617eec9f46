package app.dossier.store;

import app.dossier.model.ArticleId;
import app.dossier.model.ParsedItem;

/**
 * An article about to be stored: its identity, what the feed said, and a hash of that content so
 * an unchanged re-fetch writes nothing. {@code searchBody}, when given, is the plain text the
 * search index will take, made ahead of time so the index need not read the article back (kept
 * as UTF-8, see {@link IndexEntry}).
 * Creating a draft also packs its HTML for storage, so that work happens on the thread that
 * prepares articles rather than on the single database writer.
 */
public final class ArticleDraft {

    private final ArticleId id;
    private final ParsedItem item;
    private final long contentHash;
    private final byte[] searchBody;
    private final byte[] summaryBlob;
    private final byte[] contentBlob;

    public ArticleDraft(ArticleId id, ParsedItem item, long contentHash, String searchBody) {
        this.id = id;
        this.item = item;
        this.contentHash = contentHash;
        this.searchBody = IndexEntry.utf8(searchBody);
        this.summaryBlob = Blobs.pack(item.summary());
        this.contentBlob = Blobs.pack(item.content());
    }

    public ArticleDraft(ArticleId id, ParsedItem item, long contentHash) {
        this(id, item, contentHash, null);
    }

    public ArticleId id() {
        return id;
    }

    public ParsedItem item() {
        return item;
    }

    public long contentHash() {
        return contentHash;
    }

    /** The search text as UTF-8, or null when none was made ahead of time. */
    byte[] searchBody() {
        return searchBody;
    }

    byte[] summaryBlob() {
        return summaryBlob;
    }

    byte[] contentBlob() {
        return contentBlob;
    }
}

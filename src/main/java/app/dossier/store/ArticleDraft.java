package app.dossier.store;

import app.dossier.model.ArticleId;
import app.dossier.model.ParsedItem;

/**
 * An article about to be stored: its identity, what the feed said, and a hash of that content so
 * an unchanged re-fetch writes nothing. {@code searchBody}, when given, is the plain text the
 * search index will take, made ahead of time so the index need not read the article back.
 * Creating a draft also packs its HTML for storage, so that work happens on the thread that
 * prepares articles rather than on the single database writer.
 */
public final class ArticleDraft {

    private final ArticleId id;
    private final ParsedItem item;
    private final long contentHash;
    private final String searchBody;
    private final byte[] summaryBlob;
    private final byte[] contentBlob;

    public ArticleDraft(ArticleId id, ParsedItem item, long contentHash, String searchBody) {
        this.id = id;
        this.item = item;
        this.contentHash = contentHash;
        this.searchBody = searchBody;
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

    public String searchBody() {
        return searchBody;
    }

    byte[] summaryBlob() {
        return summaryBlob;
    }

    byte[] contentBlob() {
        return contentBlob;
    }
}

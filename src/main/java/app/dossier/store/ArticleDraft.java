package app.dossier.store;

import app.dossier.model.ArticleId;
import app.dossier.model.ParsedItem;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * An article about to be stored: its identity, what the feed said, and a hash of that content so
 * an unchanged re-fetch writes nothing. {@code searchBody}, when given, is the plain text the
 * search index will take, made ahead of time so the index need not read the article back (kept
 * as UTF-8, see {@link IndexEntry}).
 * Creating a draft also packs its HTML for storage, so that work happens on the thread that
 * prepares articles rather than on the single database writer; {@link #item()} is then the item
 * without its summary and content, which only the packed copies keep.
 */
public final class ArticleDraft {

    private final ArticleId id;
    private final ParsedItem item;
    private final long contentHash;
    private final byte[] searchBody;
    private final byte[] summaryBlob;
    private final byte[] contentBlob;

    private ArticleDraft(ArticleId id, ParsedItem item, long contentHash, byte[] searchBody, byte[] summaryBlob,
            byte[] contentBlob) {
        this.id = id;
        this.item = item.withoutText(); // packed already: a draft waiting for the writer holds its text once
        this.contentHash = contentHash;
        this.searchBody = searchBody;
        this.summaryBlob = summaryBlob;
        this.contentBlob = contentBlob;
    }

    public ArticleDraft(ArticleId id, ParsedItem item, long contentHash) {
        this(id, item, contentHash, null, Blobs.pack(item.summary()), Blobs.pack(item.content()));
    }

    /**
     * A draft whose search text is made now: {@code searchText} turns the UTF-8 of the article's
     * body (its content, or its summary when the content is blank; null when it has neither) into
     * the UTF-8 of its search text; it may keep the array it is given, and return it. The HTML is
     * encoded once, for storage and for the search text alike, in a buffer the thread reuses;
     * only the body is copied out of it, for the search text.
     */
    public static ArticleDraft withSearchText(ArticleId id, ParsedItem item, long contentHash,
            UnaryOperator<byte[]> searchText) {
        return withSearchText(id, item, (it, summaryHash, contentHashCode) -> contentHash, searchText);
    }

    /** How an article's content hash is made, given its summary's and content's {@link String#hashCode()}. */
    @FunctionalInterface
    public interface ContentHash {
        long of(ParsedItem item, int summaryHash, int contentHash);
    }

    /**
     * {@link #withSearchText(ArticleId, ParsedItem, long, UnaryOperator)} with the content hash made
     * here: the summary's and content's string hashes come from encoding them, which reads every
     * character anyway.
     */
    public static ArticleDraft withSearchText(ArticleId id, ParsedItem item, ContentHash contentHash,
            UnaryOperator<byte[]> searchText) {
        boolean fromContent = item.content() != null && !item.content().isBlank();
        byte[] body = null;
        byte[] summaryBlob = null;
        byte[] contentBlob = null;
        int summaryHash = 0;
        int contentHashCode = 0;
        if (item.summary() != null) {
            Utf8 utf8 = Utf8.encode(item.summary());
            summaryHash = utf8.hash();
            summaryBlob = Blobs.pack(utf8.bytes(), utf8.length());
            if (!fromContent) {
                body = Arrays.copyOf(utf8.bytes(), utf8.length());
            }
        }
        if (item.content() != null) {
            Utf8 utf8 = Utf8.encode(item.content());
            contentHashCode = utf8.hash();
            contentBlob = Blobs.pack(utf8.bytes(), utf8.length());
            if (fromContent) {
                body = Arrays.copyOf(utf8.bytes(), utf8.length());
            }
        }
        return new ArticleDraft(id, item, contentHash.of(item, summaryHash, contentHashCode), searchText.apply(body),
                summaryBlob, contentBlob);
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

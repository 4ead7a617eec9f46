package app.dossier.store;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.ArticleId;
import java.util.List;
import java.util.Objects;

/**
 * An analysis about to be stored. It is encoded when made, so the encoding (a third of a
 * millisecond for a 5 KB article) happens on the thread that analysed, not on the single writer.
 */
public final class AnalysisDraft {

    private final ArticleId id;
    private final long contentHash;
    private final ArticleAnalysis analysis;
    private final List<String> phraseTerms;
    private final int version;
    private final long watchKey;
    private final byte[] encoded;
    private final String termsJson;

    /**
     * @param id          the article
     * @param contentHash the article's content hash when it was read for analysis; if the article
     *                    has changed (or gone) since, the draft is not written
     * @param analysis    the result
     * @param phraseTerms the normal form of each key phrase, in the order of
     *                    {@link ArticleAnalysis#keyPhrases()}: what document frequencies count
     * @param version     the analyser version that made it
     * @param watchKey    identifies the watch list the key phrases were ranked with
     */
    public AnalysisDraft(ArticleId id, long contentHash, ArticleAnalysis analysis, List<String> phraseTerms,
            int version, long watchKey) {
        this.id = Objects.requireNonNull(id, "id");
        this.contentHash = contentHash;
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.phraseTerms = List.copyOf(phraseTerms);
        if (this.phraseTerms.size() != analysis.keyPhrases().size()) {
            throw new IllegalArgumentException("one term per key phrase");
        }
        this.version = version;
        this.watchKey = watchKey;
        this.encoded = AnalysisCodec.encode(analysis);
        this.termsJson = AnalysisTable.termsJson(this.phraseTerms);
    }

    public ArticleId id() {
        return id;
    }

    public long contentHash() {
        return contentHash;
    }

    public ArticleAnalysis analysis() {
        return analysis;
    }

    public List<String> phraseTerms() {
        return phraseTerms;
    }

    public int version() {
        return version;
    }

    public long watchKey() {
        return watchKey;
    }

    /** The stored form; never handed out, so never changed. */
    byte[] encoded() {
        return encoded;
    }

    String termsJson() {
        return termsJson;
    }
}

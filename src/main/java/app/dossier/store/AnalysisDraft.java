package app.dossier.store;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.ArticleId;
import java.util.List;
import java.util.Objects;

/**
 * An analysis about to be stored.
 *
 * @param id          the article
 * @param contentHash the article's content hash when it was read for analysis; if the article has
 *                    changed (or gone) since, the draft is not written
 * @param analysis    the result
 * @param phraseTerms the normal form of each key phrase, in the order of
 *                    {@link ArticleAnalysis#keyPhrases()}: what document frequencies count
 * @param version     the analyser version that made it
 * @param watchKey    identifies the watch list the key phrases were ranked with
 */
public record AnalysisDraft(ArticleId id, long contentHash, ArticleAnalysis analysis, List<String> phraseTerms,
                            int version, long watchKey) {

    public AnalysisDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(analysis, "analysis");
        phraseTerms = List.copyOf(phraseTerms);
        if (phraseTerms.size() != analysis.keyPhrases().size()) {
            throw new IllegalArgumentException("one term per key phrase");
        }
    }
}

package app.dossier.store;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.ArticleId;
import java.time.Instant;

/**
 * An analysis as stored.
 *
 * @param version    the analyser version of the stored result; 0 when the article's text has
 *                   changed since it was analysed
 * @param watchKey   the watch list its key phrases were ranked with
 * @param analysedAt when it was written
 */
public record StoredAnalysis(ArticleId id, int version, long watchKey, Instant analysedAt, ArticleAnalysis analysis) {
}

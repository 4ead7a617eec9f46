package app.dossier.store;

import app.dossier.model.ArticleId;

/**
 * An article to analyse: its stored HTML and the content hash it had when read, which the
 * analysis is written back with (a result made from text that has changed since is not kept).
 */
public record AnalysisSource(ArticleId id, long contentHash, String summary, String content) {

    /** The HTML that is analysed: the content, else the summary, else the empty string. */
    public String body() {
        if (content != null && !content.isBlank()) {
            return content;
        }
        return summary != null ? summary : "";
    }
}

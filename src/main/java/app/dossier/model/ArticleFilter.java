package app.dossier.model;

/**
 * Which articles to list, newest first.
 *
 * @param feedId      only this subscription, or {@code null} for all
 * @param unreadOnly  only articles not yet read
 * @param starredOnly only starred articles
 * @param limit       at most this many (positive)
 */
public record ArticleFilter(Long feedId, boolean unreadOnly, boolean starredOnly, int limit) {

    public ArticleFilter {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static ArticleFilter all(int limit) {
        return new ArticleFilter(null, false, false, limit);
    }
}

package app.dossier.model;

import java.time.Instant;

/**
 * What an article list shows: no content, so lists stay cheap.
 *
 * @param id       stable identity
 * @param feedId   the subscription it came from
 * @param feedName that subscription's display name
 * @param title    plain text title
 * @param url      link to the article page
 * @param date     published, else updated, else first seen
 * @param author   the authors' names joined, or {@code null}
 * @param read     read by the user
 * @param starred  starred by the user
 * @param snippet  for search results, a short plain-text excerpt around the match; else {@code null}
 */
public record ArticleHeader(
        ArticleId id,
        long feedId,
        String feedName,
        String title,
        String url,
        Instant date,
        String author,
        boolean read,
        boolean starred,
        String snippet) {
}

package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ArticleId;
import app.dossier.model.ParsedItem;
import app.dossier.store.ArticleDraft;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdentityTest {

    static ParsedItem item(String guid, String link, String title, String date, String content) {
        return new ParsedItem(guid, title, link, date == null ? null : Instant.parse(date), null, null, null, content,
                null, null);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "https://example.org/a?utm_source=rss&utm_medium=feed,            https://example.org/a",
        "https://example.org/a?id=7&utm_campaign=x,                       https://example.org/a?id=7",
        "https://example.org/a?fbclid=abc&page=2&gclid=q,                 https://example.org/a?page=2",
        "HTTPS://Example.ORG:443/Path#comments,                           https://example.org/Path",
        "http://example.org:80/a,                                         http://example.org/a",
        "http://example.org:8080/a,                                       http://example.org:8080/a",
        "https://example.org,                                             https://example.org/",
        "https://example.org/a?,                                          https://example.org/a",
        "not a url at all,                                                not a url at all",
        "mailto:someone@example.org,                                      mailto:someone@example.org",
    })
    void canonicalLinksDropWhatVariesBetweenShares(String link, String canonical) {
        assertThat(ArticleIdentity.canonicalLink(link)).isEqualTo(canonical);
    }

    @Test
    void theGuidDecidesWhenThereIsOne() {
        ArticleId a = ArticleIdentity.ids(1, List.of(item("g-1", "https://x/a", "A", null, "one"))).get(0);
        ArticleId b = ArticleIdentity.ids(1, List.of(item("g-1", "https://x/moved", "A (updated)", null, "two"))).get(0);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void theSameEntryInAnotherFeedIsAnotherArticle() {
        ParsedItem i = item("g-1", null, "A", null, null);
        assertThat(ArticleIdentity.ids(1, List.of(i))).isNotEqualTo(ArticleIdentity.ids(2, List.of(i)));
    }

    @Test
    void withoutAGuidTheCanonicalLinkDecides() {
        ArticleId a = ArticleIdentity.ids(1, List.of(item(null, "https://x/a?utm_source=feed", "A", null, "1"))).get(0);
        ArticleId b = ArticleIdentity.ids(1, List.of(item("  ", "https://X/a#top", "A!", null, "2"))).get(0);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void withNeitherTitleDateAndContentDecide() {
        ParsedItem one = item(null, null, "A", "2024-01-01T00:00:00Z", "body");
        ParsedItem same = item(null, null, "A", "2024-01-01T00:00:00Z", "body");
        ParsedItem other = item(null, null, "A", "2024-01-02T00:00:00Z", "body");
        assertThat(ArticleIdentity.ids(1, List.of(one))).isEqualTo(ArticleIdentity.ids(1, List.of(same)));
        assertThat(ArticleIdentity.ids(1, List.of(one))).isNotEqualTo(ArticleIdentity.ids(1, List.of(other)));
    }

    @Test
    void aGuidSharedByDifferentEntriesFallsBackToTheirLinks() {
        List<ArticleId> ids = ArticleIdentity.ids(1, List.of(item("0", "https://x/a", "A", null, null),
                item("0", "https://x/b", "B", null, null)));
        assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    }

    @Test
    void contentHashChangesWithAnyVisibleField() {
        ParsedItem base = item("g", "https://x/a", "A", "2024-01-01T00:00:00Z", "body");
        long h = ArticleIdentity.contentHash(base);
        assertThat(ArticleIdentity.contentHash(item("g", "https://x/a", "A", "2024-01-01T00:00:00Z", "body")))
                .isEqualTo(h);
        assertThat(ArticleIdentity.contentHash(item("g", "https://x/a", "A.", "2024-01-01T00:00:00Z", "body")))
                .isNotEqualTo(h);
        assertThat(ArticleIdentity.contentHash(item("g", "https://x/a", "A", "2024-01-01T00:00:00Z", "body!")))
                .isNotEqualTo(h);
        assertThat(ArticleIdentity.contentHash(item("g", "https://x/a", "A", null, "body"))).isNotEqualTo(h);
    }

    @Test
    void theHashMadeWhilePackingIsTheSame() {
        ParsedItem withBoth = new ParsedItem("g", "T", "https://x/a", null, null, List.of(), "<p>Short \u201csummary\u201d.</p>",
                "<p>The whole story \ud83d\ude00.</p>", List.of("World"), List.of());
        ParsedItem summaryOnly = new ParsedItem("g", "T", "https://x/a", null, null, List.of(), "<p>Only this.</p>",
                null, List.of(), List.of());
        ParsedItem neither = new ParsedItem("g", "T", "https://x/a", null, null, List.of(), null, null, List.of(), List.of());
        for (ParsedItem item : List.of(withBoth, summaryOnly, neither)) {
            ArticleDraft draft = ArticleDraft.withSearchText(new ArticleId(1), item, ArticleIdentity::contentHash,
                    SearchText::forIndex);
            assertThat(draft.contentHash()).isEqualTo(ArticleIdentity.contentHash(item));
        }
        assertThat(ArticleIdentity.contentHash(withBoth)).isNotEqualTo(ArticleIdentity.contentHash(summaryOnly));
    }

    @Test
    void idsAreStableAcrossVersions() {
        // Pinned values: an id computed today must find the same article after any upgrade.
        assertThat(ArticleIdentity.id(1, "g:https://example.org/1")).hasToString("88a44ba853677a14");
        assertThat(ArticleIdentity.id(42, "l:https://example.org/a")).hasToString("93296fa94f1998d9");
    }
}

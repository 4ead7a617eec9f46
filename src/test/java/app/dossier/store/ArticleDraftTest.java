package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ArticleId;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft keeps its item's text once, packed: a refresh holds hundreds of drafts waiting for the writer. */
class ArticleDraftTest {

    private static final ParsedItem ITEM = new ParsedItem("g1", "Talks resume", "https://wire.example/1",
            Instant.parse("2026-11-25T10:00:00Z"), null, List.of(new Person("Desk", null, null)),
            "<p>Short \u201csummary\u201d.</p>", "<p>The whole story, Krak\u00f3w.</p>", List.of("World"), List.of());

    @Test
    void keepsTheTextOnlyPacked() {
        ArticleDraft plain = new ArticleDraft(new ArticleId(1), ITEM, 7);
        ArticleDraft prepared = ArticleDraft.withSearchText(new ArticleId(1), ITEM, 7,
                html -> new String(html, StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8));
        for (ArticleDraft d : List.of(plain, prepared)) {
            assertThat(d.item().summary()).isNull();
            assertThat(d.item().content()).isNull();
            assertThat(d.item()).isEqualTo(ITEM.withoutText());
            assertThat(Blobs.unpack(d.summaryBlob())).isEqualTo(ITEM.summary());
            assertThat(Blobs.unpack(d.contentBlob())).isEqualTo(ITEM.content());
        }
        assertThat(new String(prepared.searchBody(), StandardCharsets.UTF_8))
                .isEqualTo("<P>THE WHOLE STORY, KRAK\u00d3W.</P>");
        assertThat(plain.searchBody()).isNull();
    }

    @Test
    void anItemWithoutTextIsTheSameItem() {
        ParsedItem bare = ITEM.withoutText();
        assertThat(bare.withoutText()).isSameAs(bare);
        assertThat(bare.title()).isEqualTo(ITEM.title());
        assertThat(bare.authors()).isEqualTo(ITEM.authors());
        assertThat(bare.date()).isEqualTo(ITEM.date());
    }
}

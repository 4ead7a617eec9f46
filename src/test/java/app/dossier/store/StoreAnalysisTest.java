package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.ArticleId;
import app.dossier.model.AttributedQuote;
import app.dossier.model.Cue;
import app.dossier.model.Entity;
import app.dossier.model.EntityType;
import app.dossier.model.Feed;
import app.dossier.model.KeyPhrase;
import app.dossier.model.ParsedItem;
import app.dossier.model.Quote;
import app.dossier.model.QuoteFilter;
import app.dossier.model.QuoteKind;
import app.dossier.model.Speaker;
import app.dossier.model.SpeakerType;
import app.dossier.model.TextSpan;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored analyses: what is pending, replacement, document frequencies, clean-up with the article. */
class StoreAnalysisTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final int VERSION = 3;

    @TempDir
    Path dir;

    private Store store;
    private Feed feed;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("library.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        feed = store.addFeed("https://example.org/feed", null, null, Map.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void article(long id, String date, String content) {
        ParsedItem item = new ParsedItem("g" + id, "Title " + id, "https://example.org/" + id, Instant.parse(date), null,
                List.of(), null, content, List.of(), List.of());
        store.storeArticles(feed.id(), List.of(new ArticleDraft(new ArticleId(id), item, content.hashCode())));
    }

    /** An analysis of {@code text} with one key phrase per term (text = term) and one quote per speaker. */
    static ArticleAnalysis analysis(String text, List<String> phrases, Speaker... speakers) {
        List<KeyPhrase> keys = new ArrayList<>();
        for (String p : phrases) {
            keys.add(new KeyPhrase(p, 10 - keys.size(), List.of(new TextSpan(0, 1))));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Speaker s : speakers) {
            quotes.add(new Quote(new TextSpan(0, Math.min(5, text.length())), QuoteKind.DIRECT, s,
                    new Cue(new TextSpan(0, 0), "said"), 0.9));
        }
        return new ArticleAnalysis(text, quotes, keys, List.of(new Entity("U.S.", "United States", EntityType.COUNTRY,
                new TextSpan(0, 1))), List.of(), VERSION, null);
    }

    static Speaker speaker(String name, String role, boolean official) {
        return new Speaker(name, name == null ? "Several officials" : name, new TextSpan(0, 3), role,
                name == null ? SpeakerType.GROUP : SpeakerType.PERSON, official);
    }

    private AnalysisDraft draft(long id, String content, int version, List<String> terms, Speaker... speakers) {
        return new AnalysisDraft(new ArticleId(id), content.hashCode(), analysis("Words said here.", terms, speakers),
                terms, version, 0);
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void articlesWithoutACurrentAnalysisArePendingUntilOneIsStored() {
        article(1, "2024-01-01T00:00:00Z", "<p>one</p>");
        article(2, "2024-01-02T00:00:00Z", "<p>two</p>");
        assertThat(store.pendingAnalysisCount(VERSION)).isEqualTo(2);
        assertThat(store.pendingAnalyses(null, VERSION, 10)).extracting(AnalysisSource::id)
                .containsExactly(new ArticleId(1), new ArticleId(2));
        assertThat(store.pendingAnalyses(new ArticleId(1), VERSION, 10)).extracting(AnalysisSource::id)
                .containsExactly(new ArticleId(2));
        assertThat(store.pendingAnalyses(null, VERSION, 10).get(0).body()).isEqualTo("<p>one</p>");

        assertThat(store.saveAnalyses(List.of(draft(1, "<p>one</p>", VERSION, List.of("ceasefire"))))).isEqualTo(1);
        assertThat(store.pendingAnalysisCount(VERSION)).isEqualTo(1);
        assertThat(store.pendingAnalysisCount(VERSION + 1)).as("another version is stale").isEqualTo(2);
        StoredAnalysis stored = store.analysis(new ArticleId(1)).orElseThrow();
        assertThat(stored.version()).isEqualTo(VERSION);
        assertThat(stored.analysedAt()).isEqualTo(NOW);
        assertThat(stored.analysis()).isEqualTo(analysis("Words said here.", List.of("ceasefire")));
    }

    @Test
    void aChangedArticleKeepsItsAnalysisMarkedStale() {
        article(1, "2024-01-01T00:00:00Z", "<p>one</p>");
        store.saveAnalyses(List.of(draft(1, "<p>one</p>", VERSION, List.of("ceasefire"))));
        article(1, "2024-01-01T00:00:00Z", "<p>one, corrected</p>");
        assertThat(store.analysis(new ArticleId(1)).orElseThrow().version()).isZero();
        assertThat(store.pendingAnalysisCount(VERSION)).isEqualTo(1);
        assertThat(store.phraseFrequency("ceasefire")).as("still counted until replaced").isEqualTo(1);
    }

    @Test
    void aDraftOfTextThatChangedSinceItWasReadIsNotKept() {
        article(1, "2024-01-01T00:00:00Z", "<p>one</p>");
        article(1, "2024-01-01T00:00:00Z", "<p>one, corrected</p>");
        assertThat(store.saveAnalyses(List.of(draft(1, "<p>one</p>", VERSION, List.of("x"))))).isZero();
        assertThat(store.saveAnalyses(List.of(draft(9, "<p>gone</p>", VERSION, List.of("x"))))).isZero();
        assertThat(store.analysis(new ArticleId(1))).isEmpty();
        assertThat(store.phraseFrequency("x")).isZero();
    }

    @Test
    void documentFrequenciesFollowAddsReplacementsAndDeletes() throws Exception {
        article(1, "2024-01-01T00:00:00Z", "a");
        article(2, "2024-01-02T00:00:00Z", "b");
        store.saveAnalyses(List.of(draft(1, "a", VERSION, List.of("ceasefire", "sanction", "ceasefire")),
                draft(2, "b", VERSION, List.of("ceasefire", "drone strike"))));
        assertThat(store.analysedCount()).isEqualTo(2);
        assertThat(store.phraseFrequency("ceasefire")).as("a term counts once per article").isEqualTo(2);
        assertThat(store.phraseFrequency("sanction")).isEqualTo(1);
        assertThat(store.phraseFrequency("drone strike")).isEqualTo(1);
        assertThat(store.phraseFrequency("nothing")).isZero();

        store.saveAnalyses(List.of(draft(1, "a", VERSION, List.of("drone strike"))));
        assertThat(store.analysedCount()).isEqualTo(2);
        assertThat(store.phraseFrequency("ceasefire")).isEqualTo(1);
        assertThat(store.phraseFrequency("sanction")).isZero();
        assertThat(store.phraseFrequency("drone strike")).isEqualTo(2);
        PhraseCounts snapshot = store.phraseCounts();
        assertThat(snapshot.documents()).isEqualTo(2);
        assertThat(snapshot.terms()).isEqualTo(2);
        assertThat(snapshot.count("drone strike")).isEqualTo(2);
        assertThat(snapshot.count("ceasefire")).isEqualTo(1);
        assertThat(snapshot.count("sanction")).isZero();

        execute("DELETE FROM article WHERE id = 2");
        assertThat(store.analysedCount()).isEqualTo(1);
        assertThat(store.phraseFrequency("ceasefire")).isZero();
        assertThat(store.phraseFrequency("drone strike")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM phrase_df")).as("terms no article has are dropped").isEqualTo(1);
    }

    @Test
    void removingAFeedRemovesItsArticlesAnalyses() throws Exception {
        article(1, "2024-01-01T00:00:00Z", "a");
        store.saveAnalyses(List.of(draft(1, "a", VERSION, List.of("ceasefire"), speaker("Sergei Lavrov", null, true))));
        assertThat(count("SELECT count(*) FROM analysis_quote")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM analysis_entity")).isEqualTo(1);
        store.removeFeed(feed.id());
        for (String table : List.of("analysis", "analysis_data", "analysis_quote",
                "analysis_entity", "phrase_df")) {
            assertThat(count("SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }

    @Test
    void quotesAreListedNewestFirstAndFilteredBySpeakerAndOffice() {
        article(1, "2024-01-01T00:00:00Z", "a");
        article(2, "2024-03-01T00:00:00Z", "b");
        article(3, "2024-02-01T00:00:00Z", "c");
        store.saveAnalyses(List.of(
                draft(1, "a", VERSION, List.of(), speaker("Volodymyr Zelenskyy", "President", true)),
                draft(2, "b", VERSION, List.of(), speaker("José Álvarez", "analyst", false), speaker(null, null, true)),
                draft(3, "c", VERSION, List.of(), speaker("Sergei Lavrov", "foreign minister", true))));
        assertThat(store.quotes(QuoteFilter.all(10))).extracting(q -> q.articleId().value())
                .containsExactly(2L, 2L, 3L, 1L);
        assertThat(store.quotes(QuoteFilter.all(2))).hasSize(2);
        assertThat(store.quotes(new QuoteFilter(null, true, 10))).extracting(q -> q.articleId().value())
                .containsExactly(2L, 3L, 1L);
        assertThat(store.quotes(new QuoteFilter("jose alvarez", false, 10))).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("José Álvarez"));
        assertThat(store.quotes(new QuoteFilter("ZELENSK", true, 10))).hasSize(1);
        assertThat(store.quotes(new QuoteFilter("officials", true, 10))).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isNull());
        assertThat(store.quotes(new QuoteFilter("nobody", false, 10))).isEmpty();

        AttributedQuote q = store.quotes(new QuoteFilter("lavrov", false, 1)).get(0);
        assertThat(q.articleTitle()).isEqualTo("Title 3");
        assertThat(q.feedName()).isEqualTo(feed.name());
        assertThat(q.date()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(q.text()).isEqualTo("Words");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.confidence()).isEqualTo(0.9);
        assertThat(q.speaker()).isEqualTo(speaker("Sergei Lavrov", "foreign minister", true));
    }

    @Test
    void theWatchListKeepsOneEntryPerKey() {
        assertThat(store.addWatchTerm("ceasefire", "cease-fire")).isTrue();
        assertThat(store.addWatchTerm("ceasefire", "Ceasefires")).isFalse();
        assertThat(store.addWatchTerm("wagner", "Wagner")).isTrue();
        assertThat(store.watchTerms()).containsExactly("cease-fire", "Wagner");
        assertThat(store.removeWatchTerm("ceasefire")).isTrue();
        assertThat(store.removeWatchTerm("ceasefire")).isFalse();
        assertThat(store.watchTerms()).containsExactly("Wagner");
    }

    @Test
    void anUnreadableStoredAnalysisCountsAsMissing() throws Exception {
        article(1, "2024-01-01T00:00:00Z", "a");
        store.saveAnalyses(List.of(draft(1, "a", VERSION, List.of("x"))));
        execute("UPDATE analysis_data SET data = x'00010203'");
        assertThat(store.analysis(new ArticleId(1))).isEmpty();
    }

    @Test
    void aDamagedArticleTextIsAnalysedAsEmptyWithoutStoppingTheOthers() throws Exception {
        article(1, "2024-01-01T00:00:00Z", "<p>one</p>");
        article(2, "2024-01-02T00:00:00Z", "<p>two</p>");
        execute("UPDATE article SET content = x'01ffffff', summary = NULL WHERE id = 1");
        assertThat(store.pendingAnalyses(null, VERSION, 10)).extracting(AnalysisSource::body)
                .containsExactly("", "<p>two</p>");
    }

    @Test
    void aLibraryOfTheSchemaBeforeAnalysisIsMigratedAndEverythingIsPending() throws Exception {
        store.close();
        Path old = dir.resolve("old.db");
        try (Connection c = EarlierSchema.create(old, 2)) {
            EarlierSchema.addArticle(c, null, "<p>kept</p>");
        }
        store = Store.open(old, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(store.pendingAnalyses(null, VERSION, 10)).singleElement()
                .satisfies(a -> assertThat(a.body()).isEqualTo("<p>kept</p>"));
    }
}

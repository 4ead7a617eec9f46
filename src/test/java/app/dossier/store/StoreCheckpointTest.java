package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ArticleId;
import app.dossier.model.Feed;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passive checkpoint a refresh asks for on a spare thread: what it copies, what it leaves. */
class StoreCheckpointTest {

    @TempDir
    Path dir;

    private Path file;
    private Store store;
    private Feed feed;

    @BeforeEach
    void open() {
        file = dir.resolve("library.db");
        store = Store.open(file, Clock.systemUTC());
        feed = store.addFeed("https://wire.example/rss", "Wire", null, Map.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void storeArticles(long from, long to) {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (long id = from; id < to; id++) {
            ParsedItem item = new ParsedItem("g" + id, "Story " + id, null, null, null,
                    List.of(new Person("Desk", null, null)), null, "<p>" + "Talks resume. ".repeat(40) + id + "</p>",
                    null, null);
            drafts.add(new ArticleDraft(new ArticleId(id), item, id));
        }
        store.storeArticles(feed.id(), drafts);
    }

    @Test
    void copiesTheLogIntoTheLibraryFile() throws Exception {
        storeArticles(1, 500);
        long before = Files.size(file);
        assertThat(Files.size(dir.resolve("library.db-wal"))).isGreaterThan(before);
        assertThat(store.checkpoint()).isZero();
        assertThat(Files.size(file)).isGreaterThan(before);
        // The library file alone, without its log, now holds every article.
        Path alone = dir.resolve("alone.db");
        Files.copy(file, alone);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + alone);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
            assertThat(rs.getLong(1)).isEqualTo(499);
        }
        // The next write starts the log anew instead of growing it.
        long log = Files.size(dir.resolve("library.db-wal"));
        storeArticles(500, 520);
        assertThat(Files.size(dir.resolve("library.db-wal"))).isEqualTo(log);
        assertThat(store.pendingIndexCount()).isEqualTo(519); // every article there, none indexed here
    }

    @Test
    void leavesWhatAReaderStillNeedsAndDoesNotWaitForIt() throws Exception {
        storeArticles(1, 100);
        assertThat(store.checkpoint()).isZero();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = other.createStatement()) {
            s.execute("BEGIN");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
                assertThat(rs.getLong(1)).isEqualTo(99); // a snapshot from before the next write
            }
            storeArticles(100, 300);
            assertThat(store.checkpoint()).isPositive();
            s.execute("COMMIT");
        }
        assertThat(store.checkpoint()).isZero();
    }

    @Test
    void doesNothingOnceClosed() {
        storeArticles(1, 10);
        store.close();
        assertThat(store.checkpoint()).isZero();
        assertThat(dir.resolve("library.db-wal")).doesNotExist(); // the close copied the rest and ended the log
    }
}

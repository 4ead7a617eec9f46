package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.TestWorkers;
import app.dossier.model.ArticleId;
import app.dossier.model.Feed;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import app.dossier.store.ArticleDraft;
import app.dossier.store.IndexEntry;
import app.dossier.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer reading stored articles back in batches while the writer indexes the previous one:
 * every article ends up searchable, including one edited (and so queued again, under its old row
 * id) after the reading had passed it.
 */
class SearchIndexerTest {

    @TempDir
    Path dir;

    private Store store;
    private Feed feed;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("library.db"), Clock.systemUTC());
        feed = store.addFeed("https://wire.example/rss", "Wire", null, Map.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void store(long from, long to, String word) {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (long id = from; id < to; id++) {
            ParsedItem item = new ParsedItem("g" + id, "Story " + id + " " + word, null, null, null,
                    List.of(new Person("Desk", null, null)), null, "<p>Talks on " + word + " number " + id + ".</p>",
                    null, null);
            drafts.add(new ArticleDraft(new ArticleId(id), item, id * 31 + word.hashCode()));
        }
        store.storeArticles(feed.id(), drafts);
    }

    /** Stores articles {@code from} to {@code to} (inclusive) about a truce; their search text, as a refresh hands it over. */
    private List<IndexEntry> storeTruce(long from, long to) {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (long id = from; id <= to; id++) {
            ParsedItem item = new ParsedItem("g" + id, "Story " + id, null, null, null, List.of(), null,
                    "<p>Talks on a truce.</p>", null, null);
            drafts.add(ArticleDraft.withSearchText(new ArticleId(id), item, id, SearchText::forIndex));
        }
        return store.storeArticles(feed.id(), drafts).indexable();
    }

    @Test
    void everyArticleReadBackIsIndexedAndAnEditBehindTheReadingIsCaughtAtTheEnd() throws Exception {
        int articles = SearchIndexer.READ_BACK * 3 + 17;
        store(1, articles + 1, "ceasefire");
        assertThat(store.pendingIndexCount()).isEqualTo(articles);

        WriteQueue writes = new WriteQueue(store, TestWorkers.shared().writer());
        AtomicInteger batches = new AtomicInteger();
        AtomicInteger indexed = new AtomicInteger();
        SearchIndexer indexer = new SearchIndexer(store, TestWorkers.shared().cpu(), writes, count -> {
            indexed.addAndGet(count);
            if (batches.incrementAndGet() == 2) {
                store(1, 2, "armistice"); // the first article, edited once the reading is past it
            }
        });
        indexer.finish().get(60, TimeUnit.SECONDS);

        assertThat(store.pendingIndexCount()).isZero();
        assertThat(indexed.get()).isGreaterThanOrEqualTo(articles + 1);
        assertThat(store.search("ceasefire", articles + 10)).hasSize(articles - 1);
        assertThat(store.search("armistice", 10)).extracting(h -> h.id().value()).containsExactly(1L);
    }

    @Test
    void textHandedOverReachesTheWriterWhileTheCpuPoolIsBusy() throws Exception {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            ParsedItem item = new ParsedItem("g" + id, "Story " + id, null, null, null, List.of(), null,
                    "<p>Talks on a truce.</p>", null, null);
            byte[] searchText = ("Talks on a truce number " + id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            drafts.add(ArticleDraft.withSearchText(new ArticleId(id), item, id, html -> searchText));
        }
        List<IndexEntry> handedOver = store.storeArticles(feed.id(), drafts).indexable();
        assertThat(handedOver).hasSize(3);

        // A CPU pool busy with parsing: nothing queued on it runs during this test.
        List<Runnable> queuedOnCpu = java.util.Collections.synchronizedList(new ArrayList<>());
        WriteQueue writes = new WriteQueue(store, TestWorkers.shared().writer());
        java.util.concurrent.CountDownLatch indexed = new java.util.concurrent.CountDownLatch(1);
        SearchIndexer indexer = new SearchIndexer(store, queuedOnCpu::add, writes, count -> indexed.countDown(), 3);
        indexer.offer(handedOver);

        assertThat(indexed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.search("truce", 10)).hasSize(3);
    }

    @Test
    void textGoesToTheWriterAFullBatchAtATimeUntilTheRefreshEnds() throws Exception {
        List<List<IndexEntry>> handedOver = new ArrayList<>();
        for (long feedNo = 0; feedNo < 3; feedNo++) {
            handedOver.add(storeTruce(feedNo * 10 + 1, feedNo * 10 + 2));
        }
        // A writer busy elsewhere: its work waits here until the test runs it.
        java.util.concurrent.BlockingQueue<Runnable> writer = new java.util.concurrent.LinkedBlockingQueue<>();
        WriteQueue writes = new WriteQueue(store, writer::add);
        List<Integer> batches = java.util.Collections.synchronizedList(new ArrayList<>());
        SearchIndexer indexer = new SearchIndexer(store, Runnable::run, writes, batches::add, 4);
        handedOver.forEach(indexer::offer);
        Runnable job;
        while ((job = writer.poll()) != null) {
            job.run();
        }
        // The first two feeds make a batch; the third feed's articles wait for more, or for the end.
        assertThat(batches).containsExactly(4);
        assertThat(store.search("truce", 10)).hasSize(4);
        var finished = indexer.finish();
        while ((job = writer.poll()) != null) {
            job.run();
        }
        assertThat(finished).isCompleted();
        // The rest goes at the end, and the final pass over the queue finds nothing left.
        assertThat(batches).containsExactly(4, 2);
        assertThat(store.search("truce", 10)).hasSize(6);
    }

    /** Finishing while a batch is being written: its articles, still queued, are not read back and indexed twice. */
    @Test
    void finishingWhileABatchIsInFlightIndexesEveryArticleOnce() throws Exception {
        List<IndexEntry> entries = storeTruce(1, 6);
        java.util.concurrent.BlockingQueue<Runnable> writer = new java.util.concurrent.LinkedBlockingQueue<>();
        WriteQueue writes = new WriteQueue(store, writer::add);
        List<Integer> batches = java.util.Collections.synchronizedList(new ArrayList<>());
        SearchIndexer indexer = new SearchIndexer(store, Runnable::run, writes, batches::add, 6);
        indexer.offer(entries); // a full batch: handed to the writer, which has not run it yet
        var finished = indexer.finish();
        assertThat(finished).isNotDone();
        Runnable job;
        while ((job = writer.poll()) != null) {
            job.run();
        }
        assertThat(finished).isCompleted();
        assertThat(batches).containsExactly(6);
        assertThat(store.pendingIndexCount()).isZero();
        assertThat(store.search("truce", 10)).hasSize(6);
    }

    @Test
    void nothingPendingFinishesAtOnce() throws Exception {
        WriteQueue writes = new WriteQueue(store, TestWorkers.shared().writer());
        SearchIndexer indexer = new SearchIndexer(store, TestWorkers.shared().cpu(), writes, count -> { });
        indexer.finish().get(10, TimeUnit.SECONDS);
        assertThat(store.pendingIndexCount()).isZero();
    }
}

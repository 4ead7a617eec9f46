package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.TestWorkers;
import app.dossier.feed.LoopbackServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping feeds fresh: after the machine sleeps, overdue feeds are spread out, not fetched at once. */
class RefreshLoopTest {

    @TempDir
    Path dir;

    /** The system clock plus an offset the test moves, as a suspended laptop's clock jumps. */
    static final class JumpingClock extends Clock {
        final AtomicLong offsetMillis = new AtomicLong();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plusMillis(offsetMillis.get());
        }
    }

    @Test
    void afterTheMachineSleptOverdueFeedsAreRefreshedOneAfterAnother() throws Exception {
        JumpingClock clock = new JumpingClock();
        try (LoopbackServer server = new LoopbackServer();
                Library library = Library.open(dir.resolve("data"), clock, TestWorkers.shared(), RefreshTest.QUICK)) {
            for (int i = 0; i < 4; i++) {
                server.on("/f" + i + ".xml", LoopbackServer.answer(200, RefreshTest.rss("F" + i, 2)));
                library.add(server.url("/f" + i + ".xml"));
            }
            int afterAdd = server.requests().size();

            AtomicInteger refreshed = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            Thread loop = new Thread(() -> {
                try {
                    library.keepFresh(e -> {
                        if (e instanceof RefreshEvent.FeedRefreshed) {
                            refreshed.incrementAndGet();
                        }
                    }, stop::get);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            loop.start();
            Thread.sleep(1500);
            assertThat(server.requests()).as("nothing is due yet").hasSize(afterAdd);

            clock.offsetMillis.set(Duration.ofHours(3).toMillis()); // the lid was closed for three hours
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (refreshed.get() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            stop.set(true);
            loop.join(5000);

            assertThat(refreshed.get()).isEqualTo(4);
            List<LoopbackServer.Seen> after = server.requests().subList(afterAdd, server.requests().size());
            assertThat(after).hasSize(4);
            long spreadMillis = (after.get(3).nanoTime() - after.get(0).nanoTime()) / 1_000_000;
            assertThat(spreadMillis).as("catch-up spreads the overdue feeds out").isGreaterThan(2000);
        }
    }
}

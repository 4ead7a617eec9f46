package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BodyCollectorTest {

    private static final Flow.Subscription NOTHING = new Flow.Subscription() {
        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    };

    private static GrowableBytes collect(long limit, long declared, int size, int chunk) throws Exception {
        BodyCollector c = new BodyCollector(limit, declared, true);
        c.onSubscribe(NOTHING);
        for (int at = 0; at < size; at += chunk) {
            byte[] part = new byte[Math.min(chunk, size - at)];
            part[0] = (byte) at;
            c.onNext(List.of(ByteBuffer.wrap(part)));
        }
        c.onComplete();
        return c.getBody().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aDeclaredLengthSizesTheBufferOnce() throws Exception {
        GrowableBytes body = collect(20 << 20, 300_000, 300_000, 16_384);
        assertThat(body.size()).isEqualTo(300_000);
        assertThat(body.array()).hasSize(300_000); // one array, never grown
    }

    @Test
    void aWrongOrMissingLengthStillGivesTheWholeBody() throws Exception {
        assertThat(collect(20 << 20, 10, 300_000, 16_384).size()).isEqualTo(300_000);
        assertThat(collect(20 << 20, -1, 300_000, 16_384).size()).isEqualTo(300_000);
        assertThat(collect(20 << 20, 20 << 20, 3, 16_384).array()).hasSize(GrowableBytes.MAX_HINT);
    }
}

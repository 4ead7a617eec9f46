package app.dossier.feed;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives a response body as it arrives and keeps it only while it stays under the size limit.
 * Cancelling the subscription is how a fetch stops reading: on the size limit, on the deadline
 * (see {@link #abort}), or after 64 KB of a body nobody reads (redirects, errors): small ones are
 * drained so the connection can be reused, large ones close it.
 *
 * <p>Threads: the HTTP client calls the subscriber methods one at a time; {@link #abort} may be
 * called from any thread (the deadline timer).
 */
final class BodyCollector implements HttpResponse.BodySubscriber<GrowableBytes> {

    private static final long DISCARD_LIMIT = 64 * 1024;

    private final long limit;
    private final boolean keep;
    private final CompletableFuture<GrowableBytes> body = new CompletableFuture<>();
    private final GrowableBytes bytes;
    private volatile Flow.Subscription subscription;
    private volatile long received;

    /**
     * @param limit          the most bytes accepted on the wire
     * @param declaredLength the {@code Content-Length}, or -1
     * @param keep           whether the body is wanted; otherwise it is drained and dropped
     */
    BodyCollector(long limit, long declaredLength, boolean keep) {
        this.limit = limit;
        this.keep = keep;
        this.bytes = new GrowableBytes(limit, keep ? declaredLength : -1);
        if (keep && declaredLength > limit) {
            body.completeExceptionally(new BodyTooLargeException(limit));
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (body.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        try {
            for (ByteBuffer b : buffers) {
                received += b.remaining();
                if (keep) {
                    bytes.write(b);
                }
            }
            if (!keep && received > DISCARD_LIMIT) {
                subscription.cancel();
                body.complete(bytes);
                return;
            }
        } catch (BodyTooLargeException e) {
            subscription.cancel();
            body.completeExceptionally(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        body.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        body.complete(bytes);
    }

    @Override
    public CompletionStage<GrowableBytes> getBody() {
        return body;
    }

    /** Bytes received, before decompression; read after the body completed. */
    long received() {
        return received;
    }

    /** Stops reading and fails the body with {@code cause}, unless it is already complete. */
    void abort(Throwable cause) {
        if (body.completeExceptionally(cause)) {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}

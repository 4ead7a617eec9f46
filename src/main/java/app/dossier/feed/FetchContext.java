package app.dossier.feed;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/** What every fetch of one {@link FeedFetcher} shares. Immutable; the parts are thread-safe. */
record FetchContext(
        HttpClient client,
        FetchSettings settings,
        HostQueue queue,
        HostBackoffs backoffs,
        NetworkStatus network,
        Executor executor,
        LongSupplier nanoTime) {

    Instant now() {
        return settings.clock().instant();
    }
}

package app.dossier.feed;

import app.dossier.feed.FetchResult.Problem;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * What an exception from the HTTP client means, in one line for the user and without Java's
 * names for it. {@code connectLevel} marks failures to reach the host at all (DNS, refused, no
 * route, connect timeout): those count against a feed only while the network is known to work.
 * Pure; any thread.
 *
 * @param problem      the kind of failure
 * @param message      one line for the user
 * @param connectLevel whether the host could not be reached at all
 */
record NetworkFailure(Problem problem, String message, boolean connectLevel) {

    /** {@code error} from a fetch of {@code host}, a timeout being the response limit in words. */
    static NetworkFailure of(Throwable error, String host, FetchSettings settings) {
        Throwable t = unwrap(error);
        if (t instanceof BodyTooLargeException) {
            return new NetworkFailure(Problem.TOO_LARGE, t.getMessage(), false);
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new NetworkFailure(Problem.CONNECT, "could not connect to " + host + " within "
                    + FeedFetcher.roughDuration(settings.connectTimeout()), true);
        }
        if (t instanceof HttpTimeoutException || t instanceof TimeoutException || t instanceof CancellationException) {
            return timeout(host, settings);
        }
        if (has(t, UnresolvedAddressException.class) || has(t, UnknownHostException.class)) {
            return new NetworkFailure(Problem.DNS, "could not find the server " + host, true);
        }
        if (has(t, SSLException.class)) {
            return new NetworkFailure(Problem.TLS, "the secure connection to " + host
                    + " failed (certificate or protocol problem)", false);
        }
        if (has(t, ConnectException.class) || has(t, NoRouteToHostException.class)) {
            return new NetworkFailure(Problem.CONNECT, "could not connect to " + host, true);
        }
        return new NetworkFailure(Problem.NETWORK, "the connection to " + host + " broke off", false);
    }

    /** The whole-response limit passed. */
    static NetworkFailure timeout(String host, FetchSettings settings) {
        return new NetworkFailure(Problem.TIMEOUT, "no complete answer from " + host + " within "
                + FeedFetcher.roughDuration(settings.responseTimeout()), false);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable e = t; e != null && depth < 20; e = e.getCause(), depth++) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }
}

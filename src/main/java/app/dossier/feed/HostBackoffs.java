package app.dossier.feed;

import app.dossier.model.HostBackoff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hosts that asked us to wait (429/503), in memory. The fetcher refuses to send anything to
 * them until their time has passed, whatever the caller asks; the store persists the same records
 * so the wait survives a restart. Threads: any.
 */
final class HostBackoffs {

    private final Map<String, Instant> until = new ConcurrentHashMap<>();

    void restore(Collection<HostBackoff> backoffs) {
        for (HostBackoff b : backoffs) {
            until.merge(b.host(), b.until(), (a, c) -> a.isAfter(c) ? a : c);
        }
    }

    /** The wait for {@code host} at {@code now}, or {@code null} when it may be asked. */
    HostBackoff waiting(String host, Instant now) {
        Instant t = until.get(host);
        if (t == null) {
            return null;
        }
        if (!now.isBefore(t)) {
            until.remove(host, t);
            return null;
        }
        return new HostBackoff(host, t);
    }

    HostBackoff record(String host, Instant t) {
        until.merge(host, t, (a, c) -> a.isAfter(c) ? a : c);
        return new HostBackoff(host, until.get(host));
    }

    List<HostBackoff> active(Instant now) {
        List<HostBackoff> list = new ArrayList<>();
        until.forEach((h, t) -> {
            if (now.isBefore(t)) {
                list.add(new HostBackoff(h, t));
            }
        });
        list.sort((a, b) -> a.host().compareTo(b.host()));
        return list;
    }
}

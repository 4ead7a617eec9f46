package app.dossier.cli;

import app.dossier.model.FeedStatus;
import app.dossier.model.RefreshOutcome;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** {@code dossier feeds --status}: what the last refresh of each feed did, and when the next is. */
final class FeedStatusTable {

    private FeedStatusTable() {
    }

    static void print(PrintStream out, List<FeedStatus> statuses, boolean json) {
        if (json) {
            try (Json j = Json.pretty(out)) {
                JsonGenerator g = j.generator();
                g.writeStartArray();
                for (FeedStatus s : statuses) {
                    RefreshOutcome o = s.lastOutcome();
                    g.writeStartObject();
                    g.writeNumberField("id", s.feed().id());
                    g.writeStringField("name", s.feed().name());
                    g.writeStringField("url", s.feed().url());
                    g.writeStringField("last_refresh", o == null ? null : o.at().toString());
                    if (o == null) {
                        g.writeNullField("http_status");
                    } else {
                        g.writeNumberField("http_status", o.httpStatus());
                    }
                    g.writeNumberField("bytes", o == null ? 0 : o.bytes());
                    g.writeNumberField("duration_ms", o == null ? 0 : o.duration().toMillis());
                    g.writeNumberField("new_articles", o == null ? 0 : o.newArticles());
                    g.writeStringField("error", o == null ? null : o.error());
                    g.writeStringField("next_check", s.nextCheck() == null ? null : s.nextCheck().toString());
                    g.writeBooleanField("gone", s.state().gone());
                    g.writeNumberField("failures", s.state().failures());
                    if (s.interval() == null) {
                        g.writeNullField("interval_minutes");
                    } else {
                        g.writeNumberField("interval_minutes", s.interval().toMinutes());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            } catch (IOException e) {
                throw new CommandFailure("cannot write output: " + e.getMessage());
            }
            out.println();
            return;
        }
        if (statuses.isEmpty()) {
            out.println("No subscriptions yet. Add one with: dossier add URL");
            return;
        }
        out.println(String.format("%5s  %-28s %-16s %6s %8s %6s %5s  %-16s  %s", "ID", "NAME", "LAST REFRESH", "STATUS",
                "BYTES", "TIME", "NEW", "NEXT CHECK", "PROBLEM"));
        for (FeedStatus s : statuses) {
            RefreshOutcome o = s.lastOutcome();
            String next = s.state().gone() ? "stopped (gone)" : s.nextCheck() == null ? "now" : Text.date(s.nextCheck());
            out.println(String.format("%5d  %s %-16s %6s %8s %6s %5s  %-16s  %s", s.feed().id(), Text.fit(s.feed().name(), 28),
                    o == null ? "never" : Text.date(o.at()), o == null ? "-" : status(o),
                    o == null ? "-" : bytes(o.bytes()), o == null ? "-" : duration(o.duration()),
                    o == null ? "-" : Integer.toString(o.newArticles()), next,
                    o == null || o.error() == null ? "" : o.error()));
        }
    }

    /** Bytes on the wire, short: "812 B", "14 KB", "3.2 MB". */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        if (n < 1_000_000) {
            return Math.round(n / 1000.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", n / 1e6);
    }

    /** How long the fetch took, short: "85 ms", "1.4 s". */
    static String duration(java.time.Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String status(RefreshOutcome o) {
        return o.httpStatus() == 0 ? "-" : Integer.toString(o.httpStatus());
    }
}

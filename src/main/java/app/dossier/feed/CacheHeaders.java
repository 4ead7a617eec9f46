package app.dossier.feed;

import app.dossier.model.CacheHints;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Reads what a response says about freshness: {@code Cache-Control: max-age} (less {@code Age}),
 * {@code Expires}, and {@code Retry-After} in both of its forms (seconds or an HTTP-date). Clamping
 * is the scheduler's business, except Retry-After, which the fetcher enforces per host. Pure.
 */
final class CacheHeaders {

    private CacheHeaders() {
    }

    /** The hints in {@code headers}; Retry-After is read only when {@code readRetryAfter}. */
    static CacheHints read(HttpHeaders headers, Instant now, boolean readRetryAfter) {
        Duration maxAge = maxAge(headers);
        Instant expires = maxAge == null ? HttpDates.parse(headers.firstValue("Expires").orElse(null)) : null;
        Instant retryAfter = readRetryAfter ? retryAfter(headers.firstValue("Retry-After").orElse(null), now) : null;
        if (maxAge == null && expires == null && retryAfter == null) {
            return CacheHints.NONE;
        }
        return new CacheHints(maxAge, expires, retryAfter);
    }

    /**
     * The time a {@code Retry-After} value asks us to wait until, or {@code null} when absent or
     * unreadable. A date in the past means "now".
     */
    static Instant retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            long seconds = v.length() > 12 ? Long.MAX_VALUE : Long.parseLong(v);
            return seconds > Duration.ofDays(3650).toSeconds() ? now.plus(Duration.ofDays(3650))
                    : now.plusSeconds(seconds);
        }
        Instant date = HttpDates.parse(v);
        if (date == null) {
            return null;
        }
        return date.isBefore(now) ? now : date;
    }

    private static Duration maxAge(HttpHeaders headers) {
        Long maxAge = null;
        for (String line : headers.allValues("Cache-Control")) {
            for (String directive : line.split(",")) {
                String d = directive.trim().toLowerCase(Locale.ROOT);
                if (d.startsWith("max-age")) {
                    Long seconds = seconds(d.substring("max-age".length()).trim());
                    if (seconds != null) {
                        maxAge = seconds;
                    }
                }
            }
        }
        if (maxAge == null) {
            return null;
        }
        Long age = seconds("=" + headers.firstValue("Age").orElse("").trim());
        long remaining = maxAge - (age == null ? 0 : age);
        return Duration.ofSeconds(Math.max(0, remaining));
    }

    /** {@code "=120"} or {@code "=\"120\""} to 120; anything else to {@code null}. */
    private static Long seconds(String assignment) {
        if (!assignment.startsWith("=")) {
            return null;
        }
        String v = assignment.substring(1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        if (v.isEmpty() || v.length() > 12 || !v.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(v);
    }
}

package app.dossier.feed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Reads HTTP-date values ({@code Expires}, {@code Retry-After}) in the three forms RFC 9110 asks
 * recipients to accept: IMF-fixdate, the obsolete RFC 850 form and C's asctime. Pure; any thread.
 */
final class HttpDates {

    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
            .appendPattern(" HH:mm:ss")
            .toFormatter(Locale.US);

    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("EEE MMM d HH:mm:ss yyyy")
            .toFormatter(Locale.US);

    private HttpDates() {
    }

    /** The instant an HTTP-date names, or {@code null} when the value is not a date we can read. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim().replaceAll("\\s+", " ");
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // try the obsolete forms
        }
        try {
            String withoutZone = v.endsWith(" GMT") ? v.substring(0, v.length() - 4) : v;
            return LocalDateTime.parse(withoutZone, RFC_850).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try asctime
        }
        try {
            return LocalDateTime.parse(v, ASCTIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

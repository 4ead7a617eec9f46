package app.dossier.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the dates feeds write: W3C-DTF/ISO 8601 ({@code 2004-01-01T19:48:21+01:00} and its
 * truncations), RFC 822/1123 ({@code Thu, 01 Jan 2004 19:48:21 GMT}, two-digit years, named zones,
 * missing seconds or weekday) and the loose variants around them ({@code 1 January 2004 7:48 PM},
 * {@code 2004-01-01 19:48:21 +0100}). Anything it cannot read is {@code null} ("unknown"), never an
 * error. Hand-written rather than {@code DateTimeFormatter} attempts because it runs once per item
 * on the refresh path. Stateless; any thread.
 */
final class DateParser {

    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0),
            Map.entry("WET", 0), Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("MET", 60),
            Map.entry("CEST", 120), Map.entry("MEST", 120), Map.entry("EET", 120), Map.entry("EEST", 180),
            Map.entry("MSK", 180), Map.entry("MSD", 240), Map.entry("IST", 330), Map.entry("SGT", 480),
            Map.entry("HKT", 480), Map.entry("JST", 540), Map.entry("KST", 540),
            Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("NZST", 720),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
            Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("HST", -600),
            Map.entry("A", -60), Map.entry("M", -720), Map.entry("N", 60), Map.entry("Y", 720));

    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private DateParser() {
    }

    /** The instant the text names, or {@code null} when it is absent or not a date we can read. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 100) {
            return null;
        }
        try {
            Instant iso = parseIso(s);
            return iso != null ? iso : parseLoose(s);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    // ---- ISO 8601 / W3C-DTF: YYYY[-MM[-DD]][(T| )hh:mm[:ss[.fff]]][zone] ----

    private static Instant parseIso(String s) {
        int n = s.length();
        if (n < 4 || !digits(s, 0, 4)) {
            return null;
        }
        int year = num(s, 0, 4);
        int month = 1;
        int day = 1;
        int i = 4;
        if (i < n && s.charAt(i) == '-') {
            if (!digits(s, i + 1, 2)) {
                return null;
            }
            month = num(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == '-') {
                if (!digits(s, i + 1, 2)) {
                    return null;
                }
                day = num(s, i + 1, 2);
                i += 3;
            }
        } else if (n >= 8 && digits(s, 4, 4)) {
            month = num(s, 4, 2);
            day = num(s, 6, 2);
            i = 8;
        }
        if (i == n) {
            return LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        char sep = s.charAt(i);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return null;
        }
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == 'T' || s.charAt(i) == 't')) {
            i++;
        }
        if (!digits(s, i, 2)) {
            return null;
        }
        int hour = num(s, i, 2);
        i += 2;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        if (i < n && s.charAt(i) == ':') {
            if (!digits(s, i + 1, 2)) {
                return null;
            }
            minute = num(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == ':') {
                if (!digits(s, i + 1, 2)) {
                    return null;
                }
                second = num(s, i + 1, 2);
                i += 3;
                if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                    int start = ++i;
                    while (i < n && isDigit(s.charAt(i))) {
                        i++;
                    }
                    String fraction = (s.substring(start, Math.min(i, start + 9)) + "000000000").substring(0, 9);
                    nanos = Integer.parseInt(fraction);
                }
            }
        } else if (digits(s, i, 4)) {
            minute = num(s, i, 2);
            second = num(s, i + 2, 2);
            i += 4;
        }
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        Integer offsetMinutes = i == n ? Integer.valueOf(0) : zone(s.substring(i));
        if (offsetMinutes == null) {
            return null;
        }
        return assemble(year, month, day, hour, minute, second, nanos, offsetMinutes);
    }

    // ---- RFC 822 and everything looser: tokens in any reasonable order ----

    private static Instant parseLoose(String s) {
        int year = -1;
        int month = -1;
        int day = -1;
        int hour = -1;
        int minute = 0;
        int second = 0;
        Integer offset = null;
        boolean pm = false;
        boolean am = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                String word = s.substring(start, i);
                int m = monthOf(word);
                Integer z = ZONES.get(word.toUpperCase(Locale.ROOT));
                if (m > 0 && month < 0 && word.length() >= 3) {
                    month = m;
                } else if (z != null && hour >= 0 && offset == null) {
                    offset = z;
                } else if (word.equalsIgnoreCase("pm")) {
                    pm = true;
                } else if (word.equalsIgnoreCase("am")) {
                    am = true;
                }
            } else if (isDigit(c)) {
                int start = i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                int len = i - start;
                if (i < n && s.charAt(i) == ':' && len <= 2 && hour < 0) {
                    hour = num(s, start, len);
                    i++;
                    int ms = i;
                    while (i < n && isDigit(s.charAt(i))) {
                        i++;
                    }
                    if (i - ms != 2) {
                        return null;
                    }
                    minute = num(s, ms, 2);
                    if (i < n && s.charAt(i) == ':' && digits(s, i + 1, 2)) {
                        second = num(s, i + 1, 2);
                        i += 3;
                        while (i < n && (s.charAt(i) == '.' || isDigit(s.charAt(i)))) {
                            i++;
                        }
                    }
                } else if (len == 4 && year < 0) {
                    year = num(s, start, 4);
                } else if (len <= 2 && day < 0 && (month < 0 || year < 0 || hour < 0)) {
                    day = num(s, start, len);
                } else if (len <= 2 && year < 0) {
                    int y = num(s, start, len);
                    year = y < 50 ? 2000 + y : 1900 + y;
                } else {
                    return null;
                }
            } else if ((c == '+' || c == '-') && hour >= 0 && offset == null && digits(s, i + 1, 2)) {
                int end = i + 1;
                while (end < n && (isDigit(s.charAt(end)) || s.charAt(end) == ':')) {
                    end++;
                }
                offset = zone(s.substring(i, end));
                if (offset == null) {
                    return null;
                }
                i = end;
            } else {
                i++;
            }
        }
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        if (hour < 0) {
            hour = 0;
        }
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        return assemble(year, month, day, hour, minute, second, 0, offset == null ? 0 : offset);
    }

    /** Minutes east of UTC for "Z", "+01:00", "-0500", "+01", a zone name; {@code null} if unreadable. */
    private static Integer zone(String z) {
        String t = z.strip();
        if (t.isEmpty()) {
            return 0;
        }
        char c = t.charAt(0);
        if (c == '+' || c == '-') {
            String d = t.substring(1).replace(":", "");
            if (!(d.length() == 2 || d.length() == 4) || !digits(d, 0, d.length())) {
                return null;
            }
            int minutes = num(d, 0, 2) * 60 + (d.length() == 4 ? num(d, 2, 2) : 0);
            if (minutes > 18 * 60) {
                return null;
            }
            return c == '-' ? -minutes : minutes;
        }
        return ZONES.get(t.toUpperCase(Locale.ROOT));
    }

    private static Instant assemble(int year, int month, int day, int hour, int minute, int second,
            int nanos, int offsetMinutes) {
        if (hour == 24 && minute == 0 && second == 0) {
            return LocalDate.of(year, month, day).plusDays(1).atStartOfDay()
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        }
        int sec = Math.min(second, 59); // a leap second lands on :59
        return LocalDate.of(year, month, day).atTime(LocalTime.of(hour, minute, sec, nanos))
                .toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }

    private static int monthOf(String word) {
        if (word.length() < 3) {
            return -1;
        }
        String p = word.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            if (MONTHS[m].equals(p)) {
                return m + 1;
            }
        }
        return -1;
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}

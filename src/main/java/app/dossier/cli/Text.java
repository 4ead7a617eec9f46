package app.dossier.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Terminal text: fitting strings into columns (wide East Asian characters take two cells). */
final class Text {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Text() {
    }

    /** {@code s} cut or padded to exactly {@code width} terminal cells. */
    static String fit(String s, int width) {
        String text = s == null ? "" : s.replaceAll("[\\s\\u00a0]+", " ").strip();
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = cells(cp);
            if (used + w > width - 1 && i + Character.charCount(cp) < text.length()
                    || used + w > width) {
                out.append('…');
                used++;
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        while (used < width) {
            out.append(' ');
            used++;
        }
        return out.toString();
    }

    static int cells(int cp) {
        if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200b) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf)
                || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
                || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff)
                || (cp >= 0x20000 && cp <= 0x3fffd);
        return wide ? 2 : 1;
    }

    /** A local date and time, or a dash. */
    static String date(Instant instant) {
        return instant == null ? "-" : DATE.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String plural(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}

package app.dossier.model;

import java.util.Locale;

/**
 * The stable identity of an article: a 64-bit hash of its feed and its own key (see the library's
 * identity rules). Written as 16 lowercase hexadecimal digits.
 */
public record ArticleId(long value) {

    /** Parses the 16-digit form; {@code null} when the text is not such an id. */
    public static ArticleId parse(String text) {
        if (text == null || text.length() != 16) {
            return null;
        }
        try {
            return new ArticleId(Long.parseUnsignedLong(text, 16));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when {@code text} could be the start of an id: 1 to 16 hexadecimal digits. */
    public static boolean isPrefix(String text) {
        if (text == null || text.isEmpty() || text.length() > 16) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%016x", value);
    }
}

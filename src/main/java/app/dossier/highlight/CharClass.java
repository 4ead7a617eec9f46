package app.dossier.highlight;

/**
 * The {@link Character} tests the tokenizer runs on every character, answered from a table for
 * ASCII (most characters of English news) and by {@link Character} for the rest, so the answers
 * are always {@link Character}'s own. Stateless.
 */
final class CharClass {

    private static final byte WHITESPACE = 1;
    private static final byte LETTER_OR_DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isWhitespace(c) ? WHITESPACE : 0)
                    | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0) | (Character.isUpperCase(c) ? UPPER : 0));
        }
    }

    private CharClass() {
    }

    static boolean isWhitespace(char c) {
        return c < 128 ? (ASCII[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
    }

    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }
}

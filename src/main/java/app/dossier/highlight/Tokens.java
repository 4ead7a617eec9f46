package app.dossier.highlight;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words and punctuation of one text, as parallel arrays of offsets. Words keep inner hyphens
 * and apostrophes ("cease-fire", "O'Brien"), abbreviations with dots stay whole ("U.S."), and a
 * possessive "'s" is split off ("Ukraine" + "'s") so gazetteers see the bare name. Created per
 * article on the analysing thread; not shared.
 */
final class Tokens {

    final String text;
    int size;
    int[] start;
    int[] end;
    private String[] words;
    private String[] lowers;
    /** Per-token memo of the gazetteer's answer: null not asked yet, NO_MATCH asked and none. */
    Object[] matches;
    /** Per-token word-class bits plus one, 0 when not looked up yet. */
    int[] classes;

    private Tokens(String text) {
        this.text = text;
        int cap = Math.max(16, text.length() / 4);
        start = new int[cap];
        end = new int[cap];
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text);
        t.scan();
        return t;
    }

    private void scan() {
        String s = text;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = wordEnd(s, i);
                add(i, j);
                i = j;
                if (i + 1 < n && isApostrophe(s.charAt(i)) && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                        && (i + 2 == n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
                    add(i, i + 2);
                    i += 2;
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n) {
                add(i, i + 2);
                i += 2;
                continue;
            }
            add(i, i + 1);
            i++;
        }
        words = new String[size];
        lowers = new String[size];
    }

    private static int wordEnd(String s, int i) {
        int n = s.length();
        // Abbreviations written with dots: U.S., U.K., U.S.S.R.
        if (Character.isUpperCase(s.charAt(i)) && i + 3 < n && s.charAt(i + 1) == '.'
                && Character.isUpperCase(s.charAt(i + 2)) && s.charAt(i + 3) == '.') {
            int j = i;
            while (j + 1 < n && Character.isUpperCase(s.charAt(j)) && s.charAt(j + 1) == '.') {
                j += 2;
            }
            return j;
        }
        int j = i + 1;
        while (j < n) {
            char c = s.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '\u0301') {
                j++;
            } else if ((c == '-' || c == '\u2011' || c == '.' || c == ',' || isApostrophe(c))
                    && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1))) {
                if (isApostrophe(c) && (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')
                        && (j + 2 == n || !Character.isLetterOrDigit(s.charAt(j + 2)))) {
                    return j; // possessive: split off
                }
                if ((c == '.' || c == ',') && !(Character.isDigit(s.charAt(j - 1))
                        && Character.isDigit(s.charAt(j + 1)))) {
                    return j; // dots and commas stay inside numbers only
                }
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private void add(int s, int e) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
        }
        start[size] = s;
        end[size] = e;
        size++;
    }

    /** The token as written. */
    String word(int i) {
        String w = words[i];
        if (w == null) {
            w = text.substring(start[i], end[i]);
            words[i] = w;
        }
        return w;
    }

    /** The token in lower case. */
    String lower(int i) {
        String w = lowers[i];
        if (w == null) {
            String word = word(i);
            w = word;
            for (int c = 0; c < word.length(); c++) {
                if (Character.isUpperCase(word.charAt(c))) {
                    w = word.toLowerCase(Locale.ROOT); // most words are lower case already: no copy for them
                    break;
                }
            }
            lowers[i] = w;
        }
        return w;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && Character.isLetterOrDigit(text.charAt(start[i]));
    }

    boolean isCapitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    boolean isPossessive(int i) {
        return i >= 0 && i < size && end[i] - start[i] == 2 && isApostrophe(text.charAt(start[i]))
                && (text.charAt(start[i] + 1) == 's' || text.charAt(start[i] + 1) == 'S');
    }

    /** Whether token {@code i} is the single character {@code c}. */
    boolean is(int i, char c) {
        return i >= 0 && i < size && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    /** Index of the first token that ends after {@code offset}, or {@code size}. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether a paragraph break (blank line or line break) lies between tokens a and b. */
    boolean lineBreakBetween(int a, int b) {
        for (int k = end[a]; k < start[b]; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }
}

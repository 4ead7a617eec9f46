package app.dossier.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.text.Normalizer;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The form text takes in the search index, and queries with it: every character that is not part
 * of a word becomes a space, letters lose their case and their accents ("Kraków" is found by
 * "krakow", "ΣΟΦΊΑ" by "σοφια"), and invisible marks inside words (soft hyphens, joiners) vanish.
 * ASCII is left as it is; the index's own tokenizer ({@code ascii}) splits on ASCII punctuation
 * and folds ASCII case. Doing the rest here rather than in SQLite's {@code unicode61} tokenizer
 * moves that work from the single database writer to the threads that prepare articles, which
 * halves the time the index takes to build (its tokenizer decodes and folds every character).
 *
 * <p>Word characters are letters, digits and other numbers, spacing marks (vowel signs of Indic
 * scripts) and private-use characters. Non-spacing and enclosing marks are dropped, so a
 * decomposed "é" folds like a composed one. A letter folds to its lower case, then to the base
 * letter of its canonical decomposition when the rest of that decomposition is marks; the letters
 * with a stroke that have no decomposition (ł, ø, đ, ħ, ŧ, ƀ) fold to their base letter, final
 * sigma to sigma, dotless i to i. A character whose folded form would be longer in UTF-8 than the
 * character itself (two obscure Latin capitals) is kept as it is, which lets folding work in place.
 */
public final class SearchFold {

    /** A character that is dropped. */
    private static final char DROP = 0;
    private static final char SPACE = ' ';
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Folded characters of the Basic Multilingual Plane, 256 at a time, made when first needed. */
    private static final AtomicReferenceArray<char[]> BLOCKS = new AtomicReferenceArray<>(256);

    private SearchFold() {
    }

    /** {@code text} folded; null stays null. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int f = foldSupplementary(Character.toCodePoint(c, text.charAt(i + 1)));
                if (f >= 0) {
                    out.appendCodePoint(f);
                }
                i += 2;
            } else {
                char f = Character.isSurrogate(c) ? SPACE : fold(c);
                if (f != DROP) {
                    out.append(f);
                }
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Folds the UTF-8 in {@code b[from, to)} in place and returns where the folded text ends
     * (never past {@code to}). A malformed byte becomes a space.
     */
    public static int utf8(byte[] b, int from, int to) {
        return copy(b, from, to, b, from);
    }

    /**
     * Copies the UTF-8 in {@code in[from, to)} folded into {@code out} from {@code o} and returns
     * where the folded text ends there; it is never longer than what it was folded from, so the
     * copy may go to the same array at or before {@code from}. A malformed byte becomes a space.
     */
    public static int copy(byte[] in, int from, int to, byte[] out, int o) {
        int r = nextNonAscii(in, from, to);
        if (in != out || o != from) {
            System.arraycopy(in, from, out, o, r - from);
        }
        int w = o + (r - from);
        while (r < to) {
            int v = in[r] & 0xff;
            int len;
            int cp;
            if (v >= 0xc2 && v < 0xe0 && r + 1 < to && isTail(in[r + 1])) {
                len = 2;
                cp = (v & 0x1f) << 6 | (in[r + 1] & 0x3f);
            } else if (v >= 0xe0 && v < 0xf0 && r + 2 < to && isTail(in[r + 1]) && isTail(in[r + 2])) {
                len = 3;
                cp = (v & 0x0f) << 12 | (in[r + 1] & 0x3f) << 6 | (in[r + 2] & 0x3f);
                if (cp < 0x800 || Character.isSurrogate((char) cp)) {
                    cp = -1;
                }
            } else if (v >= 0xf0 && v < 0xf5 && r + 3 < to && isTail(in[r + 1]) && isTail(in[r + 2])
                    && isTail(in[r + 3])) {
                len = 4;
                cp = (v & 0x07) << 18 | (in[r + 1] & 0x3f) << 12 | (in[r + 2] & 0x3f) << 6 | (in[r + 3] & 0x3f);
                if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
                    cp = -1;
                }
            } else {
                len = 1;
                cp = -1;
            }
            r += len;
            if (cp < 0) {
                out[w++] = SPACE;
            } else if (len == 4) {
                int f = foldSupplementary(cp);
                if (f >= 0) {
                    w = put(out, w, f);
                }
            } else {
                char f = fold((char) cp);
                if (f != DROP) {
                    w = put(out, w, f);
                }
            }
            // The run of ASCII up to the next other byte, copied (or moved down over what folding saved).
            int next = nextNonAscii(in, r, to);
            if (next > r) {
                if (in != out || w != r) {
                    System.arraycopy(in, r, out, w, next - r);
                }
                w += next - r;
                r = next;
            }
        }
        return w;
    }

    /** The folded form of a character of the Basic Multilingual Plane other than a surrogate. */
    static char fold(char c) {
        if (c < 0x80) {
            return c;
        }
        char[] block = BLOCKS.get(c >>> 8);
        if (block == null) {
            block = block(c >>> 8);
            BLOCKS.compareAndSet(c >>> 8, null, block);
        }
        return block[c & 0xff];
    }

    private static char[] block(int hi) {
        char[] out = new char[256];
        for (int lo = 0; lo < 256; lo++) {
            int c = hi << 8 | lo;
            out[lo] = c < 0x80 ? (char) c : Character.isSurrogate((char) c) ? SPACE : compute((char) c);
        }
        return out;
    }

    /** Folds one character, from first principles (the table caches this). */
    private static char compute(char c) {
        if (c == '\u200b') {
            return SPACE; // the zero-width space separates words in scripts written without spaces
        }
        switch (kind(Character.getType(c))) {
            case INVISIBLE -> {
                return DROP;
            }
            case WORD -> {
                char f = c;
                // Folding again changes nothing: a base letter can still have a lower case.
                for (int k = 0; k < 3; k++) {
                    char next = letter(f);
                    if (next == f) {
                        break;
                    }
                    f = next;
                }
                return utf8Length(f) <= utf8Length(c) ? f : c;
            }
            default -> {
                return SPACE;
            }
        }
    }

    /** What a character of a Unicode general category is to the index. */
    private enum Kind { WORD, INVISIBLE, SEPARATOR }

    private static Kind kind(int type) {
        return switch (type) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT -> Kind.INVISIBLE;
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.COMBINING_SPACING_MARK,
                    Character.PRIVATE_USE -> Kind.WORD;
            default -> Kind.SEPARATOR;
        };
    }

    /**
     * Lower-case letters that have no canonical decomposition, each followed by what it folds to:
     * the letters with a stroke, dotless i, final sigma.
     */
    private static final String UNDECOMPOSED = "\u0142l\u00f8o\u0111d\u0127h\u0167t\u0180b\u0131i\u03c2\u03c3";

    private static char letter(char c) {
        char lower = Character.toLowerCase(c);
        for (int k = 0; k < UNDECOMPOSED.length(); k += 2) {
            if (UNDECOMPOSED.charAt(k) == lower) {
                return UNDECOMPOSED.charAt(k + 1);
            }
        }
        if (lower < 0xc0) {
            return lower;
        }
        String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        if (d.length() < 2) {
            return lower;
        }
        for (int k = 1; k < d.length(); k++) {
            if (Character.getType(d.charAt(k)) != Character.NON_SPACING_MARK) {
                return lower; // Hangul syllables decompose into letters: kept whole
            }
        }
        return d.charAt(0);
    }

    /** The folded form of a code point past the Basic Multilingual Plane, or -1 when it is dropped. */
    private static int foldSupplementary(int cp) {
        return switch (kind(Character.getType(cp))) {
            case INVISIBLE -> -1;
            case WORD -> {
                int lower = Character.toLowerCase(cp);
                yield Character.isSupplementaryCodePoint(lower) ? lower : cp;
            }
            default -> SPACE;
        };
    }

    private static int utf8Length(char c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    private static boolean isTail(byte b) {
        return (b & 0xc0) == 0x80;
    }

    /** Writes {@code cp} as UTF-8 at {@code b[w]}; the index after it. */
    private static int put(byte[] b, int w, int cp) {
        if (cp < 0x80) {
            b[w++] = (byte) cp;
        } else if (cp < 0x800) {
            b[w++] = (byte) (0xc0 | cp >>> 6);
            b[w++] = (byte) (0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            b[w++] = (byte) (0xe0 | cp >>> 12);
            b[w++] = (byte) (0x80 | cp >>> 6 & 0x3f);
            b[w++] = (byte) (0x80 | cp & 0x3f);
        } else {
            b[w++] = (byte) (0xf0 | cp >>> 18);
            b[w++] = (byte) (0x80 | cp >>> 12 & 0x3f);
            b[w++] = (byte) (0x80 | cp >>> 6 & 0x3f);
            b[w++] = (byte) (0x80 | cp & 0x3f);
        }
        return w;
    }

    /** The first byte at or after {@code from} that is not ASCII, or {@code to}: eight bytes at a time. */
    private static int nextNonAscii(byte[] b, int from, int to) {
        int i = from;
        while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
            i += 8;
        }
        while (i < to && b[i] >= 0) {
            i++;
        }
        return i;
    }
}

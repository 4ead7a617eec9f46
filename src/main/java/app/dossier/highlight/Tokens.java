package app.dossier.highlight;

import java.util.Arrays;

/**
 * The words and punctuation of one text, as parallel arrays of offsets. Words keep inner hyphens
 * and apostrophes ("cease-fire", "O'Brien"), abbreviations with dots stay whole ("U.S."), and a
 * possessive "'s" is split off ("Ukraine" + "'s") so gazetteers see the bare name. Each token
 * points to its {@link Word}, shared by all tokens of the same form, so that what the lists say
 * about a form is worked out once per article. Created per article on the analysing thread; not
 * shared.
 */
final class Tokens {

    final String text;
    /** The text's characters: scanning and hashing an array is cheaper than {@code String.charAt}. */
    private final char[] chars;
    int size;
    int[] start;
    int[] end;
    /** Per token: how many line breaks come before it, for {@link #lineBreakBetween}. */
    private int[] line;
    private Word[] forms;
    /** Per token: the index of its form among this text's distinct forms, in order of first use. */
    private int[] typeOf;
    /** Number of distinct forms. */
    int types;
    /** Per-token memo of the gazetteer's answer: null not asked yet, NO_MATCH asked and none. */
    Object[] matches;

    /**
     * Arrays an analysing thread hands from one article's tokens to the next: an article's
     * tokens are dropped when its analysis ends, and taking fresh memory for every article costs
     * more than the work done in it. Names and terms tokenised during an analysis never use them.
     */
    private static final class Buffers {
        int[] start = new int[2048];
        int[] end = new int[2048];
        int[] line = new int[2048];
        Word[] forms = new Word[2048];
        int[] typeOf = new int[2048];
        int[] firstToken = new int[4096];
        int[] hashes = new int[4096];
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** This thread's buffers while they are lent to this instance, else {@code null}. */
    private final Buffers buffers;

    private Tokens(String text, char[] chars, Buffers buffers) {
        this.text = text;
        this.chars = chars;
        this.buffers = buffers;
        int cap = Math.max(16, text.length() / 4);
        if (buffers != null) {
            if (buffers.start.length < cap) {
                buffers.start = new int[cap];
                buffers.end = new int[cap];
                buffers.line = new int[cap];
            }
            start = buffers.start;
            end = buffers.end;
            line = buffers.line;
        } else {
            start = new int[cap];
            end = new int[cap];
            line = new int[cap];
        }
    }

    /** Tokens of a name or term, outside an analysis: their forms know no word lists. */
    static Tokens of(String text) {
        return of(text, WordIndex.EMPTY);
    }

    /** Tokens of an article, with forms looked up in the analyser's word index. */
    static Tokens of(String text, WordIndex index) {
        return of(text, text.toCharArray(), index);
    }

    /** Tokens of an article whose characters {@code chars} the caller has already taken out. */
    static Tokens of(String text, char[] chars, WordIndex index) {
        return of(text, chars, index, null);
    }

    /**
     * Like {@link #of(String, char[], WordIndex)}, in arrays the calling thread lends from one
     * analysis to the next: the result is valid only until the thread's next call of this method.
     */
    static Tokens ofArticle(String text, char[] chars, WordIndex index) {
        return of(text, chars, index, BUFFERS.get());
    }

    private static Tokens of(String text, char[] chars, WordIndex index, Buffers buffers) {
        Tokens t = new Tokens(text, chars, buffers);
        t.scan();
        t.intern(index);
        return t;
    }

    /**
     * Gives every token its form: one {@link Word} per distinct string, found by the token's
     * characters, first among the forms already seen in this text, then among those the thread
     * met recently ({@link FormCache}), then in the index.
     */
    private void intern(WordIndex index) {
        // Names and terms outside an analysis (the empty index) are short: not worth a cache, and
        // they must not evict the analyser's.
        FormCache cache = index == WordIndex.EMPTY ? null : FormCache.forThread(index);
        int capacity = Integer.highestOneBit(Math.max(8, size) * 2 - 1) << 1;
        int[] firstToken; // a token of the slot's form, plus one; 0: empty
        int[] hashes;
        Buffers b = buffers;
        if (b != null) {
            if (b.forms.length < size) {
                b.forms = new Word[start.length];
                b.typeOf = new int[start.length];
            }
            if (b.firstToken.length < capacity) {
                b.firstToken = new int[capacity];
                b.hashes = new int[capacity];
            }
            forms = b.forms;
            typeOf = b.typeOf;
            firstToken = b.firstToken;
            hashes = b.hashes;
            Arrays.fill(firstToken, 0, capacity, 0);
        } else {
            forms = new Word[size];
            typeOf = new int[size];
            firstToken = new int[capacity];
            hashes = new int[capacity];
        }
        int mask = capacity - 1;
        char[] c = chars;
        for (int k = 0; k < size; k++) {
            int from = start[k];
            int to = end[k];
            int h = WordIndex.hash(c, from, to);
            int i = WordIndex.slot(h, mask);
            int seen;
            while ((seen = firstToken[i]) != 0 && !(hashes[i] == h
                    && end[seen - 1] - start[seen - 1] == to - from
                    && WordIndex.sameChars(c, start[seen - 1], c, from, to - from))) {
                i = (i + 1) & mask;
            }
            if (seen != 0) {
                forms[k] = forms[seen - 1];
                typeOf[k] = typeOf[seen - 1];
                continue;
            }
            if (cache != null) {
                forms[k] = cache.get(c, from, to, h);
            } else {
                Word w = index.get(c, from, to, h);
                forms[k] = w != null ? w : new Word(new String(c, from, to - from), index);
            }
            typeOf[k] = types++;
            firstToken[i] = k + 1;
            hashes[i] = h;
        }
    }

    private void scan() {
        char[] s = chars;
        int n = s.length;
        int breaks = 0;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (CharClass.isWhitespace(c)) {
                if (c == '\n') {
                    breaks++;
                }
                i++;
                continue;
            }
            if (CharClass.isLetterOrDigit(c)) {
                int j = wordEnd(s, i);
                add(i, j, breaks);
                i = j;
                if (i + 1 < n && isApostrophe(s[i]) && (s[i + 1] == 's' || s[i + 1] == 'S')
                        && (i + 2 == n || !CharClass.isLetterOrDigit(s[i + 2]))) {
                    add(i, i + 2, breaks);
                    i += 2;
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n) {
                add(i, i + 2, breaks);
                i += 2;
                continue;
            }
            add(i, i + 1, breaks);
            i++;
        }
    }

    private static int wordEnd(char[] s, int i) {
        int n = s.length;
        // Abbreviations written with dots: U.S., U.K., U.S.S.R.
        if (CharClass.isUpperCase(s[i]) && i + 3 < n && s[i + 1] == '.'
                && CharClass.isUpperCase(s[i + 2]) && s[i + 3] == '.') {
            int j = i;
            while (j + 1 < n && CharClass.isUpperCase(s[j]) && s[j + 1] == '.') {
                j += 2;
            }
            return j;
        }
        int j = i + 1;
        while (j < n) {
            char c = s[j];
            if (CharClass.isLetterOrDigit(c) || c == '\u0301') {
                j++;
            } else if (c == '&' && j + 1 < n && CharClass.isUpperCase(s[j - 1]) && CharClass.isUpperCase(s[j + 1])) {
                j += 2; // "AT&T", "S&P", "M&A": one name
            } else if ((c == '-' || c == '\u2011' || c == '.' || c == ',' || isApostrophe(c))
                    && j + 1 < n && CharClass.isLetterOrDigit(s[j + 1])) {
                if (isApostrophe(c) && (s[j + 1] == 's' || s[j + 1] == 'S')
                        && (j + 2 == n || !CharClass.isLetterOrDigit(s[j + 2]))) {
                    return j; // possessive: split off
                }
                if ((c == '.' || c == ',') && !(Character.isDigit(s[j - 1]) && Character.isDigit(s[j + 1]))) {
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

    private void add(int s, int e, int breaks) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            line = Arrays.copyOf(line, size * 2);
            if (buffers != null) {
                buffers.start = start;
                buffers.end = end;
                buffers.line = line;
            }
        }
        start[size] = s;
        end[size] = e;
        line[size] = breaks;
        size++;
    }

    /** The form of token {@code i}: its strings and what the word lists say about it. */
    Word form(int i) {
        return forms[i];
    }

    /** The index of token {@code i}'s form among the {@link #types} distinct forms of this text. */
    int type(int i) {
        return typeOf[i];
    }

    /** The token as written. */
    String word(int i) {
        return forms[i].text;
    }

    /** The token in lower case. */
    String lower(int i) {
        return forms[i].lower;
    }

    /** Whether token {@code i} is in one of the {@link WordClass} lists of {@code mask}. */
    boolean has(int i, long mask) {
        return (forms[i].classes & mask) != 0;
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && forms[i].isWord;
    }

    boolean isCapitalized(int i) {
        return i >= 0 && i < size && forms[i].capitalized;
    }

    boolean isPossessive(int i) {
        return i >= 0 && i < size && end[i] - start[i] == 2 && isApostrophe(chars[start[i]])
                && (chars[start[i] + 1] == 's' || chars[start[i] + 1] == 'S');
    }

    /** Whether token {@code i} is the single character {@code c}. */
    boolean is(int i, char c) {
        return i >= 0 && i < size && end[i] - start[i] == 1 && chars[start[i]] == c;
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

    /**
     * Whether a paragraph break (blank line or line break) lies between tokens a and b. Tokens
     * never contain a line break, so counting the breaks before each token answers it.
     */
    boolean lineBreakBetween(int a, int b) {
        return line[b] > line[a];
    }
}

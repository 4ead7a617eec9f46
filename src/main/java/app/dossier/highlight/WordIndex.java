package app.dossier.highlight;

import java.util.Set;

/**
 * Every word the analyser has a list for (gazetteer name openings, given names, stop words, verbs,
 * the closed word classes), each with its ready-made {@link Word}, in one open-addressing hash
 * table that a token is looked up in by its characters, without cutting a substring. Keys sit in
 * one character pool, hashes and lengths together in one long array, so a probe that misses
 * touches no objects and one memory read. Built once by {@link GazetteerLoader}; immutable
 * afterwards and safe to share between threads.
 */
final class WordIndex {

    /** An index that knows no word: for tokenising names and terms outside an analysis. */
    static final WordIndex EMPTY = new Builder().build();

    private final int mask;
    /**
     * Per slot: the key's hash in the high half and its length plus one in the low half (0: empty
     * slot), so one read tells a probe whether the slot is empty or can hold its key.
     */
    private final long[] meta;
    /** Per slot: start of the key in {@link #pool}. */
    private final int[] keyStart;
    private final char[] pool;
    /** Per slot: bits of the lists of lower-case words that contain the key itself. */
    private final long[] lowerClasses;
    private final Word[] words;

    private WordIndex(int capacity, int poolSize) {
        mask = capacity - 1;
        meta = new long[capacity];
        keyStart = new int[capacity];
        pool = new char[poolSize];
        lowerClasses = new long[capacity];
        words = new Word[capacity];
    }

    /** The form of {@code chars[from, to)}, whose {@link #hash} is {@code hash}, or {@code null}. */
    Word get(char[] chars, int from, int to, int hash) {
        int i = find(chars, from, to, hash);
        return i < 0 ? null : words[i];
    }

    /** The form of a string, or {@code null}. */
    Word get(String s) {
        int i = find(s);
        return i < 0 ? null : words[i];
    }

    /** Bits of the lists of lower-case words that contain {@code s} itself; 0 when none does. */
    long lowerClasses(String s) {
        int i = find(s);
        return i < 0 ? 0 : lowerClasses[i];
    }

    /** Number of strings indexed. */
    int size() {
        int n = 0;
        for (long m : meta) {
            n += m == 0 ? 0 : 1;
        }
        return n;
    }

    /** Visits every form; order is unspecified. */
    void forEach(java.util.function.Consumer<Word> action) {
        for (Word w : words) {
            if (w != null) {
                action.accept(w);
            }
        }
    }

    private int find(char[] chars, int from, int to, int hash) {
        long want = key(hash, to - from);
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            long m = meta[i];
            if (m == 0) {
                return -1;
            }
            if (m == want && sameChars(pool, keyStart[i], chars, from, to - from)) {
                return i;
            }
        }
    }

    /** A slot's {@code meta} value for a key of this hash and length: never 0. */
    static long key(int hash, int length) {
        return (long) hash << 32 | (length + 1);
    }

    private int find(String s) {
        int hash = s.hashCode();
        long want = key(hash, s.length());
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            long m = meta[i];
            if (m == 0) {
                return -1;
            }
            if (m == want && sameAs(s, keyStart[i])) {
                return i;
            }
        }
    }

    private boolean sameAs(String s, int start) {
        for (int k = 0; k < s.length(); k++) {
            if (pool[start + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first slot to probe for a hash. String hashes of short words differ mostly in their low
     * bits and cluster; the multiplication spreads them over the table (Fibonacci hashing).
     */
    static int slot(int hash, int mask) {
        int h = hash * 0x9E3779B9;
        return (h ^ h >>> 16) & mask;
    }

    /** The hash of {@code chars[from, to)}: the same as {@link String#hashCode()} of those characters. */
    /**
     * Whether {@code a[aFrom, aFrom + length)} and {@code b[bFrom, bFrom + length)} hold the same
     * characters. Words are short: a plain loop beats the vectorised {@code Arrays.equals} here.
     */
    static boolean sameChars(char[] a, int aFrom, char[] b, int bFrom, int length) {
        for (int k = 0; k < length; k++) {
            if (a[aFrom + k] != b[bFrom + k]) {
                return false;
            }
        }
        return true;
    }

    static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    /** What the lists say about one string, collected while loading. */
    static final class Entry {
        final String text;
        /** {@link WordClass} bits of the lists of lower-case words that contain this string. */
        long lowerClasses;
        /** {@link WordClass} bits of the lists of written forms that contain this string. */
        long writtenClasses;
        /** Gazetteer names whose first token is this string, longest first; {@code null} when none. */
        Gazetteer.Name[] names;
        /** 'm', 'f' or 'u' when this string is a known given name, else 0. */
        char given;

        Entry(String text) {
            this.text = text;
        }
    }

    /** Collects entries; used on the loading thread only. */
    static final class Builder {
        private final java.util.HashMap<String, Entry> entries = new java.util.HashMap<>(16384);

        /** The entry of {@code s}, created when absent. */
        Entry entry(String s) {
            Entry e = entries.get(s);
            if (e == null) {
                e = new Entry(s);
                entries.put(s, e);
            }
            return e;
        }

        void addLower(Set<String> words, long bit) {
            for (String w : words) {
                entry(w).lowerClasses |= bit;
            }
        }

        void addWritten(Set<String> words, long bit) {
            for (String w : words) {
                entry(w).writtenClasses |= bit;
            }
        }

        /** The index: keys and list bits first, then each key's {@link Word}, which reads them. */
        WordIndex build() {
            int capacity = 16;
            while (capacity < entries.size() * 2) {
                capacity *= 2;
            }
            int poolSize = 0;
            for (Entry e : entries.values()) {
                poolSize += e.text.length();
            }
            WordIndex index = new WordIndex(capacity, poolSize);
            Entry[] bySlot = new Entry[capacity];
            int at = 0;
            for (Entry e : entries.values()) {
                int hash = e.text.hashCode();
                int i = slot(hash, index.mask);
                while (index.meta[i] != 0) {
                    i = (i + 1) & index.mask;
                }
                e.text.getChars(0, e.text.length(), index.pool, at);
                index.meta[i] = key(hash, e.text.length());
                index.keyStart[i] = at;
                index.lowerClasses[i] = e.lowerClasses;
                bySlot[i] = e;
                at += e.text.length();
            }
            for (int i = 0; i < capacity; i++) {
                Entry e = bySlot[i];
                if (e != null) {
                    index.words[i] = new Word(e.text, e.lowerClasses, e.writtenClasses, e.names, e.given, index);
                }
            }
            return index;
        }
    }
}

package app.dossier.highlight;

import java.util.Arrays;

/**
 * The forms one analysing thread met in its recent articles, found by their characters. News
 * repeats its vocabulary from article to article, so most distinct forms of an article were seen
 * in one of the last few; finding them here, in a table small enough to stay in the processor's
 * cache, spares a probe of the large {@link WordIndex} and, for forms no list knows, working the
 * {@link Word} out again. When full, the table starts over. One per thread (see {@link #forThread}),
 * tied to one index; {@link Word}s are immutable, so sharing them across articles is safe.
 */
final class FormCache {

    private static final int CAPACITY = 1 << 14;
    private static final int MAX_FORMS = CAPACITY / 2;
    private static final int MAX_POOL = MAX_FORMS * 12;
    private static final ThreadLocal<FormCache> PER_THREAD = new ThreadLocal<>();

    private final WordIndex index;
    private final long[] meta = new long[CAPACITY];
    private final int[] keyStart = new int[CAPACITY];
    private final Word[] words = new Word[CAPACITY];
    private char[] pool = new char[4096];
    private int poolSize;
    private int forms;

    private FormCache(WordIndex index) {
        this.index = index;
    }

    /** The calling thread's cache for {@code index}. */
    static FormCache forThread(WordIndex index) {
        FormCache c = PER_THREAD.get();
        if (c == null || c.index != index) {
            c = new FormCache(index);
            PER_THREAD.set(c);
        }
        return c;
    }

    /** The form of {@code chars[from, to)}, whose {@link WordIndex#hash} is {@code hash}. */
    Word get(char[] chars, int from, int to, int hash) {
        int length = to - from;
        long want = WordIndex.key(hash, length);
        int i = WordIndex.slot(hash, CAPACITY - 1);
        for (long m; (m = meta[i]) != 0; i = (i + 1) & (CAPACITY - 1)) {
            if (m == want && WordIndex.sameChars(pool, keyStart[i], chars, from, length)) {
                return words[i];
            }
        }
        Word w = index.get(chars, from, to, hash);
        if (w == null) {
            w = new Word(new String(chars, from, length), index);
        }
        if (forms >= MAX_FORMS || poolSize + length > MAX_POOL) {
            clear();
            i = WordIndex.slot(hash, CAPACITY - 1);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(chars, from, pool, poolSize, length);
        meta[i] = want;
        keyStart[i] = poolSize;
        words[i] = w;
        poolSize += length;
        forms++;
        return w;
    }

    private void clear() {
        Arrays.fill(meta, 0);
        Arrays.fill(words, null);
        poolSize = 0;
        forms = 0;
    }
}

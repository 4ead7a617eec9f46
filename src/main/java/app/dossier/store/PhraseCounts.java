package app.dossier.store;

import java.util.Arrays;

/**
 * A snapshot of the library's document frequencies: for each key-phrase term, in how many
 * analysed articles it is a key phrase. Terms are held as 64-bit hashes in one sorted array
 * (12 bytes a term), so a library with hundreds of thousands of terms costs a few megabytes and a
 * lookup is a binary search. Immutable and thread-safe.
 */
public final class PhraseCounts {

    /** No articles analysed yet. */
    public static final PhraseCounts EMPTY = new PhraseCounts(0, new long[0], new int[0]);

    private final long documents;
    private final long[] hashes;
    private final int[] counts;

    private PhraseCounts(long documents, long[] hashes, int[] counts) {
        this.documents = documents;
        this.hashes = hashes;
        this.counts = counts;
    }

    /** Takes over the arrays (hash of each term, its count) and sorts them by hash. */
    static PhraseCounts of(long documents, long[] hashes, int[] counts, int size) {
        long[] h = Arrays.copyOf(hashes, size);
        int[] c = Arrays.copyOf(counts, size);
        sort(h, c);
        return new PhraseCounts(documents, h, c);
    }

    /** Analysed articles the counts were taken over. */
    public long documents() {
        return documents;
    }

    /** Distinct terms counted. */
    public int terms() {
        return hashes.length;
    }

    /** In how many analysed articles {@code term} (in normal form) is a key phrase. */
    public long count(String term) {
        int i = Arrays.binarySearch(hashes, hash(term));
        return i < 0 ? 0 : counts[i];
    }

    /**
     * FNV-1a over the UTF-16 units, finished with MurmurHash3's mixer. For a million terms the
     * chance that any two share a hash is about 3 in 10^8, and a shared hash would only skew one
     * ranking weight.
     */
    static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Heap sort of the two arrays together, by hash: no boxing for hundreds of thousands of terms. */
    private static void sort(long[] h, int[] c) {
        int n = h.length;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(h, c, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(h, c, 0, end);
            siftDown(h, c, 0, end);
        }
    }

    private static void siftDown(long[] h, int[] c, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && h[child + 1] > h[child]) {
                child++;
            }
            if (h[i] >= h[child]) {
                return;
            }
            swap(h, c, i, child);
            i = child;
        }
    }

    private static void swap(long[] h, int[] c, int i, int j) {
        long th = h[i];
        h[i] = h[j];
        h[j] = th;
        int tc = c[i];
        c[i] = c[j];
        c[j] = tc;
    }
}

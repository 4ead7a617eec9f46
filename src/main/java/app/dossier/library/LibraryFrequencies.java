package app.dossier.library;

import app.dossier.highlight.DocumentFrequencies;
import app.dossier.store.PhraseCounts;
import app.dossier.store.Store;

/**
 * The library's document frequencies as the analyser asks for them: a snapshot for runs over many
 * articles (one bulk read, then lookups in memory), or the store itself for one article at a time
 * (a few dozen indexed lookups, no bulk read).
 */
final class LibraryFrequencies {

    private LibraryFrequencies() {
    }

    /** Lookups in a snapshot; safe from any thread. */
    static DocumentFrequencies of(PhraseCounts counts) {
        return new DocumentFrequencies() {
            @Override
            public long documentCount() {
                return counts.documents();
            }

            @Override
            public long frequency(String term) {
                return counts.count(term);
            }
        };
    }

    /** Lookups in the store, for one analysis on the calling thread. */
    static DocumentFrequencies live(Store store) {
        return new DocumentFrequencies() {
            private long documents = -1;

            @Override
            public long documentCount() {
                if (documents < 0) {
                    documents = store.analysedCount();
                }
                return documents;
            }

            @Override
            public long frequency(String term) {
                return store.phraseFrequency(term);
            }
        };
    }

    /**
     * Whether a snapshot taken over {@code snapshotDocuments} articles should be read again now that
     * {@code documents} are analysed: when the two differ by more than a quarter. Ratios of counts
     * barely move within that; a small library's snapshot is cheap to read again, and a library
     * that grows from nothing is read some fifty times over its first hundred thousand articles
     * (in all about five times the final table), not once per batch.
     */
    static boolean stale(long snapshotDocuments, long documents) {
        long difference = Math.abs(documents - snapshotDocuments);
        return difference > 0 && difference * 4 > snapshotDocuments;
    }
}

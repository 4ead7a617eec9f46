package app.dossier.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What storing a batch of articles did, and the index entries of the articles written whose
 * search text came with them (see {@link ArticleDraft#searchBody()}).
 */
public record StoreCounts(int added, int updated, int unchanged, List<IndexEntry> indexable) {

    public static final StoreCounts NONE = new StoreCounts(0, 0, 0, List.of());

    public StoreCounts {
        indexable = List.copyOf(indexable);
    }

    public StoreCounts(int added, int updated, int unchanged) {
        this(added, updated, unchanged, List.of());
    }

    public StoreCounts plus(StoreCounts other) {
        List<IndexEntry> both = new ArrayList<>(indexable);
        both.addAll(other.indexable);
        return new StoreCounts(added + other.added, updated + other.updated, unchanged + other.unchanged, both);
    }
}

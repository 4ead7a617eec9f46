package app.dossier.store;

/** What storing a batch of articles did. */
public record StoreCounts(int added, int updated, int unchanged) {

    public static final StoreCounts NONE = new StoreCounts(0, 0, 0);

    public StoreCounts plus(StoreCounts other) {
        return new StoreCounts(added + other.added, updated + other.updated, unchanged + other.unchanged);
    }
}

package app.dossier.library;

/**
 * How far an analysis run has come: {@code done} of {@code total} articles analysed and stored.
 * {@code total} is what was waiting when the run started, raised if more arrived meanwhile.
 */
public record AnalysisProgress(long done, long total) {
}

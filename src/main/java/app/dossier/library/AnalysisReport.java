package app.dossier.library;

import java.time.Duration;

/**
 * The totals of one analysis run.
 *
 * @param analysed  articles analysed and stored (including those the analyser failed on)
 * @param failed    articles the analyser could not handle; they are stored with an empty result
 *                  and tried again when the analyser's version changes
 * @param remaining articles still waiting (the run was stopped or ran out of time)
 * @param elapsed   how long the run took
 */
public record AnalysisReport(long analysed, long failed, long remaining, Duration elapsed) {

    public static final AnalysisReport NOTHING = new AnalysisReport(0, 0, 0, Duration.ZERO);
}

package app.dossier.highlight;

/**
 * How common terms are in the user's own library, so that key phrases favour what is special about
 * an article. Terms are lower-case phrases as the analyser normalises them (see
 * {@link Highlighter#normalizeTerm(String)}). Implementations must be safe to call from the thread
 * that runs the analysis; {@link #NONE} is a valid choice and still gives good key phrases.
 */
public interface DocumentFrequencies {

    /** No library statistics. */
    DocumentFrequencies NONE = new DocumentFrequencies() {
        @Override
        public long documentCount() {
            return 0;
        }

        @Override
        public long frequency(String term) {
            return 0;
        }
    };

    /** Number of documents the frequencies were counted over. */
    long documentCount();

    /** Number of those documents that contain the term. */
    long frequency(String term);
}

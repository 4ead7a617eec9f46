package app.dossier.model;

import java.util.Arrays;

/**
 * Maps offsets of an analysed plain text back to the document it was extracted from (an article's
 * HTML), so the reading pane can mark the same spans in the original. Immutable.
 */
public final class SourceMap {

    private final int[] from;
    private final int[] to;
    private final int sourceLength;

    private SourceMap(int[] from, int[] to, int sourceLength) {
        this.from = from;
        this.to = to;
        this.sourceLength = sourceLength;
    }

    /** The map of a text that is its own source. */
    public static SourceMap identity(int length) {
        return new SourceMap(null, null, length);
    }

    /**
     * A map where text character {@code i} came from source characters {@code from[i]} up to
     * {@code to[i]} (exclusive). Both arrays are copied.
     */
    public static SourceMap of(int[] from, int[] to, int sourceLength) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("from and to differ in length");
        }
        return new SourceMap(from.clone(), to.clone(), sourceLength);
    }

    /** Whether text and source are the same characters. */
    public boolean isIdentity() {
        return from == null;
    }

    /** Length of the source document. */
    public int sourceLength() {
        return sourceLength;
    }

    /** The source range a text range came from; an empty text range maps to an empty range. */
    public TextSpan toSource(TextSpan span) {
        if (from == null) {
            return span;
        }
        if (from.length == 0) {
            return new TextSpan(0, 0);
        }
        if (span.length() == 0) {
            int at = span.start() < from.length ? from[span.start()] : sourceLength;
            return new TextSpan(at, at);
        }
        int start = from[Math.min(span.start(), from.length - 1)];
        int end = to[Math.min(span.end() - 1, to.length - 1)];
        return new TextSpan(start, Math.max(start, end));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceMap m && sourceLength == m.sourceLength
                && Arrays.equals(from, m.from) && Arrays.equals(to, m.to);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(from) + Arrays.hashCode(to)) + sourceLength;
    }

    @Override
    public String toString() {
        return from == null ? "SourceMap[identity, " + sourceLength + "]"
                : "SourceMap[" + from.length + " chars from " + sourceLength + "]";
    }
}

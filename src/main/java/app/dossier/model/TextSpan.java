package app.dossier.model;

/**
 * A range of an analysed text in UTF-16 code units, end exclusive.
 *
 * @param start first character
 * @param end   one past the last character, never before {@code start}
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /** Number of characters the two spans share. */
    public int intersection(TextSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** The characters this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}

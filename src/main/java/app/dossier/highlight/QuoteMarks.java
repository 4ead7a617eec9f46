package app.dossier.highlight;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quote marks in every common style: “…” "…" «…» (French « … » with spaces inside, German
 * »…« reversed) „…“ ‘…’ ”…” (Swedish and misencoded
 * text), doubled marks such as ‘‘…”, nested quotes of another style, and quotes reopened at the
 * start of the next paragraph (the English convention for speech running over paragraphs). Marks
 * that find no partner are ignored; apostrophes inside words never count. Stateless.
 */
final class QuoteMarks {

    /**
     * One quoted stretch within a paragraph.
     *
     * @param open         offset of the opening mark
     * @param contentStart first quoted character
     * @param contentEnd   one past the last quoted character
     * @param close        one past the closing mark (equals contentEnd when the quote runs on
     *                     into the next paragraph)
     * @param chain        quotes with the same chain number are one quotation over paragraphs
     */
    record Span(int open, int contentStart, int contentEnd, int close, int chain) {
        int words(String text) {
            int n = 0;
            boolean in = false;
            for (int i = contentStart; i < contentEnd; i++) {
                boolean w = Character.isLetterOrDigit(text.charAt(i));
                if (w && !in) {
                    n++;
                }
                in = w;
            }
            return n;
        }
    }

    private QuoteMarks() {
    }

    static List<Span> find(char[] text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length;
        int[] counter = {0};
        int continuing = -1; // chain a quote reopened in this paragraph continues
        int paraStart = 0;
        while (paraStart < n) {
            int paraEnd = lineEnd(text, paraStart);
            if (paraEnd < 0) {
                paraEnd = n;
            }
            if (blank(text, paraStart, paraEnd)) {
                paraStart = paraEnd + 1;
                continue; // blank lines between paragraphs keep a quotation going
            }
            int[] open = paragraph(text, paraStart, paraEnd, spans, continuing, counter);
            continuing = -1;
            if (open != null) {
                // Unclosed at the paragraph's end: a quotation that goes on if the next paragraph opens again.
                int next = paraEnd;
                while (next < n && Character.isWhitespace(text[next])) {
                    next++;
                }
                int contentEnd = trimEnd(text, open[1], paraEnd);
                if (next < n && opensAgain(text, next) && contentEnd > open[1]) {
                    spans.add(new Span(open[0], open[1], contentEnd, contentEnd, open[2]));
                    continuing = open[2];
                }
            }
            paraStart = paraEnd + 1;
        }
        return spans;
    }

    /** The offset of the next line break from {@code from}, or -1. */
    private static int lineEnd(char[] text, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensAgain(char[] text, int i) {
        char c = text[i];
        return c == '\u201C' || c == '"' || c == '\u00AB' || c == '\u201E' || c == '\u2018';
    }

    /**
     * Scans one paragraph, adding closed quotes to {@code spans}. Returns {open offset, content
     * start, chain} of a quote still open at the paragraph's end, or {@code null}.
     */
    private static int[] paragraph(char[] text, int from, int to, List<Span> spans, int continuing,
                                   int[] counter) {
        char[] expect = new char[8]; // expected closing mark per nesting level
        int depth = 0;
        int open = -1;
        int contentStart = -1;
        int chain = -1;
        boolean first = true;
        int i = from;
        while (i < to) {
            char c = text[i];
            if (c > '\'' && c < '\u00AB' || !isMark(c)) {
                i++;
                continue;
            }
            boolean doubled = i + 1 < to && text[i + 1] == c && (c == '\u2018' || c == '\''
                    || c == '\u2019');
            int width = doubled ? 2 : 1;
            boolean left = canOpen(text, i, i + width, from, to);
            boolean right = canClose(text, i, i + width, from, to);
            if (depth > 0 && right && closes(expect[depth - 1], c, doubled, text[open])) {
                depth--;
                if (depth == 0) {
                    int end = trimEnd(text, contentStart, i);
                    int start = trimStart(text, contentStart, end);
                    if (end > start) {
                        spans.add(new Span(open, start, end, i + width, chain));
                    }
                    open = -1;
                }
                i += width;
                continue;
            }
            char want = closerFor(c, doubled);
            if (left && want != 0 && (!right || depth == 0)) {
                if (depth == 0 || depth == 1 && family(want) == family(expect[0])) {
                    // A new quote, or the earlier mark found no partner: start again here.
                    open = i;
                    contentStart = i + width;
                    expect[0] = want;
                    depth = 1;
                    chain = first && continuing >= 0 ? continuing : counter[0]++;
                    first = false;
                } else if (family(want) != family(expect[depth - 1]) && depth < expect.length) {
                    expect[depth++] = want; // nested quote of another style
                }
            }
            i += width;
        }
        return depth > 0 && open >= 0 ? new int[] {open, contentStart, chain} : null;
    }

    private static boolean isMark(char c) {
        switch (c) {
            case '"', '\'', '\u201C', '\u201D', '\u201E', '\u201F', '\u2018', '\u2019', '\u201A',
                 '\u00AB', '\u00BB', '\u2039', '\u203A' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The closer an opening mark expects: 'D' any double closer, 'S' a single closer, or the mark. */
    private static char closerFor(char c, boolean doubled) {
        if (doubled) {
            return 'D';
        }
        return switch (c) {
            case '\u201C', '"', '\u201E', '\u201F', '\u201D' -> 'D';
            case '\u2018', '\u201A', '\'' -> 'S';
            case '\u00AB' -> '\u00BB';
            case '\u2039' -> '\u203A';
            case '\u00BB' -> '\u00AB'; // German order: »…«
            case '\u203A' -> '\u2039';
            default -> 0;
        };
    }

    private static int family(char want) {
        return want == 'S' || want == '\u203A' || want == '\u2039' ? 1 : want == 'D' ? 2 : 3;
    }

    /** Spaces, the no-break ones French puts inside guillemets included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    /** French guillemets take a space inside: « Non », ‹ Non ›. */
    private static boolean spacedGuillemet(char c) {
        return c == '\u00AB' || c == '\u2039';
    }

    private static boolean spacedClosingGuillemet(char c) {
        return c == '\u00BB' || c == '\u203A';
    }

    private static boolean closes(char want, char c, boolean doubled, char opener) {
        if (want == 'D') {
            if (doubled) {
                return c == '\u2019' || c == '\'';
            }
            if (opener == '\u201D') {
                return c == '\u201D';
            }
            return c == '\u201D' || c == '"' || c == '\u201C';
        }
        if (want == 'S') {
            return !doubled && (c == '\u2019' || c == '\'' || c == '\u2018');
        }
        return c == want;
    }

    private static boolean canOpen(char[] text, int at, int after, int from, int to) {
        if (after >= to) {
            return false;
        }
        char next = text[after];
        if (isSpace(next) && !(spacedGuillemet(text[at]) && after + 1 < to && !isSpace(text[after + 1]))) {
            return false;
        }
        if (at == from) {
            return true;
        }
        char prev = text[at - 1];
        return isSpace(prev) || "([{\u2014\u2013-/:;\u00AB\u201C\u201E\u2018\"".indexOf(prev) >= 0;
    }

    private static boolean canClose(char[] text, int at, int after, int from, int to) {
        if (at == from) {
            return false;
        }
        char prev = text[at - 1];
        if (isSpace(prev) && !(spacedClosingGuillemet(text[at]) && at - 1 > from && !isSpace(text[at - 2]))) {
            return false;
        }
        if (after >= to) {
            return true;
        }
        char next = text[after];
        return !Character.isLetterOrDigit(next);
    }

    private static int trimEnd(char[] text, int start, int end) {
        while (end > start && isSpace(text[end - 1])) {
            end--;
        }
        return end;
    }

    private static int trimStart(char[] text, int start, int end) {
        while (start < end && isSpace(text[start])) {
            start++;
        }
        return start;
    }
}

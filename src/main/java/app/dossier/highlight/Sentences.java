package app.dossier.highlight;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into paragraphs (at line breaks) and sentences. A sentence never ends inside a
 * quotation, so "“We will fight. We will win,” he said." stays one unit with its attribution.
 * Created per article; not shared.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Vocabulary.set("mr", "mrs", "ms", "dr", "prof", "gen", "lt",
            "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "st", "jr", "sr", "inc", "corp", "co",
            "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
            "dec", "rev", "hon", "pres", "gens", "messrs", "fig", "approx", "dept", "univ", "mt", "ft", "brig",
            "cmdr", "amb");

    private static final Set<String> SENTENCE_STARTS = Vocabulary.set("The", "He", "She", "It", "They", "We", "I",
            "But", "In", "A", "An", "This", "That", "Its", "Their", "His", "Her", "On", "At", "As", "And",
            "However", "After", "Officials");

    int count;
    int[] start;
    int[] end;
    int[] paragraph;
    /** Paragraph boundaries: paragraph k spans [paraStart[k], paraEnd[k]). */
    int paragraphs;
    int[] paraStart;
    int[] paraEnd;
    /** The text's characters, for the passes that scan every character. */
    final char[] chars;

    private Sentences(char[] chars) {
        this.chars = chars;
        start = new int[32];
        end = new int[32];
        paragraph = new int[32];
        paraStart = new int[16];
        paraEnd = new int[16];
    }

    /** {@code chars}: the characters of {@code text}. */
    static Sentences of(String text, char[] chars, List<QuoteMarks.Span> quotes) {
        Sentences s = new Sentences(chars);
        int n = text.length();
        int i = 0;
        int q = 0;
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int a = skipSpace(text, i, lineEnd);
            if (a < lineEnd) {
                int para = s.addParagraph(a, trimEnd(text, a, lineEnd));
                int from = a;
                for (int k = a; k < lineEnd; k++) {
                    char c = chars[k];
                    if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                        continue;
                    }
                    int after = k + 1;
                    while (after < lineEnd && isCloser(text.charAt(after))) {
                        after++;
                    }
                    if (after >= lineEnd || !Character.isWhitespace(text.charAt(after))) {
                        continue;
                    }
                    int next = skipSpace(text, after, lineEnd);
                    if (next >= lineEnd || !startsSentence(text.charAt(next))) {
                        continue;
                    }
                    while (q < quotes.size() && quotes.get(q).close() <= k) {
                        q++;
                    }
                    if (insideQuote(quotes, q, after)) {
                        continue;
                    }
                    if (c == '.' && isAbbreviation(text, from, k, next)) {
                        continue;
                    }
                    if ((c == '?' || c == '!') && after > k + 1 && attributionFollows(text, next, lineEnd)) {
                        continue; // "“Where does the statute say that?” Elena Kagan asked.": one sentence
                    }
                    s.addSentence(from, after, para);
                    from = next;
                }
                if (from < lineEnd) {
                    s.addSentence(from, trimEnd(text, from, lineEnd), para);
                }
            }
            i = lineEnd + 1;
        }
        return s;
    }

    private static final Set<String> ATTRIBUTION_VERBS = Vocabulary.set("said", "says", "asked", "asks", "told",
            "replied", "added", "wrote", "shouted", "insisted", "wondered", "cried", "exclaimed", "demanded", "responded");

    /** Whether capitalised words and then a speech verb follow: "Elena Kagan asked", "Justice Kagan said". */
    private static boolean attributionFollows(String text, int from, int end) {
        int i = from;
        for (int words = 0; words < 6 && i < end; words++) {
            int w = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '-'
                    || text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
                i++;
            }
            if (i == w) {
                return false;
            }
            String word = text.substring(w, i);
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (words > 0 && ATTRIBUTION_VERBS.contains(bare)) {
                return true;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            if (i >= end || text.charAt(i) != ' ') {
                return false;
            }
            i++;
        }
        return false;
    }

    private static boolean insideQuote(List<QuoteMarks.Span> quotes, int q, int at) {
        for (int k = q; k < quotes.size(); k++) {
            QuoteMarks.Span span = quotes.get(k);
            if (span.open() >= at) {
                return false;
            }
            if (span.open() < at && at < span.close()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbbreviation(String text, int from, int dot, int next) {
        int w = dot;
        while (w > from && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        int len = dot - w;
        if (len == 1 && Character.isUpperCase(text.charAt(w))) {
            // An initial ("J. Smith") or the end of "U.S.": a sentence ends only before a plain word.
            if (w > from + 1 && text.charAt(w - 1) == '.') {
                return !commonSentenceStart(text, next);
            }
            // An initial follows a capitalised given name ("Joseph R. Biden"); "on X." ends a sentence.
            int p = w - 1;
            while (p > from && text.charAt(p) == ' ') {
                p--;
            }
            int q = p;
            while (q > from && Character.isLetter(text.charAt(q - 1))) {
                q--;
            }
            return w == from || q <= p && Character.isUpperCase(text.charAt(q)) && !commonSentenceStart(text, next);
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    private static boolean commonSentenceStart(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String w = text.substring(at, e);
        return SENTENCE_STARTS.contains(w);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\u201C\"\u2018'\u00AB\u201E([\u2014-".indexOf(c) >= 0
                || !Character.isLetter(c) && !Character.isWhitespace(c) && c > 0x2000;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A'
                || c == ')' || c == ']' || c == '\u201C';
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private int addParagraph(int a, int b) {
        if (paragraphs == paraStart.length) {
            paraStart = Arrays.copyOf(paraStart, paragraphs * 2);
            paraEnd = Arrays.copyOf(paraEnd, paragraphs * 2);
        }
        paraStart[paragraphs] = a;
        paraEnd[paragraphs] = b;
        return paragraphs++;
    }

    private void addSentence(int a, int b, int para) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            end = Arrays.copyOf(end, count * 2);
            paragraph = Arrays.copyOf(paragraph, count * 2);
        }
        start[count] = a;
        end[count] = b;
        paragraph[count] = para;
        count++;
    }

    /** The sentence containing offset {@code at}, or -1. */
    int sentenceAt(int at) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= at) {
                lo = mid + 1;
            } else if (start[mid] > at) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}

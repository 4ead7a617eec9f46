package app.dossier.highlight;

import app.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds publisher furniture in the plain text: donation and subscription appeals, "Related:" and
 * "Read more" link lists, share and follow lines, cookie notices, photo credits. Whole paragraphs
 * are judged, plus a few sentence-level patterns inside story paragraphs. Stateless; the patterns
 * are anchored or bounded, so there is no catastrophic backtracking.
 */
final class BoilerplateFinder {

    /** Paragraphs that are furniture by their opening words, up to 60 words long. */
    static final Pattern HEADER = Pattern.compile(
            "^(related( stories| articles| coverage| content| news| reading)?|read (more|also|next)|see also"
            + "|more on this( story| topic)?|also read|more from|recommended( for you| reading)?|you may also like"
            + "|most (read|popular)|advertisement|sponsored( content)?|share (this|on|via)|follow us|subscribe"
            + "|sign up|newsletter|filed under|editor'?s note|leave a comment|support (us|our)|we use cookies"
            + "|listen to this article|click here|copyright|\u00A9|all rights reserved"
            + "|this (article|story) (was|is) (originally )?(published|available)|originally published"
            + "|keep reading|continue reading|join (us|our)|become a (patron|member|supporter|subscriber))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Paragraphs that are furniture by their opening words only when very short (labels, credits). */
    private static final Pattern LABEL = Pattern.compile(
            "^(related|share|tags|topics|trending|image( source)?|photo|credit|video|watch|comments?|donate"
            + "|cookies?|read more|more|see more|print|email|menu|advertisement)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Vocabulary of appeals; two or more hits make a paragraph an appeal. */
    static final String[] APPEAL_WORDS = {"donate", "donation", "patron", "subscribe", "subscription",
        "become a member", "join our community", "support us", "support our", "help us", "contribute",
        "paywall", "cup of coffee", "independent journalism", "reader-supported", "readers like you",
        "sign up", "newsletter", "our reporting", "unlock", "premium", "membership", "ways to support",
        "your support", "follow us", "share this", "cookies", "privacy policy", "terms of use",
        "whatsapp", "telegram channel", "facebook", "twitter", "instagram", "all rights reserved"};

    /**
     * Sentences that are furniture by their opening words, after at most two other characters:
     * {@code (?i)\W{0,2}(see our|read our|…)\b}, matched by {@link #sentenceFurniture} without a regex.
     */
    private static final String[] SENTENCE_OPENINGS = {"see our", "read our", "sign up for our", "subscribe to our",
        "follow us on", "click here to", "download our app", "listen to our", "watch our", "you can read",
        "for more on this"};

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(photo|image|picture|credit|video|source)s?\\s*:\\s*\\S.{0,60}$");

    private BoilerplateFinder() {
    }

    static List<TextSpan> find(String text, Sentences s) {
        List<TextSpan> out = new ArrayList<>();
        boolean afterHeader = false;
        boolean afterAppeal = false;
        int sentence = 0;
        for (int p = 0; p < s.paragraphs; p++) {
            int a = s.paraStart[p];
            int b = s.paraEnd[p];
            long scan = scanParagraph(s.chars, a, b);
            int words = (int) scan;
            int appeals = (int) (scan >>> 32);
            boolean furniture = false;
            boolean opensLikeHeader = words <= 60 && mayOpenHeader(s.chars, a, b);
            if (opensLikeHeader && HEADER.matcher(text).region(a, b).lookingAt()
                    || words <= 6 && LABEL.matcher(text).region(a, b).lookingAt()) {
                furniture = true;
                afterHeader = words <= 4 || text.charAt(b - 1) == ':';
            } else if (words < 200 && appeals >= 2) {
                furniture = true;
                afterAppeal = true;
            } else if ((afterHeader || afterAppeal) && words <= 25 && !endsLikeSentence(text.substring(a, b))) {
                furniture = true; // items of a link list after "Related:" or an appeal
            } else if (words <= 12 && credit(text.substring(a, b))) { // cheap: a short paragraph
                furniture = true;
            } else if (words <= 12 && byline(text, a, b, words)) {
                furniture = true;
            } else {
                afterHeader = false;
                afterAppeal = afterAppeal && words <= 25;
            }
            while (sentence < s.count && s.paragraph[sentence] < p) {
                sentence++;
            }
            if (furniture) {
                out.add(new TextSpan(a, b));
                continue;
            }
            sentence = sentences(text, s, p, sentence, out);
        }
        return out;
    }

    /** Job titles that end a byline: "Benita Kolovos, Victorian state correspondent". */
    private static final String[] BYLINE_TITLES = {"correspondent", "reporter", "editor", "writer", "journalist",
        "staff", "bureau chief", "contributor"};

    /**
     * A byline paragraph: "By Daria Shulzhenko", "By Nino Beridze, BBC News, Tbilisi", "BY PAOLA
     * FLORES", or a name and a job title. Who wrote the story is not part of what it reports.
     */
    private static boolean byline(String text, int a, int b, int words) {
        String para = text.substring(a, b).strip();
        if (para.isEmpty() || endsLikeSentence(para)) {
            return false;
        }
        if ((para.startsWith("By ") || para.startsWith("BY ")) && para.length() > 3 && Character.isUpperCase(para.charAt(3))) {
            return true;
        }
        int comma = para.indexOf(',');
        if (comma <= 0 || words > 8 || !Character.isUpperCase(para.charAt(0))) {
            return false;
        }
        String lower = para.toLowerCase(java.util.Locale.ROOT);
        for (String title : BYLINE_TITLES) {
            if (lower.endsWith(title)) {
                return true;
            }
        }
        return false;
    }

    /** Checks the sentences of paragraph {@code p}, starting at sentence {@code from}; returns the next one. */
    private static int sentences(String text, Sentences s, int p, int from, List<TextSpan> out) {
        int k = from;
        for (; k < s.count && s.paragraph[k] == p; k++) {
            boolean maybeCredit = false;
            char[] chars = s.chars;
            for (int i = s.end[k] - 1; i >= s.start[k] && s.end[k] - i <= 70 && !maybeCredit; i--) {
                maybeCredit = chars[i] == ':';
            }
            if (mayBeSentenceFurniture(chars, s.start[k], s.end[k])
                    && sentenceFurniture(chars, s.start[k], s.end[k])
                    || maybeCredit && countWords(chars, s.start[k], s.end[k]) <= 12
                    && credit(text.substring(s.start[k], s.end[k]))) {
                out.add(new TextSpan(s.start[k], s.end[k]));
            }
        }
        return k;
    }

    /**
     * Whether [a, b) opens with a word that opens one of the {@link #HEADER} phrases (or with ©):
     * a quick test before the pattern, which most paragraphs of a story fail.
     */
    static boolean mayOpenHeader(char[] c, int a, int b) {
        if (a < b && c[a] == '\u00A9') {
            return true;
        }
        int e = a;
        while (e < b && e - a < 16 && (c[e] >= 'a' && c[e] <= 'z' || c[e] >= 'A' && c[e] <= 'Z')) {
            e++;
        }
        if (e == a || e - a >= 16) {
            return false;
        }
        char[][] words = HEADER_WORDS_BY_FIRST[c[a] | 0x20];
        if (words == null) {
            return false;
        }
        for (char[] word : words) {
            if (word.length == e - a) {
                boolean same = true;
                for (int k = 1; k < word.length && same; k++) {
                    same = (c[a + k] | 0x20) == word[k];
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first words of the {@link #HEADER} phrases, in lower case. */
    private static final String[] HEADER_FIRST_WORDS = {"related", "read", "see", "more", "also", "recommended",
        "you", "most", "advertisement", "sponsored", "share", "follow", "subscribe", "sign", "newsletter", "filed",
        "editor", "editors", "leave", "support", "we", "listen", "click", "copyright", "all", "this", "originally",
        "keep", "continue", "join", "become"};

    /** {@link #HEADER_FIRST_WORDS} by first letter. */
    private static final char[][][] HEADER_WORDS_BY_FIRST = new char[128][][];

    static {
        for (String word : HEADER_FIRST_WORDS) {
            char c = word.charAt(0);
            char[][] old = HEADER_WORDS_BY_FIRST[c];
            char[][] more = old == null ? new char[1][] : java.util.Arrays.copyOf(old, old.length + 1);
            more[more.length - 1] = word.toCharArray();
            HEADER_WORDS_BY_FIRST[c] = more;
        }
    }

    /** Whether [a, b) opens with one of {@link #SENTENCE_OPENINGS} as a whole word, ASCII case ignored. */
    static boolean sentenceFurniture(char[] c, int a, int b) {
        int at = a;
        while (at < b && at - a < 2 && !isAsciiWord(c[at])) {
            at++;
        }
        for (String opening : SENTENCE_OPENINGS) {
            int e = at + opening.length();
            if (e > b) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < opening.length() && same; k++) {
                char x = c[at + k];
                char want = opening.charAt(k);
                same = x == want || x >= 'A' && x <= 'Z' && (char) (x + 32) == want;
            }
            if (same && (e == b || !wordAfter(c, e, b))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** What {@code \b} asks of the character after a word: whether it continues the word. */
    private static boolean wordAfter(char[] c, int i, int limit) {
        int cp = Character.codePointAt(c, i, limit);
        return cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** "… Photo: AFP": a credit at the end of a short line. Cheap test first: there must be a colon. */
    private static boolean credit(String s) {
        int colon = s.lastIndexOf(':');
        if (colon < 0 || s.length() - colon > 70) {
            return false;
        }
        return CREDIT.matcher(s).region(Math.max(0, colon - 10), s.length()).find();
    }

    /**
     * One pass over a paragraph: its word count ({@link #countWords}) in the low half; in the high
     * half, how many of the {@link #APPEAL_WORDS} it contains, case ignored, as {@code contains} on
     * its lower case would count them. Appeal words are compared only where the lower-case letters
     * of the last three characters are in a bit set of the words' first three letters.
     */
    static long scanParagraph(char[] text, int a, int b) {
        long found = 0;
        int words = 0;
        int inWord = 0;
        int l1 = 0;
        int l2 = 0;
        for (int i = a; i < b; i++) {
            char c = text[i];
            int w = c < 128 ? WORD_CHARS[c] : Character.isLetterOrDigit(c) ? 1 : 0;
            words += w & (inWord ^ 1);
            inWord = w;
            int l0 = letterCode(c);
            if (l0 != 0 && l1 != 0 && l2 != 0) {
                int tri = l2 << 10 | l1 << 5 | l0;
                if ((APPEAL_TRIGRAMS[tri >>> 6] & 1L << tri) != 0) {
                    found |= appealWordsAt(text, i - 2, b);
                }
            }
            l2 = l1;
            l1 = l0;
        }
        return (long) Long.bitCount(found) << 32 | words;
    }

    /** 1 for an ASCII letter or digit, else 0. */
    private static final byte[] WORD_CHARS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            WORD_CHARS[c] = (byte) (Character.isLetterOrDigit(c) ? 1 : 0);
        }
    }

    /** Bits of the appeal words that start at {@code at}. */
    private static long appealWordsAt(char[] text, int at, int limit) {
        long found = 0;
        for (int w : APPEAL_BY_FIRST[letterCode(text[at])]) {
            String word = APPEAL_WORDS[w];
            if (at + word.length() > limit) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < word.length() && same; k++) {
                same = Character.toLowerCase(text[at + k]) == word.charAt(k);
            }
            if (same) {
                found |= 1L << w;
            }
        }
        return found;
    }

    /** 1–26 for a letter whose lower case is an ASCII letter, else 0. */
    private static int letterCode(char c) {
        if (c >= 128) {
            c = Character.toLowerCase(c); // the Kelvin sign is a 'k'
            if (c >= 128) {
                return 0;
            }
        }
        return LETTER_CODES[c];
    }

    private static final byte[] LETTER_CODES = new byte[128];
    /** Indexes into {@link #APPEAL_WORDS} by the letter code of their first letter. */
    private static final int[][] APPEAL_BY_FIRST = new int[27][];
    /** The first three letters of the appeal words, one bit per three letter codes. */
    private static final long[] APPEAL_TRIGRAMS = new long[1 << 15 >>> 6];

    static {
        if (APPEAL_WORDS.length > Long.SIZE) {
            throw new IllegalStateException("appeal words are counted in the bits of a long");
        }
        for (char c = 'a'; c <= 'z'; c++) {
            LETTER_CODES[c] = (byte) (c - 'a' + 1);
            LETTER_CODES[Character.toUpperCase(c)] = (byte) (c - 'a' + 1);
        }
        for (String word : APPEAL_WORDS) {
            int tri = 0;
            for (int k = 0; k < 3; k++) {
                int code = word.charAt(k) < 128 ? LETTER_CODES[word.charAt(k)] : 0;
                if (code == 0 || word.charAt(k) != Character.toLowerCase(word.charAt(k))) {
                    throw new IllegalStateException("an appeal word must open with three lower-case letters: " + word);
                }
                tri = tri << 5 | code;
            }
            APPEAL_TRIGRAMS[tri >>> 6] |= 1L << tri;
        }
        for (int w = 0; w < APPEAL_WORDS.length; w++) {
            int first = LETTER_CODES[APPEAL_WORDS[w].charAt(0)];
            int[] old = APPEAL_BY_FIRST[first];
            int[] more = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
            more[more.length - 1] = w;
            APPEAL_BY_FIRST[first] = more;
        }
    }

    private static boolean endsLikeSentence(String para) {
        char last = para.charAt(para.length() - 1);
        return (last == '.' || last == '"' || last == '\u201D') && countWords(para) > 8;
    }

    /** Whether a sentence could open with one of the furniture phrases: its first letter decides. */
    private static boolean mayBeSentenceFurniture(char[] text, int a, int b) {
        int i = a;
        while (i < b && i - a < 3 && !Character.isLetter(text[i])) {
            i++;
        }
        if (i >= b) {
            return false;
        }
        char c = Character.toLowerCase(text[i]);
        return c == 's' || c == 'r' || c == 'f' || c == 'c' || c == 'd' || c == 'l' || c == 'w' || c == 'y';
    }

    static int countWords(String s) {
        return countWords(s.toCharArray(), 0, s.length());
    }

    static int countWords(char[] s, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean w = CharClass.isLetterOrDigit(s[i]);
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }


}

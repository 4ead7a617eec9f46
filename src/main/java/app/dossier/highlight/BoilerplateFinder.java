package app.dossier.highlight;

import app.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final String[] APPEAL_WORDS = {"donate", "donation", "patron", "subscribe", "subscription",
        "become a member", "join our community", "support us", "support our", "help us", "contribute",
        "paywall", "cup of coffee", "independent journalism", "reader-supported", "readers like you",
        "sign up", "newsletter", "our reporting", "unlock", "premium", "membership", "ways to support",
        "your support", "follow us", "share this", "cookies", "privacy policy", "terms of use",
        "whatsapp", "telegram channel", "facebook", "twitter", "instagram", "all rights reserved"};

    /**
     * Sentences that are furniture by their opening words, after at most two other characters:
     * {@code (?i)\\W{0,2}(see our|read our|…)\\b}, matched by {@link #sentenceFurniture} without a regex.
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
            int words = countWords(s.chars, a, b);
            boolean furniture = false;
            boolean opensLikeHeader = words <= 60 && mayOpenHeader(s.chars, a, b);
            if (opensLikeHeader && HEADER.matcher(text).region(a, b).lookingAt()
                    || words <= 6 && LABEL.matcher(text).region(a, b).lookingAt()) {
                furniture = true;
                afterHeader = words <= 4 || text.charAt(b - 1) == ':';
            } else if (words < 200 && mayAppeal(s.chars, a, b) && appealScore(text.substring(a, b).toLowerCase(Locale.ROOT)) >= 2) {
                furniture = true;
                afterAppeal = true;
            } else if ((afterHeader || afterAppeal) && words <= 25 && !endsLikeSentence(text.substring(a, b))) {
                furniture = true; // items of a link list after "Related:" or an appeal
            } else if (words <= 12 && credit(text.substring(a, b))) { // cheap: a short paragraph
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

    /** Checks the sentences of paragraph {@code p}, starting at sentence {@code from}; returns the next one. */
    private static int sentences(String text, Sentences s, int p, int from, List<TextSpan> out) {
        int k = from;
        for (; k < s.count && s.paragraph[k] == p; k++) {
            boolean maybeCredit = false;
            for (int i = s.end[k] - 1; i >= s.start[k] && s.end[k] - i <= 70 && !maybeCredit; i--) {
                maybeCredit = text.charAt(i) == ':';
            }
            if (mayBeSentenceFurniture(text, s.start[k], s.end[k])
                    && sentenceFurniture(s.chars, s.start[k], s.end[k])
                    || maybeCredit && countWords(text, s.start[k], s.end[k]) <= 12
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
        char[] word = new char[e - a];
        for (int k = a; k < e; k++) {
            word[k - a] = (char) (c[k] | 0x20);
        }
        return HEADER_FIRST_WORDS.contains(new String(word));
    }

    /** The first words of the {@link #HEADER} phrases, in lower case. */
    private static final java.util.Set<String> HEADER_FIRST_WORDS = java.util.Set.of("related", "read", "see",
            "more", "also", "recommended", "you", "most", "advertisement", "sponsored", "share", "follow", "subscribe",
            "sign", "newsletter", "filed", "editor", "editors", "leave", "support", "we", "listen", "click",
            "copyright", "all", "this", "originally", "keep", "continue", "join", "become");

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

    /** What {@code \\b} asks of the character after a word: whether it continues the word. */
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

    private static int appealScore(String lower) {
        int n = 0;
        for (String w : APPEAL_WORDS) {
            if (lower.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static boolean endsLikeSentence(String para) {
        char last = para.charAt(para.length() - 1);
        return (last == '.' || last == '"' || last == '\u201D') && countWords(para) > 8;
    }

    /** Whether a sentence could open with one of the furniture phrases: its first letter decides. */
    private static boolean mayBeSentenceFurniture(String text, int a, int b) {
        int i = a;
        while (i < b && i - a < 3 && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (i >= b) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(i));
        return c == 's' || c == 'r' || c == 'f' || c == 'c' || c == 'd' || c == 'l' || c == 'w' || c == 'y';
    }

    /** A quick look for the letters of appeal words before the full count: most paragraphs have none. */
    private static boolean mayAppeal(char[] text, int a, int b) {
        for (int i = a; i + 2 < b; i++) {
            char c = text[i];
            char next = text[i + 1];
            char third = text[i + 2];
            if ((c | next | third) >= 128 || (FIRST_PAIRS[c << 1 | next >>> 6] & 1L << next) == 0
                    || (SECOND_PAIRS[next << 1 | third >>> 6] & 1L << third) == 0) {
                continue;
            }
            for (char[] stem : STEMS_BY_FIRST[c]) {
                if (stem[1] == next && i + stem.length <= b && startsWith(text, i, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(char[] text, int at, char[] stem) {
        for (int k = 2; k < stem.length; k++) {
            if (text[at + k] != stem[k]) {
                return false;
            }
        }
        return true;
    }

    private static final String[] APPEAL_STEMS = {"onat", "atron", "ubscri", "upport", "ewsletter", "ookie",
        "ign up", "ollow us", "hare this", "ournalism", "elp us", "ontribut", "embership", "ights reserved",
        "aywall", "offee", "eaders like", "nlock", "remium", "rivacy", "erms of use", "elegram", "acebook",
        "witter", "nstagram", "hatsApp", "our reporting", "oin our", "ecome a"};

    /** {@link #APPEAL_STEMS} by their first letter, so a paragraph is scanned once, without a copy. */
    private static final char[][][] STEMS_BY_FIRST = new char[128][][];
    /** The stems' first and second letters, one bit per pair of ASCII characters. */
    private static final long[] FIRST_PAIRS = new long[256];
    /** The stems' second and third letters. */
    private static final long[] SECOND_PAIRS = new long[256];

    static {
        for (String stem : APPEAL_STEMS) {
            char c = stem.charAt(0);
            FIRST_PAIRS[c << 1 | stem.charAt(1) >>> 6] |= 1L << stem.charAt(1);
            SECOND_PAIRS[stem.charAt(1) << 1 | stem.charAt(2) >>> 6] |= 1L << stem.charAt(2);
            char[][] old = STEMS_BY_FIRST[c];
            char[][] more = old == null ? new char[1][] : java.util.Arrays.copyOf(old, old.length + 1);
            more[more.length - 1] = stem.toCharArray();
            STEMS_BY_FIRST[c] = more;
        }
    }

    static int countWords(String s) {
        return countWords(s, 0, s.length());
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

    static int countWords(String s, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

}

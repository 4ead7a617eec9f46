package app.dossier.highlight;

import java.util.Locale;

/**
 * One distinct token form of an article with everything the analysis asks about it, worked out
 * once however often the form occurs: its lower case, its normal and singular forms for key phrases,
 * its {@link WordClass} bits, the gazetteer names it opens and its given-name gender. The forms the
 * word lists know are made once by {@link WordIndex} and shared; the others are made by
 * {@link Tokens} per article. Immutable, so safe to share between threads.
 */
final class Word {

    /** The form as written. */
    final String text;
    /** Lower case (the written form itself when it has no upper-case letter). */
    final String lower;
    /** Whether the form starts with a letter or digit (a word rather than punctuation). */
    final boolean isWord;
    /** Whether the form is a word starting with an upper-case letter. */
    final boolean capitalized;
    /** {@link WordClass} bits: the lower-case lists of {@link #lower}, the written-form lists of {@link #text}. */
    final long classes;
    /** Key-phrase normal form: lower case, hyphens dropped, plain apostrophes; {@code null} for punctuation. */
    final String normal;
    /** {@link #normal} made singular; {@code null} for punctuation. */
    final String singular;
    /** Lower-case list bits of {@link #singular}. */
    final long singularClasses;
    /** Gazetteer names starting with this form, longest first, or {@code null}. */
    final Gazetteer.Name[] names;
    /** Given-name gender ('m', 'f', 'u') of this form, or 0. */
    final char given;
    /** Spelling facts key phrases ask of every token: {@link #ING}, {@link #ED}, {@link #LY}, {@link #NOT_A_TERM}. */
    final byte shape;

    /** Shape bit: the lower case ends in "ing". */
    static final byte ING = 1;
    /** Shape bit: the lower case ends in "ed". */
    static final byte ED = 2;
    /** Shape bit: an adverb by its spelling, "-ly" and longer than four letters. */
    static final byte LY = 4;
    /** Shape bit: a single character or starting with a digit, never a key-phrase word. */
    static final byte NOT_A_TERM = 8;

    /** "al-Burhan", "el-Sisi", "ad-Din": an Arabic name after its article is a name. */
    private static boolean articledName(String text) {
        return text.length() > 3 && text.charAt(2) == '-' && (text.startsWith("al") || text.startsWith("el")
                || text.startsWith("ad") || text.startsWith("as") || text.startsWith("an") || text.startsWith("ar"))
                && Character.isUpperCase(text.charAt(3));
    }

    /**
     * Works out a form. {@code ownLower} and {@code ownWritten} are the list bits of {@code text}
     * itself, {@code names} and {@code given} what the gazetteers say about it; {@code index}
     * answers for the lower-case and singular forms.
     */
    Word(String text, long ownLower, long ownWritten, Gazetteer.Name[] names, char given, WordIndex index) {
        this.text = text;
        this.lower = lowerCase(text);
        this.isWord = Character.isLetterOrDigit(text.charAt(0));
        this.capitalized = isWord && (Character.isUpperCase(text.charAt(0)) || articledName(text));
        long lowerClasses = lower == text ? ownLower : index.lowerClasses(lower);
        this.classes = lowerClasses | ownWritten;
        this.names = names;
        this.given = given;
        this.shape = shapeOf(lower);
        if (isWord) {
            normal = PhraseNormalizer.normalWord(lower);
            singular = PhraseNormalizer.singular(normal);
            singularClasses = singular.equals(lower) ? lowerClasses : index.lowerClasses(singular);
        } else {
            normal = null;
            singular = null;
            singularClasses = 0;
        }
    }

    private static byte shapeOf(String lower) {
        int f = 0;
        if (lower.endsWith("ing")) {
            f |= ING;
        }
        if (lower.endsWith("ed")) {
            f |= ED;
        }
        if (lower.endsWith("ly") && lower.length() > 4) {
            f |= LY;
        }
        if (lower.length() < 2 || Character.isDigit(lower.charAt(0))) {
            f |= NOT_A_TERM;
        }
        return (byte) f;
    }

    /** A form no list knows. */
    Word(String text, WordIndex index) {
        this(text, 0, 0, null, (char) 0, index);
    }

    /** Whether any of the {@link WordClass} bits in {@code mask} apply. */
    boolean is(long mask) {
        return (classes & mask) != 0;
    }

    /** Lower case; most words are lower case already and are not copied. */
    static String lowerCase(String word) {
        for (int c = 0; c < word.length(); c++) {
            if (Character.isUpperCase(word.charAt(c))) {
                return word.toLowerCase(Locale.ROOT);
            }
        }
        return word;
    }
}

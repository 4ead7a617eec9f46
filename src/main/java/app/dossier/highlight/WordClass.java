package app.dossier.highlight;

import java.util.Set;

/**
 * One bit per closed word list, so that a token's membership in every list is a single
 * {@code long} looked up once per distinct word of an article (see {@link WordIndex}) instead of a
 * hash lookup per list and call site. The lists themselves stay where they are read and documented;
 * a bit is set exactly when the list contains the string, so a test of the bit answers what
 * {@code LIST.contains(word)} would. Lower-case lists are asked with the token in lower case, the
 * written-form lists (titles, months, name particles) with the token as written.
 */
final class WordClass {

    private WordClass() {
    }

    // Lists of lower-case words.
    static final long STOP = 1L;
    static final long VERB = 1L << 1;
    static final long SPEECH = 1L << 2;
    static final long PRONOUN = 1L << 3;
    static final long FINITE = 1L << 4;
    static final long ROLE = 1L << 5;
    static final long GROUP = 1L << 6;
    static final long INSTITUTION = 1L << 7;
    static final long MEDIA = 1L << 8;
    static final long DOCUMENT = 1L << 9;
    static final long OFFICIAL = 1L << 10;
    static final long PRELUDE = 1L << 11;
    static final long AMBIGUOUS = 1L << 12;
    static final long BARE_CLAUSE = 1L << 13;
    static final long QUOTE_ONLY = 1L << 14;
    static final long IRREGULAR_PAST = 1L << 15;
    static final long CONNECTIVE = 1L << 16;
    static final long STOP_BACK = 1L << 17;
    static final long DETERMINER = 1L << 18;
    static final long PREPOSITION = 1L << 19;
    static final long STOP_FORWARD = 1L << 20;
    static final long ADVERBIAL = 1L << 21;
    static final long SUBORDINATOR = 1L << 22;
    static final long OBJECT = 1L << 23;
    static final long TITLED = 1L << 24;
    static final long POST_MODIFIER = 1L << 25;
    static final long PRE_MODIFIER = 1L << 26;
    static final long NOUN_VERB = 1L << 27;
    /** The first word, in normal form, of a term of the key-phrase lexicon (from the lexicon resource). */
    static final long LEXICON_FIRST = 1L << 28;
    /** Words of cues made of several words: "according to X", "as reported by X", "quoted X as saying", "shot back". */
    static final long PHRASE_CUE = 1L << 29;
    /** {@link Vocabulary#CHARACTERIZING_VERBS}. */
    static final long CHARACTERIZING = 1L << 30;
    /** {@link Vocabulary#PARTICIPLE_CUES}. */
    static final long PARTICIPLE_CUE = 1L << 31;

    // Lists of words as written.
    static final long TITLE = 1L << 40;
    static final long MONTH_OR_DAY = 1L << 41;
    static final long NON_PERSON_HEAD = 1L << 42;
    static final long NAME_PARTICLE = 1L << 43;
    static final long RANK = 1L << 44;
    static final long WEEKDAY = 1L << 45;
    static final long OFFICER_TITLE = 1L << 46;

    /** The code-defined lower-case lists with their bits (stop words and verbs come from resources). */
    static void addLowerLists(WordIndex.Builder b) {
        b.addLower(Vocabulary.SPEECH_VERBS, SPEECH);
        b.addLower(Set.of("according", "as", "quoted", "back"), PHRASE_CUE);
        b.addLower(Vocabulary.CHARACTERIZING_VERBS, CHARACTERIZING);
        b.addLower(Vocabulary.PARTICIPLE_CUES, PARTICIPLE_CUE);
        b.addLower(Vocabulary.PRONOUNS, PRONOUN);
        b.addLower(Vocabulary.FINITE_MARKERS, FINITE);
        b.addLower(Vocabulary.ROLE_NOUNS, ROLE);
        b.addLower(Vocabulary.GROUP_NOUNS, GROUP);
        b.addLower(Vocabulary.INSTITUTION_NOUNS, INSTITUTION);
        b.addLower(Vocabulary.MEDIA_NOUNS, MEDIA);
        b.addLower(Vocabulary.DOCUMENT_NOUNS, DOCUMENT);
        b.addLower(Vocabulary.OFFICIAL_ROLES, OFFICIAL);
        b.addLower(Vocabulary.VERB_PRELUDE, PRELUDE);
        b.addLower(Vocabulary.AMBIGUOUS_VERBS, AMBIGUOUS);
        b.addLower(Vocabulary.BARE_CLAUSE_VERBS, BARE_CLAUSE);
        b.addLower(Vocabulary.QUOTE_ONLY_VERBS, QUOTE_ONLY);
        b.addLower(Vocabulary.IRREGULAR_PAST, IRREGULAR_PAST);
        b.addLower(Vocabulary.CONNECTIVES, CONNECTIVE);
        b.addLower(SubjectFinder.STOP_BACK, STOP_BACK);
        b.addLower(SubjectFinder.DETERMINERS, DETERMINER);
        b.addLower(SubjectFinder.PREPOSITIONS, PREPOSITION);
        b.addLower(SubjectFinder.STOP_FORWARD, STOP_FORWARD);
        b.addLower(SubjectFinder.TITLED, TITLED);
        b.addLower(CueFinder.ADVERBIAL_STARTS, ADVERBIAL);
        b.addLower(CueFinder.SUBORDINATORS, SUBORDINATOR);
        b.addLower(CueFinder.OBJECT_WORDS, OBJECT);
        b.addLower(SpeakerResolver.POST_MODIFIERS, POST_MODIFIER);
        b.addLower(Roles.PRE_MODIFIERS, PRE_MODIFIER);
        b.addLower(KeyPhraseFinder.NOUN_VERBS, NOUN_VERB);
    }

    /** The code-defined lists of written forms with their bits. */
    static void addWrittenLists(WordIndex.Builder b) {
        b.addWritten(Vocabulary.TITLES, TITLE);
        b.addWritten(Vocabulary.MONTHS_AND_DAYS, MONTH_OR_DAY);
        b.addWritten(Vocabulary.NON_PERSON_HEADS, NON_PERSON_HEAD);
        b.addWritten(Vocabulary.NAME_PARTICLES, NAME_PARTICLE);
        b.addWritten(Roles.RANKS, RANK);
        b.addWritten(Vocabulary.WEEKDAYS, WEEKDAY);
        b.addWritten(Vocabulary.OFFICER_TITLES, OFFICER_TITLE);
    }

    /** Whether {@code classes} has any of the bits of {@code mask}. */
    static boolean any(long classes, long mask) {
        return (classes & mask) != 0;
    }

    /** For tests: the lists by bit, to check that bits and lists agree. */
    static Set<Long> bits() {
        return Set.of(STOP, VERB, SPEECH, PRONOUN, FINITE, ROLE, GROUP, INSTITUTION, MEDIA, DOCUMENT, OFFICIAL,
                PRELUDE, AMBIGUOUS, BARE_CLAUSE, QUOTE_ONLY, IRREGULAR_PAST, CONNECTIVE, STOP_BACK, DETERMINER,
                PREPOSITION, STOP_FORWARD, ADVERBIAL, SUBORDINATOR, OBJECT, TITLED, POST_MODIFIER, PRE_MODIFIER,
                NOUN_VERB, PHRASE_CUE, CHARACTERIZING, PARTICIPLE_CUE, TITLE, MONTH_OR_DAY, NON_PERSON_HEAD, NAME_PARTICLE, RANK);
    }
}

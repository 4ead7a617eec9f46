package app.dossier.highlight;

import app.dossier.model.KeyPhrase;
import app.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the phrases of an article. Candidates are stop-word-delimited word runs (one to four
 * words), lexicon terms and scare-quoted phrases; each is scored by where its words first appear
 * (early is better), how often and how widely the phrase recurs, how rare it is in the user's
 * library, and whether the geopolitical lexicon knows it. Variants merge on a normal form:
 * lower case, hyphens dropped, last word singular ("cease-fire violations" = "ceasefire violation").
 * Per article; the lexicon index is shared and immutable. Longer than most classes because the
 * candidates, their occurrences and the per-token flags are one state that every step reads;
 * normal forms live in {@link PhraseNormalizer}, the lexicon in {@link KeyPhraseLexicon}.
 */
final class KeyPhraseFinder {

    static final int LIMIT = 15;


    private static final class Candidate {
        final String key;
        final int words;
        private String padded;
        /** Occurrences as token ranges [first, last), two ints each, in the order they were found. */
        private int[] occurrences = new int[4];
        private int count;
        boolean lexicon;
        boolean scare;
        boolean watched;
        String watchedAs;
        double score;

        Candidate(String key, int words) {
            this.key = key;
            this.words = words;
        }

        int size() {
            return count;
        }

        int first(int n) {
            return occurrences[2 * n];
        }

        int last(int n) {
            return occurrences[2 * n + 1];
        }

        boolean has(int first, int last) {
            for (int n = 0; n < count; n++) {
                if (occurrences[2 * n] == first && occurrences[2 * n + 1] == last) {
                    return true;
                }
            }
            return false;
        }

        /** Keeps the occurrences whose index passes {@code keep}, in order. */
        void keepOnly(java.util.function.IntPredicate keep) {
            int kept = 0;
            for (int n = 0; n < count; n++) {
                if (keep.test(n)) {
                    occurrences[2 * kept] = occurrences[2 * n];
                    occurrences[2 * kept + 1] = occurrences[2 * n + 1];
                    kept++;
                }
            }
            count = kept;
        }

        void add(int first, int last) {
            if (2 * count == occurrences.length) {
                occurrences = java.util.Arrays.copyOf(occurrences, occurrences.length * 2);
            }
            occurrences[2 * count] = first;
            occurrences[2 * count + 1] = last;
            count++;
        }

        /** Orders the occurrences by their first token; equal ones keep their order. */
        void sortByFirst() {
            for (int n = 1; n < count; n++) {
                int f = occurrences[2 * n];
                int l = occurrences[2 * n + 1];
                int m = n - 1;
                while (m >= 0 && occurrences[2 * m] > f) {
                    occurrences[2 * m + 2] = occurrences[2 * m];
                    occurrences[2 * m + 3] = occurrences[2 * m + 1];
                    m--;
                }
                occurrences[2 * m + 2] = f;
                occurrences[2 * m + 3] = l;
            }
        }

        String padded() {
            if (padded == null) {
                padded = " " + key + " ";
            }
            return padded;
        }
    }

    private final Tokens t;
    private final boolean[] skip;
    private final int[] mentionAt;
    private final List<Mention> mentions;
    private final Gazetteer g;
    private final KeyPhraseLexicon lexicon;
    private final int[] sentenceOf;
    private final String[] normal;
    private final String[] sing;
    private final byte[] flags;
    private final int[] wordId;
    private int[] wordCount;
    /** Word ids by singular: open addressing, the singulars' own (cached) hash codes. */
    private final String[] idKeys;
    private final int[] idValues;
    private int wordIdCount;
    private final StringBuilder keys = new StringBuilder(64);
    private final Map<String, Candidate> candidates;
    private boolean[] quoted;
    private final boolean[] dateline;

    KeyPhraseFinder(Tokens t, boolean[] skip, int[] mentionAt, List<Mention> mentions, Gazetteer g, KeyPhraseLexicon lexicon,
                    Sentences s) {
        this.t = t;
        this.skip = skip;
        this.mentionAt = mentionAt;
        this.mentions = mentions;
        this.g = g;
        this.lexicon = lexicon;
        this.sentenceOf = new int[t.size];
        this.normal = new String[t.size];
        this.sing = new String[t.size];
        this.flags = new byte[t.size];
        this.wordId = new int[t.size];
        this.dateline = datelines(t, s);
        int idCapacity = Integer.highestOneBit(Math.max(8, t.types) * 2 - 1) << 1;
        this.idKeys = new String[idCapacity];
        this.idValues = new int[idCapacity];
        this.candidates = new HashMap<>(t.types * 4);
        int[] idOfType = new int[t.types]; // word id per distinct form; 0: not given yet
        int u = 0;
        for (int k = 0; k < t.size; k++) {
            while (u < s.count - 1 && t.start[k] >= s.end[u]) {
                u++;
            }
            sentenceOf[k] = u;
            if (t.isWord(k)) {
                Word form = t.form(k);
                normal[k] = form.normal;
                sing[k] = form.singular;
                flags[k] = flagsOf(k, form);
                if ((flags[k] & CONTENT) != 0) {
                    int type = t.type(k);
                    int id = idOfType[type];
                    if (id == 0) {
                        id = wordId(sing[k]); // forms can share a singular: "talks", "Talks"
                        idOfType[type] = id;
                    }
                    wordId[k] = id;
                }
            }
        }
    }

    /** The id of a singular word form, given on first use from 1 up. At most one per distinct form. */
    private int wordId(String singular) {
        int mask = idKeys.length - 1;
        int slot = singular.hashCode() * 0x9E3779B9 >>> 8 & mask;
        for (String k; (k = idKeys[slot]) != null; slot = (slot + 1) & mask) {
            if (k.equals(singular)) {
                return idValues[slot];
            }
        }
        idKeys[slot] = singular;
        idValues[slot] = ++wordIdCount;
        return wordIdCount;
    }

    /**
     * @param quoted tokens inside direct quotes: a speaker's words are not the story's topics, so
     *               phrases are not taken from there (lexicon terms and scare quotes still are)
     */
    List<KeyPhrase> find(List<TextSpan> scarePhrases, boolean[] quoted, DocumentFrequencies df, Set<String> watchTerms) {
        this.quoted = quoted;
        runs();
        lexiconTerms();
        if (variantSpans != null) {
            dropPiecesOfVariants();
        }
        if (!scarePhrases.isEmpty()) {
            scareFirstWords = new java.util.HashSet<>();
            for (TextSpan span : scarePhrases) {
                int k = t.indexAt(span.start());
                while (k < t.size && t.start[k] < span.end() && (normal[k] == null || t.has(k, WordClass.STOP))) {
                    k++;
                }
                if (k < t.size && normal[k] != null) {
                    scareFirstWords.add(normal[k]);
                }
            }
            for (TextSpan span : scarePhrases) {
                scarePhrase(span);
            }
        }
        List<Candidate> watched = watch(watchTerms);
        double[] wordScores = wordScoreArray();
        long n = df.documentCount();
        for (Candidate c : candidates.values()) {
            score(c, wordScores, df, n);
        }
        Comparator<Candidate> best = Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.key);
        // Keep the front runners only (a bounded heap, worst on top); the costlier checks are for them.
        java.util.PriorityQueue<Candidate> heap = new java.util.PriorityQueue<>(4 * LIMIT + 1, best.reversed());
        for (Candidate c : candidates.values()) {
            // Once the heap is full, a lower score than its worst can never get in: skip the comparisons.
            if (c.score > 0 && (heap.size() < 4 * LIMIT || c.score >= heap.peek().score)) {
                heap.add(c);
                if (heap.size() > 4 * LIMIT) {
                    heap.poll();
                }
            }
        }
        List<Candidate> front = new ArrayList<>(heap);
        for (Candidate c : front) {
            if (!c.lexicon && !c.scare && alwaysPartOfLonger(c)) {
                c.score *= 0.3; // "traditional security" only ever occurs inside "traditional security guarantees"
            }
            if (!c.lexicon && !c.scare && onlyQuoted(c)) {
                c.score *= 0.15; // a speaker's wording rather than the story's topic
            }
        }
        front.sort(best);
        List<Candidate> ranked = front;
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ranked) {
            if (chosen.size() >= LIMIT) {
                break;
            }
            if (!redundant(c, chosen)) {
                chosen.add(c);
            }
        }
        double top = chosen.isEmpty() ? 1 : chosen.get(0).score;
        for (Candidate w : watched) {
            w.score = top + 1; // the user's own terms come first
            if (!chosen.contains(w)) {
                chosen.add(0, w);
            }
        }
        List<KeyPhrase> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            List<TextSpan> spans = new ArrayList<>(c.size());
            c.sortByFirst();
            int lastEnd = -1;
            for (int o = 0; o < c.size(); o++) {
                if (t.start[c.first(o)] >= lastEnd) {
                    spans.add(new TextSpan(t.start[c.first(o)], t.end[c.last(o) - 1]));
                    lastEnd = t.end[c.last(o) - 1];
                }
            }
            out.add(new KeyPhrase(display(c), Math.round(c.score * 1000) / 1000.0, spans));
        }
        out.sort(Comparator.comparingDouble((KeyPhrase k) -> -k.score()).thenComparing(KeyPhrase::text));
        return out;
    }

    private static final byte CONTENT = 1;
    private static final byte VERB = 2;
    private static final byte ROLE = 4;
    private static final byte PERSON = 8;
    private static final byte ENTITY = 16;
    private static final byte ING = 32;
    private static final byte ED = 64;

    private byte flagsOf(int k, Word form) {
        int f = 0;
        long c = form.classes;
        if (contentWord(k, form.shape, c)) {
            f |= CONTENT;
        }
        if ((c & WordClass.VERB) != 0) {
            f |= VERB;
        }
        if ((c & WordClass.ROLE) != 0 || form.capitalized
                && t.has(k, WordClass.TITLE)) {
            f |= ROLE;
        }
        if (mentionAt[k] >= 0) {
            f |= ENTITY;
            if (mentions.get(mentionAt[k]).type() == app.dossier.model.EntityType.PERSON) {
                f |= PERSON;
            }
        }
        if ((form.shape & Word.ING) != 0) {
            f |= ING;
        }
        if ((form.shape & Word.ED) != 0) {
            f |= ED;
        }
        return (byte) f;
    }

    private boolean redundant(Candidate c, List<Candidate> chosen) {
        for (Candidate other : chosen) {
            boolean sub = other.padded().contains(c.padded());
            boolean sup = c.padded().contains(other.padded());
            if (sub && c.size() <= other.size()) {
                return true;
            }
            if (sup && c.size() < 2 && !c.lexicon && !c.scare && other.words > 1) {
                return true;
            }
        }
        return false;
    }

    private String display(Candidate c) {
        if (c.watchedAs != null) {
            return c.watchedAs;
        }
        if (c.lexicon && lexicon.display.containsKey(c.key)) {
            return lexicon.display.get(c.key); // one spelling for all variants: "ceasefire" for "cease-fire"
        }
        Map<String, Integer> surfaces = new LinkedHashMap<>();
        for (int n = 0; n < c.size(); n++) {
            surfaces.merge(t.text.substring(t.start[c.first(n)], t.end[c.last(n) - 1]), 1, Integer::sum);
        }
        String best = null;
        int count = -1;
        for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        if (best == null) {
            return c.key;
        }
        return properNoun(best) ? best : best.toLowerCase(Locale.ROOT);
    }

    private static boolean properNoun(String surface) {
        for (String w : surface.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Stop-word-delimited runs of content words; every 1..4-gram of a run is a candidate. */
    private void runs() {
        // A single word needs three occurrences to rank (see score); count first, build only those.
        int[] wordCount = new int[wordIdCount + 1];
        for (int i = 0; i < t.size; i++) {
            if (isContent(i)) {
                wordCount[wordId[i]]++;
            }
        }
        this.wordCount = wordCount;
        int k = 0;
        while (k < t.size) {
            if (!isContent(k)) {
                k++;
                continue;
            }
            int e = k;
            while (e < t.size && isContent(e) && quoted[e] == quoted[k] && (e == k || !t.lineBreakBetween(e - 1, e))
                    && e - k < 6) {
                e++;
            }
            for (int i = k; i < e; i++) {
                for (int len = wordCount[wordId[i]] >= 3 ? 1 : 2; len <= 3 && i + len <= e; len++) {
                    addNgram(i, i + len);
                }
            }
            k = e;
        }
    }

    private boolean isContent(int k) {
        return (flags[k] & CONTENT) != 0;
    }

    private boolean contentWord(int k, byte shape, long c) {
        if (skip[k] || dateline[k]) {
            return false;
        }
        if ((c & (WordClass.STOP | WordClass.SPEECH | WordClass.PRONOUN | WordClass.FINITE)) != 0) {
            return false;
        }
        return (shape & (Word.LY | Word.NOT_A_TERM)) == 0;
    }

    private void addNgram(int i, int j) {
        // Phrases made only of entity names are actors, not key phrases.
        boolean allEntity = true;
        boolean entity = false;
        boolean verb = false;
        boolean actor = false;
        for (int k = i; k < j; k++) {
            int f = flags[k];
            allEntity &= (f & ENTITY) != 0;
            entity |= (f & ENTITY) != 0;
            actor |= (f & PERSON) != 0 || j - i > 1 && (f & ROLE) != 0;
            boolean v = (f & VERB) != 0 || k > i && k < j - 1 && (f & ING) != 0;
            if (v && k < j - 1) {
                return; // "consider granting": a verb inside the phrase
            }
            verb |= v;
        }
        if (allEntity) {
            return;
        }
        if (actor && !lexicon.contains(normalKey(i, j))) {
            return; // people and their titles are actors, not topics
        }
        if (mentionAt[i] >= 0 && mentions.get(mentionAt[i]).first() < i
                || mentionAt[j - 1] >= 0 && mentions.get(mentionAt[j - 1]).last() > j) {
            return; // cuts a name in two
        }
        int ff = flags[i];
        if (((ff & ING) != 0 || (ff & ED) != 0 || (ff & VERB) != 0) && !lexiconStarts(i)) {
            return;
        }
        int fl = flags[j - 1];
        boolean group = t.has(j - 1, WordClass.GROUP);
        long singular = t.form(j - 1).singularClasses;
        boolean role = (singular & WordClass.ROLE) != 0;
        if ((fl & ING) != 0 && j - i > 1 || (fl & ED) != 0 || j - i == 1 && ((fl & ROLE) != 0 || group || role)) {
            return;
        }
        if (j - i > 1 && ((fl & VERB) != 0 && (singular & WordClass.NOUN_VERB) == 0 || role || group)
                && !lexicon.contains(normalKey(i, j))) {
            return; // "membership remain", "defense minister": a clause fragment or a role, not a topic
        }
        if (entity && verb && !lexiconStarts(i)) {
            return; // "Russia resumes"
        }
        add(i, j, false, false);
    }

    static final Set<String> NOUN_VERBS = Vocabulary.set("attack", "deal", "strike", "ban", "supply",
            "trade", "vote", "control", "support", "report", "visit", "return", "plan", "offer", "talk", "fight",
            "change", "test", "release", "charge", "block", "cost", "fund", "issue", "fire", "force", "order",
            "cut", "rise", "fall", "increase", "delay", "move", "demand", "need", "list", "mark", "head", "lead",
            "hit", "view", "use", "state", "set", "run", "rule", "risk", "transfer", "drive", "push", "promise",
            "request", "guarantee", "arm", "aim", "target", "impose", "focus", "struggle", "signal", "back",
            "deal", "control", "work", "end", "start", "hope", "fear", "concern", "matter", "point", "reach",
            "approach", "resolve", "stockpile", "share", "cover", "claim", "call", "question", "answer");

    /** The normal form of tokens [i, j): normal words, the last one singular, closed compounds joined. */
    private String normalKey(int i, int j) {
        if (j - i == 1 && sing[i] != null) {
            return sing[i];
        }
        if (j - i > 3 || t.types >= 1 << 21) {
            return buildKey(i, j);
        }
        int slot = keySlot(i, j); // first: it makes the table
        return keyStrings[slot];
    }

    /**
     * Two and three words: the key depends only on the forms, so it is made once per sequence of
     * forms and kept, with its candidate once there is one, in a table keyed by the forms' ids.
     */
    private int keySlot(int i, int j) {
        long forms = 0;
        for (int k = i; k < j; k++) {
            forms = forms << 21 | (t.type(k) + 1);
        }
        if (keyForms == null) {
            keyForms = new long[256];
            keyStrings = new String[256];
            keyCandidates = new Candidate[256];
        }
        int mask = keyForms.length - 1;
        int slot = (int) (forms * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (keyForms[slot] != 0) {
            if (keyForms[slot] == forms) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        String key = buildKey(i, j);
        if (++keyCount * 2 > keyForms.length) {
            growKeys();
            slot = (int) (forms * 0x9E3779B97F4A7C15L >>> 40) & (keyForms.length - 1);
            while (keyForms[slot] != 0) {
                slot = (slot + 1) & (keyForms.length - 1);
            }
        }
        keyForms[slot] = forms;
        keyStrings[slot] = key;
        return slot;
    }

    private long[] keyForms;
    private String[] keyStrings;
    private Candidate[] keyCandidates;
    private int keyCount;
    /** The candidate of each single-word form, by the form's index in the text. */
    private Candidate[] singleCandidates;

    private void growKeys() {
        long[] oldForms = keyForms;
        String[] oldStrings = keyStrings;
        Candidate[] oldCandidates = keyCandidates;
        keyForms = new long[oldForms.length * 2];
        keyStrings = new String[oldForms.length * 2];
        keyCandidates = new Candidate[oldForms.length * 2];
        int mask = keyForms.length - 1;
        for (int k = 0; k < oldForms.length; k++) {
            if (oldForms[k] != 0) {
                int slot = (int) (oldForms[k] * 0x9E3779B97F4A7C15L >>> 40) & mask;
                while (keyForms[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keyForms[slot] = oldForms[k];
                keyStrings[slot] = oldStrings[k];
                keyCandidates[slot] = oldCandidates[k];
            }
        }
    }

    /** The candidate of tokens [i, j), created on first use. */
    private Candidate candidateAt(int i, int j) {
        if (j - i == 1 && sing[i] != null) {
            if (singleCandidates == null) {
                singleCandidates = new Candidate[t.types];
            }
            int type = t.type(i);
            Candidate c = singleCandidates[type];
            if (c == null) {
                c = candidate(sing[i]);
                singleCandidates[type] = c;
            }
            return c;
        }
        if (j - i > 3 || j - i == 1 || t.types >= 1 << 21) {
            return candidate(normalKey(i, j));
        }
        int slot = keySlot(i, j);
        Candidate c = keyCandidates[slot];
        if (c == null) {
            c = candidate(keyStrings[slot]);
            keyCandidates[slot] = c;
        }
        return c;
    }

    /** The candidate of a key, created on first use. */
    private Candidate candidate(String k) {
        Candidate c = candidates.get(k);
        if (c == null) {
            c = new Candidate(k, PhraseNormalizer.countWords(k));
            candidates.put(k, c);
            c.lexicon = lexicon.contains(k);
        }
        return c;
    }

    private String buildKey(int i, int j) {
        if (j - i == 1 && sing[i] != null) {
            return sing[i];
        }
        if (j - i == 2 && normal[i] != null && sing[i + 1] != null) {
            return PhraseNormalizer.joined(normal[i] + " " + sing[i + 1]);
        }
        StringBuilder key = keys;
        key.setLength(0);
        for (int k = i; k < j; k++) {
            if (normal[k] == null) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(k == j - 1 ? sing[k] : normal[k]);
        }
        return PhraseNormalizer.joined(key.toString());
    }

    /** Whether token i's normal form opens a lexicon term. */
    private boolean lexiconStarts(int i) {
        return normalMayOpenTerm(t.form(i)) && lexicon.byFirst.containsKey(normal[i]);
    }

    /**
     * Records tokens [i, j) as an occurrence of their phrase. Word runs never repeat an occurrence;
     * the other sources ({@code check}) may, and are deduplicated.
     */
    private Candidate add(int i, int j, boolean fromLexicon, boolean check) {
        return add(candidateAt(i, j), i, j, fromLexicon, check);
    }

    /** As {@link #add(int, int, boolean, boolean)}, to a candidate already chosen. */
    private Candidate add(Candidate c, int i, int j, boolean fromLexicon, boolean check) {
        if (check && c.has(i, j)) {
            c.lexicon |= fromLexicon;
            return c;
        }
        c.add(i, j);
        c.lexicon |= fromLexicon;
        return c;
    }

    private void lexiconTerms() {
        // The lexicon is asked once per distinct form, not once per token.
        byte[] asked = new byte[t.types]; // 0 not yet, 1 opens no term, 2 opens terms
        List<KeyPhraseLexicon.Term>[] asWritten = newLists(t.types);
        List<KeyPhraseLexicon.Term>[] asSingular = newLists(t.types);
        for (int k = 0; k < t.size; k++) {
            if (skip[k] || normal[k] == null) {
                continue;
            }
            int type = t.type(k);
            if (asked[type] == 0 && !mayOpenLexiconTerm(t.form(k))) {
                asked[type] = 1;
            }
            if (asked[type] == 0) {
                asWritten[type] = lexicon.byFirst.get(normal[k]);
                asSingular[type] = sing[k].equals(normal[k]) ? null : lexicon.byFirst.get(sing[k]);
                asked[type] = (byte) (asWritten[type] == null && asSingular[type] == null ? 1 : 2);
            }
            if (asked[type] == 1) {
                continue;
            }
            // "sanctions" opens both "sanctions package" and, as a singular, "sanction(s)": try both.
            if (!lexiconAt(k, asWritten[type])) {
                lexiconAt(k, asSingular[type]);
            }
        }
    }

    /**
     * Whether a form's normal or singular form may open a lexicon term: the word index marks the
     * terms' first words, so most forms are answered without asking the lexicon.
     */
    private static boolean mayOpenLexiconTerm(Word form) {
        return normalMayOpenTerm(form) || (form.singularClasses & WordClass.LEXICON_FIRST) != 0;
    }

    /**
     * Whether a form's normal form may open a lexicon term: the index marks lower-case first words;
     * a normal form that differs from the lower case (hyphens, apostrophes) is not marked and is asked.
     */
    private static boolean normalMayOpenTerm(Word form) {
        return form.normal != form.lower || (form.classes & WordClass.LEXICON_FIRST) != 0;
    }

    @SuppressWarnings("unchecked")
    private static List<KeyPhraseLexicon.Term>[] newLists(int n) {
        return (List<KeyPhraseLexicon.Term>[]) new List<?>[n];
    }

    private boolean lexiconAt(int k, List<KeyPhraseLexicon.Term> entries) {
        if (entries == null) {
            return false;
        }
        for (KeyPhraseLexicon.Term term : entries) {
            if (matches(k, term)) {
                if (term.variantOf != null) {
                    // "no fly zone" counts as "no-fly zone": one candidate for both spellings.
                    add(candidate(term.variantOf), k, k + term.words.length, true, true);
                    if (variantSpans == null) {
                        variantSpans = new ArrayList<>();
                    }
                    variantSpans.add(new int[] {k, k + term.words.length});
                } else {
                    add(k, k + term.words.length, true, true);
                }
                return true;
            }
        }
        return false;
    }

    private boolean matches(int k, KeyPhraseLexicon.Term term) {
        String[] words = term.words;
        if (k + words.length > t.size) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            String n = normal[k + w];
            if (n == null || skip[k + w]) {
                return false;
            }
            if (!n.equals(words[w]) && !sing[k + w].equals(term.singulars[w])) {
                return false;
            }
        }
        return true;
    }

    private void scarePhrase(TextSpan span) {
        int i = t.indexAt(span.start());
        int j = i;
        while (j < t.size && t.start[j] < span.end()) {
            j++;
        }
        while (j > i && !t.isWord(j - 1)) {
            j--;
        }
        while (i < j && t.isWord(i) && t.has(i, WordClass.STOP)) {
            i++;
        }
        while (j > i && t.isWord(j - 1) && t.has(j - 1, WordClass.STOP)) {
            j--;
        }
        if (j <= i || j - i > 4 || skip[i]) {
            return;
        }
        for (int k = i; k < j; k++) {
            if (!t.isWord(k) && !t.isPossessive(k)) {
                return;
            }
        }
        Candidate c = add(i, j, false, true);
        c.scare = true;
        // Every other occurrence of the same words, quoted or not.
        if (normal[i] == null) {
            return;
        }
        for (int k : positions(scareFirstWords).getOrDefault(normal[i], List.of())) {
            if (k == i || k + (j - i) > t.size) {
                continue;
            }
            boolean same = true;
            for (int w = 1; w < j - i && same; w++) {
                same = normal[k + w] != null && normal[i + w] != null && sing[k + w].equals(sing[i + w]);
            }
            if (same && !skip[k]) {
                add(k, k + (j - i), false, true);
            }
        }
    }

    private Map<String, List<Integer>> positions;

    /** Token ranges of lexicon terms found in another spelling ("no fly zone"), or null. */
    private List<int[]> variantSpans;

    /**
     * Word runs inside a lexicon term written another way are pieces of that term ("fly zone" in
     * "no fly zone"), not phrases of their own: those occurrences are dropped.
     */
    private void dropPiecesOfVariants() {
        for (Candidate c : candidates.values()) {
            if (!c.lexicon) {
                c.keepOnly(o -> {
                    for (int[] span : variantSpans) {
                        if (c.first(o) >= span[0] && c.last(o) <= span[1]) {
                            return false;
                        }
                    }
                    return true;
                });
            }
        }
    }

    private Set<String> scareFirstWords;

    /** Token positions of the words that open scare quotes, built on first use. */
    private Map<String, List<Integer>> positions(Set<String> words) {
        if (positions == null) {
            positions = new HashMap<>();
            byte[] opens = new byte[t.types]; // per distinct form: 0 not asked, 1 no, 2 yes
            for (int k = 0; k < t.size; k++) {
                if (normal[k] == null) {
                    continue;
                }
                int type = t.type(k);
                if (opens[type] == 0) {
                    opens[type] = (byte) (words.contains(normal[k]) ? 2 : 1);
                }
                if (opens[type] == 2) {
                    positions.computeIfAbsent(normal[k], x -> new ArrayList<>(2)).add(k);
                }
            }
        }
        return positions;
    }

    /**
     * Watch-list terms in their normal words, worked out once: the same few terms are looked for in
     * every article. Bounded; cleared when full.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, KeyPhraseLexicon.Term> WATCH_TERMS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int WATCH_TERMS_LIMIT = 4096;

    private static KeyPhraseLexicon.Term watchTerm(String term) {
        KeyPhraseLexicon.Term known = WATCH_TERMS.get(term);
        if (known == null) {
            if (WATCH_TERMS.size() >= WATCH_TERMS_LIMIT) {
                WATCH_TERMS.clear();
            }
            known = new KeyPhraseLexicon.Term(PhraseNormalizer.normalWords(term));
            WATCH_TERMS.put(term, known);
        }
        return known;
    }

    private List<Candidate> watch(Set<String> terms) {
        List<Candidate> out = new ArrayList<>();
        if (terms == null) {
            return out;
        }
        for (String term : terms) {
            KeyPhraseLexicon.Term asTerm = watchTerm(term);
            String[] words = asTerm.words;
            if (words.length == 0) {
                continue;
            }
            Candidate found = null;
            byte[] opens = new byte[t.types]; // per distinct form: 0 not asked, 1 does not open the term, 2 does
            for (int k = 0; k < t.size; k++) {
                if (normal[k] == null || skip[k]) {
                    continue;
                }
                int type = t.type(k);
                if (opens[type] == 0) {
                    opens[type] = (byte) (normal[k].equals(words[0]) || sing[k].equals(asTerm.singulars[0]) ? 2 : 1);
                }
                if (opens[type] == 2 && matches(k, asTerm)) {
                    found = add(k, k + words.length, false, true);
                }
            }
            if (found != null) {
                found.watched = true;
                found.watchedAs = term.strip();
                if (!out.contains(found)) {
                    out.add(found);
                }
            }
        }
        return out;
    }

    /** PositionRank-style weight of each word, indexed by the word's id in this article. */
    private double[] wordScoreArray() {
        double[] scores = new double[wordIdCount + 1];
        for (int k = 0; k < t.size; k++) {
            if (isContent(k)) {
                scores[wordId[k]] += 1.0 / (1 + sentenceOf[k]);
            }
        }
        return scores;
    }


    private void score(Candidate c, double[] wordScores, DocumentFrequencies df, long n) {
        int tf = c.size();
        if (tf == 0 || c.words == 1 && tf < 3 && !c.lexicon && !c.scare && !c.watched) {
            c.score = 0;
            return;
        }
        double sum = 0;
        for (int k = c.first(0); k < c.last(0); k++) {
            if (sing[k] != null) {
                sum += wordScores[wordId[k]];
            }
        }
        final int wordCount = c.words;
        int firstSentence = Integer.MAX_VALUE;
        int lastSentence = 0;
        for (int o = 0; o < c.size(); o++) {
            firstSentence = Math.min(firstSentence, sentenceOf[c.first(o)]);
            lastSentence = Math.max(lastSentence, sentenceOf[c.first(o)]);
        }
        double score = sum / wordCount * (1 + 0.35 * (wordCount - 1));
        score *= 1 + Math.log(tf);
        score *= 1 + 0.05 * Math.min(10, lastSentence - firstSentence);
        score *= 1 + 1.0 / (1 + firstSentence);
        if (c.lexicon) {
            score *= 2.0;
        }
        if (c.scare) {
            score *= 2.0;
        }
        if (wordCount == 1 && !c.lexicon) {
            score *= 0.35;
        }

        if (wordCount > 3 && !c.lexicon) {
            score *= 0.6;
        }
        if (n >= 10) {
            long f = Math.min(n, Math.max(0, df.frequency(c.key)));
            double idf = Math.log((n + 1.0) / (f + 1.0)) / Math.log(n + 1.0);
            score *= Math.max(0.02, idf); // as in TF-IDF: a phrase in nearly every story says little about this one
        }
        c.score = score;
    }

    /** "PORT SUDAN —", "KYIV (Reuters) —": the place a story was filed from opens a paragraph in capitals. */
    private static boolean[] datelines(Tokens t, Sentences s) {
        boolean[] out = new boolean[t.size];
        for (int p = 0; p < s.paragraphs; p++) {
            int k = t.indexAt(s.paraStart[p]);
            int first = k;
            while (k < t.size && t.start[k] < s.paraEnd[p] && k - first < 6 && upper(t, k)) {
                k++;
            }
            if (k > first && k < t.size && (t.is(k, '\u2014') || t.is(k, '\u2013') || t.is(k, '(') || t.is(k, ',')
                    || t.is(k, '-'))) {
                for (int j = first; j < k; j++) {
                    out[j] = true;
                }
            }
        }
        return out;
    }

    private static boolean upper(Tokens t, int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String w = t.word(k);
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return w.length() > 1;
    }

    /** Whether every occurrence extends, on the same side, into one longer candidate. */
    private boolean alwaysPartOfLonger(Candidate c) {
        return extendsInto(c, true) || extendsInto(c, false);
    }

    private boolean extendsInto(Candidate c, boolean right) {
        String longer = null;
        for (int n = 0; n < c.size(); n++) {
            int i = right ? c.first(n) : c.first(n) - 1;
            int j = right ? c.last(n) + 1 : c.last(n);
            if (i < 0 || j > t.size || !isContent(right ? j - 1 : i) || t.lineBreakBetween(i, j - 1)) {
                return false;
            }
            String key = normalKey(i, j);
            if (!candidates.containsKey(key) || longer != null && !longer.equals(key)) {
                return false;
            }
            longer = key;
        }
        return longer != null;
    }

    private boolean onlyQuoted(Candidate c) {
        for (int n = 0; n < c.size(); n++) {
            if (!quoted[c.first(n)]) {
                return false;
            }
        }
        return true;
    }







}

package app.dossier.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds speech cues in one sentence and their grammatical parts: the subject (before the verb, or
 * after it in "…,” said X"), an apposition role, and where the reported content lies (after
 * "that", a colon or a bare clause; or before a trailing "…, he said"). Also "according to X" and
 * "as reported by X". Knows nothing about who the subject is; {@link SpeakerResolver} does.
 * Per article; not shared.
 */
final class CueFinder {

    /** One speech cue in a sentence. Offsets are characters; -1 means absent. */
    static final class Cue {
        int verb;
        int subjectFirst;
        int subjectLast; // exclusive, tokens
        String role;
        boolean subjectAfterVerb;
        /** The subject found is not the one who speaks, and the one who does is not named here. */
        boolean abstain;
        int cueStart;
        int cueEnd;
        int contentStart = -1;
        int contentEnd = -1;
        boolean contentBefore;
        boolean bareClause;
        boolean colon;
        /** The cue is in a relative clause about its subject: "Sikorski, who said …, left". */
        boolean relative;
        /** A participle after a comma that goes on reporting the same speaker: ", adding that …". */
        boolean participle;
        /**
         * The cue opens a clause of its own after a comma and a conjunction, with its own subject:
         * "…, while Macron called them “…”", "…, but officials said …"; or the same speaker's second
         * verb after "but" or "and" ("… but said “no breakthroughs” were expected"). What an earlier
         * cue reports ends before it.
         */
        boolean coordinated;
        /**
         * The token opening a quote that follows the verb in its clause ("warned of “grave
         * consequences”"), for a cue with no reported speech of its own; -1 when none.
         */
        int partialAt = -1;

        boolean hasContent() {
            return contentStart >= 0 && contentEnd > contentStart;
        }

        /** Takes the speaker of {@code other}: its subject, where the subject stands, and its role. */
        void sameSpeakerAs(Cue other) {
            subjectFirst = other.subjectFirst;
            subjectLast = other.subjectLast;
            subjectAfterVerb = other.subjectAfterVerb;
            role = other.role;
        }
    }

    static final Set<String> OBJECT_WORDS = Vocabulary.set("reporters", "journalists", "him", "her", "them",
            "us", "me", "lawmakers", "parliament", "legislators", "colleagues", "supporters", "students",
            "troops", "soldiers", "residents", "viewers", "listeners", "readers", "delegates", "diplomats",
            "the", "a", "an", "conference", "briefing", "meeting", "audience", "crowd", "forum", "summit",
            "session", "interview", "newspaper", "broadcaster", "channel", "agency", "outlet", "station",
            "magazine", "television", "radio", "media", "press", "news", "state", "local", "national",
            "french", "german", "british", "ukrainian", "russian", "american", "israeli", "a", "group",
            "gathering", "rally", "committee", "council", "senators", "ministers", "counterpart",
            "counterparts", "leaders", "officials", "daily", "weekly", "website", "podcast", "show", "his",
            "their", "its", "cnn", "bbc", "citizens", "nation", "world", "assembly", "congress", "allies");
    static final Set<String> ADVERBIAL_STARTS = Vocabulary.set("on", "in", "at", "during", "late", "earlier",
            "last", "this", "after", "following", "via", "by", "from", "before", "while", "when", "recently",
            "previously", "separately", "later", "today", "yesterday", "tonight", "again", "also", "publicly",
            "privately", "repeatedly", "then", "himself", "herself", "once", "now", "too");

    /** "said as he left": a subordinate clause is circumstance, not what was said. */
    static final Set<String> SUBORDINATORS = Vocabulary.set("as", "when", "while", "after", "before",
            "because", "since", "if", "although", "though", "until", "once", "whereas", "where", "unless");

    private final Tokens t;
    private final int[] quoteAt;
    private final boolean[] skip;
    private final int[] lastOut = new int[1];
    private final Gazetteer g;
    private final SubjectFinder subjects;
    private final int[] mentionAt;

    private final List<Mention> mentions;

    CueFinder(Tokens t, Gazetteer g, int[] quoteAt, boolean[] skip, int[] mentionAt, List<Mention> mentions) {
        this.mentions = mentions;
        this.g = g;
        this.subjects = new SubjectFinder(t, quoteAt, mentionAt, mentions);
        this.mentionAt = mentionAt;
        this.t = t;
        this.quoteAt = quoteAt;
        this.skip = skip;
    }


    /** Cues in tokens [a, b), in order. */
    List<Cue> find(int a, int b) {
        List<Cue> cues = new ArrayList<>(2);
        for (int k = a; k < b; k++) {
            if (quoteAt[k] >= 0 || skip[k] || !t.has(k, WordClass.SPEECH | WordClass.PHRASE_CUE | WordClass.CHARACTERIZING
                    | WordClass.PARTICIPLE_CUE) || !t.isWord(k)) {
                continue; // most tokens: one look at the form's bits
            }
            if (mentionAt[k] >= 0 && t.isCapitalized(k) && mentionAt[k] == (k > 0 ? mentionAt[k - 1] : -1)) {
                continue; // "Ahmed Said", "Edward Said": a name, not the verb
            }
            String lower = t.lower(k);
            Cue c = null;
            if (lower.equals("according") && k + 1 < b && t.lower(k + 1).equals("to")) {
                c = reportedBy(k, k + 2, a, b);
            } else if (lower.equals("quoted")) {
                c = quotedAsSaying(k, b);
            } else if (lower.equals("as") && k + 2 < b && t.isWord(k + 1) && t.isWord(k + 2)
                    && (t.lower(k + 1).equals("reported") || t.lower(k + 1).equals("cited")
                    || t.lower(k + 1).equals("quoted")) && t.lower(k + 2).equals("by")) {
                c = reportedBy(k, k + 3, a, b);
            } else if (t.has(k, WordClass.SPEECH) && !(k > a && t.lower(k - 1).equals("as")
                    && k + 1 < b && t.lower(k + 1).equals("by"))) {
                c = sameSubject(k, a, b, cues);
                if (c == null) {
                    c = verb(k, a, b);
                }
                if (c != null && c.relative && c.hasContent()) {
                    endAtClauseComma(c, k, b);
                }
                if (c != null && !c.hasContent() && !c.contentBefore && !c.subjectAfterVerb && !c.relative) {
                    c.partialAt = quoteAfter(k, b, OBJECT_QUOTE_VERBS.contains(lower) ? 0 : 1, true);
                }
            } else if (lower.equals("back")) {
                c = retort(k, a, b);
            } else if (t.has(k, WordClass.CHARACTERIZING)) {
                c = characterizing(k, a, b);
            } else if (t.has(k, WordClass.PARTICIPLE_CUE)) {
                c = participle(k, a, b, cues);
            }
            if (c != null) {
                cues.add(c);
            }
        }
        for (int j = 1; j < cues.size(); j++) {
            endBeforeCoordinatedClause(cues, j, a);
            contrastAccordingTo(cues, j);
        }
        for (Cue c : cues) {
            if (c.hasContent() && !c.contentBefore) {
                endBeforeContrastingFinding(c, b);
                endBeforeAnotherPersonsClause(c, b);
            }
        }
        for (int j = 0; j < cues.size(); j++) {
            Cue second = secondThatClause(cues.get(j), b);
            if (second != null) {
                cues.add(j + 1, second);
            }
        }
        return cues;
    }

    /**
     * "Peskov told reporters the talks were “constructive” but said “no breakthroughs” were
     * expected", "…, and added that …": a second speech verb joined to the first clause by "but" or
     * "and", with no subject of its own, reports the same speaker; the first verb's words end before
     * the conjunction, and each verb reports its own. {@code null} when it is not that.
     */
    private Cue sameSubject(int v, int a, int b, List<Cue> earlier) {
        if (earlier.isEmpty()) {
            return null;
        }
        int j = v - 1;
        while (j > a && t.isWord(j) && quoteAt[j] < 0 && t.has(j, WordClass.PRELUDE) && !t.has(j, WordClass.PRONOUN)) {
            j--; // "but also said", "and later added"
        }
        if (j <= a || !t.isWord(j) || quoteAt[j] >= 0 || !(t.lower(j).equals("but") || t.lower(j).equals("and"))) {
            return null;
        }
        Cue before = earlier.get(earlier.size() - 1);
        if (before.abstain || before.contentBefore || before.participle || before.relative || !before.hasContent()
                || before.contentStart >= t.start[j] || before.contentEnd <= t.start[j]
                || before.subjectFirst >= before.subjectLast) {
            return null;
        }
        Cue c = new Cue();
        c.verb = v;
        c.cueStart = t.start[v];
        c.cueEnd = t.end[v];
        c.sameSpeakerAs(before);
        contentAfter(c, v, b);
        if (!c.hasContent() && !c.colon) {
            c.partialAt = quoteAfter(v, b, 0, true); // "but said “no breakthroughs” were expected"
        }
        if (!c.hasContent() && !c.colon && c.partialAt < 0) {
            return null;
        }
        int cut = t.is(j - 1, ',') ? j - 1 : j;
        c.coordinated = quoteAt[cut] < 0 && endContentBefore(before, cut);
        return c.coordinated ? c : null;
    }

    /** Verbs that make a retort with "back": "shot back", "hit back", "fired back". */
    private static final Set<String> RETORT_VERBS = Vocabulary.set("shot", "shoots", "hit", "hits", "fired", "fires");

    /**
     * "The Kremlin shot back that the claims were “absurd”", "“Nonsense,” Peskov shot back",
     * "hit back at critics, saying …": a retort reports like "said" when what follows or precedes it
     * is words ("that", a colon, a quote); "Iran hit back with missiles" reports nothing.
     */
    private Cue retort(int k, int a, int b) {
        if (k - 1 <= a || quoteAt[k - 1] >= 0 || !t.isWord(k - 1) || !RETORT_VERBS.contains(t.lower(k - 1))) {
            return null;
        }
        Cue c = verb(k - 1, k, a, b);
        if (c == null || c.subjectAfterVerb || c.relative) {
            return null;
        }
        boolean quoteBefore = c.subjectFirst - 1 >= a && (quoteAt[c.subjectFirst - 1] >= 0
                || t.is(c.subjectFirst - 1, ',') && c.subjectFirst - 2 >= a && quoteAt[c.subjectFirst - 2] >= 0);
        if (!c.hasContent() && !c.colon) {
            c.partialAt = quoteAfter(k, b, 0, true);
        }
        return c.hasContent() || c.colon || c.partialAt >= 0 || quoteBefore || participleFollows(k, b) ? c : null;
    }

    /** Whether ", saying", ", adding" … goes on from the clause of token {@code k} within a few words. */
    private boolean participleFollows(int k, int b) {
        for (int m = k + 1; m + 1 < b && m - k <= 12 && quoteAt[m] < 0; m++) {
            if (t.is(m, ',')) {
                return t.isWord(m + 1) && t.has(m + 1, WordClass.PARTICIPLE_CUE);
            }
        }
        return false;
    }

    /** Verbs by which a report, a study or a count contradicts a speaker: "…, but an assessment concluded …". */
    private static final Set<String> FINDING_VERBS = Vocabulary.set("concluded", "found", "showed", "shows",
            "suggested", "suggests", "indicated", "indicates", "revealed", "estimated", "determined", "contradicted",
            "disputed");

    /**
     * "Hegseth said the strikes had “obliterated” the sites, but a preliminary intelligence
     * assessment, first reported by CNN, concluded the damage was more limited": a contrasting clause
     * with its own subject and a verb of finding or saying is no longer the speaker's words.
     */
    private void endBeforeContrastingFinding(Cue c, int b) {
        int from = t.indexAt(c.contentStart);
        for (int k = from + 1; k + 2 < b && t.start[k] < c.contentEnd; k++) {
            if (!t.is(k, ',') || quoteAt[k] >= 0 || !t.isWord(k + 1)) {
                continue;
            }
            String joiner = t.lower(k + 1);
            if (!CLAUSE_JOINERS.contains(joiner) || joiner.equals("and")) {
                continue;
            }
            int s = k + 2;
            if (!t.isWord(s) || !(t.has(s, WordClass.DETERMINER) && !t.lower(s).equals("that") || t.isCapitalized(s))) {
                continue;
            }
            for (int j = s + 1; j < b && j - s <= 14 && quoteAt[j] < 0; j++) {
                if (t.isWord(j) && t.lower(j).equals("that") && j == s + 1) {
                    break;
                }
                if (t.isWord(j) && FINDING_VERBS.contains(t.lower(j))) {
                    endContentBefore(c, k);
                    return;
                }
            }
        }
    }

    /**
     * "Rubio said the United States would keep pressing for a ceasefire, but Russian officials have
     * shown little interest, according to two people familiar with the talks": a trailing
     * "according to" reports the contrasting clause before it, not the first speaker's words; the
     * first speaker's words end before ", but".
     */
    private void contrastAccordingTo(List<Cue> cues, int j) {
        Cue d = cues.get(j);
        if (!d.contentBefore || !t.lower(d.verb).equals("according")) {
            return;
        }
        int comma = d.verb - 1;
        for (int i = j - 1; i >= 0; i--) {
            Cue c = cues.get(i);
            if (!c.hasContent() || c.contentBefore || c.contentEnd < t.start[comma] - 1 || c.verb >= d.verb) {
                continue;
            }
            for (int k = comma - 2; k > c.verb && t.start[k] >= c.contentStart; k--) {
                if (quoteAt[k] >= 0) {
                    return;
                }
                if (t.is(k, ',') && t.isWord(k + 1) && !t.lower(k + 1).equals("and") && !t.lower(k + 1).equals("as")
                        && CLAUSE_JOINERS.contains(t.lower(k + 1))) {
                    int from = k + 2;
                    if (from < comma && endContentBefore(c, k)) {
                        d.contentStart = t.start[from];
                        d.contentEnd = t.end[comma - 1];
                        d.contentBefore = false;
                        d.coordinated = true;
                    }
                    return;
                }
            }
            return;
        }
    }

    /**
     * "saying the EU was “punishing its own consumers” and that Washington would not back down":
     * a second "that" clause joined by "and" is a second report of the same speaker; what the cue
     * reports ends before "and", and the returned cue reports the rest ({@code null} when there is
     * no such clause).
     */
    private Cue secondThatClause(Cue c, int b) {
        if (!c.hasContent() || c.contentBefore || c.abstain) {
            return null;
        }
        for (int k = t.indexAt(c.contentStart) + 1; k + 2 < b && t.end[k + 1] < c.contentEnd; k++) {
            if (quoteAt[k] < 0 && t.isWord(k) && t.lower(k).equals("and") && t.isWord(k + 1)
                    && t.lower(k + 1).equals("that") && quoteAt[k + 1] < 0 && !relativeThat(k + 1)
                    && !(t.isWord(k + 2) && (CLAIM_NOUNS.contains(t.lower(k + 2)) || STANCE_NOUNS.contains(t.lower(k + 2))))) {
                int cut = t.is(k - 1, ',') ? k - 1 : k;
                Cue d = new Cue();
                d.verb = c.verb;
                d.cueStart = c.cueStart;
                d.cueEnd = c.cueEnd;
                d.sameSpeakerAs(c);
                d.participle = c.participle;
                d.contentStart = t.start[k + 2];
                d.contentEnd = c.contentEnd;
                if (!endContentBefore(c, cut)) {
                    return null;
                }
                d.coordinated = true;
                return d;
            }
        }
        return null;
    }

    /**
     * "Netanyahu said the operation would continue, and opposition leader Yair Lapid accused him
     * of …", "…, as former prime minister Boris Johnson urged the government to go further": a
     * clause after a comma and a conjunction whose subject is another person named in the article,
     * acting in a verb of their own, is that person's, not the speaker's words.
     */
    private void endBeforeAnotherPersonsClause(Cue c, int b) {
        int from = t.indexAt(c.contentStart);
        String speaker = c.subjectLast > c.subjectFirst && mentionAt[c.subjectLast - 1] >= 0
                ? mentions.get(mentionAt[c.subjectLast - 1]).canonical() : null;
        for (int k = from + 1; k + 2 < b && t.start[k] < c.contentEnd; k++) {
            if (!t.is(k, ',') || quoteAt[k] >= 0 || !t.isWord(k + 1) || !CLAUSE_JOINERS.contains(t.lower(k + 1))) {
                continue;
            }
            if (passiveByFollows(k + 2, b)) {
                endContentBefore(c, k); // "…, and that claim was rejected by Ukraine's military, which said …"
                return;
            }
            for (int j = k + 2; j < b && j - k <= 8 && t.isWord(j) && quoteAt[j] < 0; j++) {
                int mi = mentionAt[j];
                if (mi < 0) {
                    continue;
                }
                Mention m = mentions.get(mi);
                int after = m.last();
                if (m.type() == app.dossier.model.EntityType.PERSON && !m.canonical().equals(speaker) && after < b
                        && t.isWord(after) && quoteAt[after] < 0 && !t.isCapitalized(after)
                        && (t.has(after, WordClass.VERB | WordClass.IRREGULAR_PAST) || t.lower(after).endsWith("ed"))) {
                    endContentBefore(c, k);
                    return;
                }
                break;
            }
        }
    }

    /** "that view was echoed by", "the decision was criticised by": a passive with its agent within a few words of {@code from}. */
    private boolean passiveByFollows(int from, int b) {
        for (int j = from + 2; j + 1 < b && j - from <= 6 && t.isWord(j) && quoteAt[j] < 0; j++) {
            if (t.lower(j).equals("by") && t.isWord(j - 1) && (t.lower(j - 1).endsWith("ed") || t.has(j - 1, WordClass.IRREGULAR_PAST))
                    && t.isWord(j - 2) && PASSIVE_AUXILIARIES.contains(t.lower(j - 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ends what {@code c} reports at the last word before token {@code cut} (punctuation in between
     * dropped); returns false, leaving it as it was, when no word of its content lies before the cut.
     */
    private boolean endContentBefore(Cue c, int cut) {
        int end = cut;
        while (end > 0 && !t.isWord(end - 1) && quoteAt[end - 1] < 0) {
            end--;
        }
        if (end == 0 || t.start[end - 1] < c.contentStart) {
            return false;
        }
        c.contentEnd = t.end[end - 1];
        return true;
    }

    /** Conjunctions that join a second speaker's clause to the first: "…, while Macron said …". */
    static final Set<String> CLAUSE_JOINERS = Vocabulary.set("while", "whilst", "whereas", "but", "and", "although",
            "though", "yet", "as");

    /**
     * "Scholz said the talks had been useful, while Macron called them “a first step”": the second
     * clause has its own subject and verb, so the first speaker's reported words end at the comma
     * before it, and the second cue reports on its own.
     */
    private void endBeforeCoordinatedClause(List<Cue> cues, int j, int a) {
        Cue d = cues.get(j);
        int joiner = d.subjectFirst - 1;
        if (joiner > a && t.isWord(joiner) && !CLAUSE_JOINERS.contains(t.lower(joiner))) {
            // "…, but Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said": the
            // subject found is only the end of a long name; the conjunction stands before the name
            for (int k = joiner; k > a + 1 && joiner - k <= 12 && quoteAt[k] < 0; k--) {
                if (t.isWord(k) && CLAUSE_JOINERS.contains(t.lower(k)) && !t.lower(k).equals("and") && t.is(k - 1, ',')) {
                    joiner = k;
                    break;
                }
                if (!(t.isWord(k) && (t.isCapitalized(k) || NAME_LINKS.contains(t.lower(k))) || t.isPossessive(k))) {
                    break;
                }
            }
        }
        if (joiner > a && t.is(joiner, ',')) {
            // "…, as his deputy, Sergei Ryabkov, said …": the subject is the name inside an apposition
            for (int k = joiner - 1; k > a && joiner - k <= 6 && quoteAt[k] < 0 && !t.is(k, ','); k--) {
                if (t.isWord(k) && CLAUSE_JOINERS.contains(t.lower(k)) && t.is(k - 1, ',')) {
                    joiner = k;
                    break;
                }
            }
        }
        if (d.participle || d.relative || d.subjectAfterVerb || d.contentBefore || joiner <= a
                || d.subjectFirst >= d.subjectLast || !t.isWord(joiner) || !CLAUSE_JOINERS.contains(t.lower(joiner))) {
            return;
        }
        boolean comma = t.is(joiner - 1, ',') || t.is(joiner - 1, ';');
        if (!comma && !(t.lower(joiner).equals("while") || t.lower(joiner).equals("whilst") || t.lower(joiner).equals("whereas"))) {
            return; // "said Russia and Ukraine had agreed": "and" joins names, not clauses
        }
        int cut = comma ? joiner - 1 : joiner;
        if (quoteAt[cut] >= 0) {
            return;
        }
        for (int i = j - 1; i >= 0; i--) {
            Cue c = cues.get(i);
            if (c.hasContent() && !c.contentBefore && c.contentStart < t.start[cut] && c.contentEnd > t.start[cut]) {
                d.coordinated = endContentBefore(c, cut);
                return;
            }
        }
    }

    /**
     * "Sameh Shoukry agreed, adding that aid must be scaled up", "…, saying the talks had failed",
     * "…, calling it “a disgrace”": after a comma, a participle goes on reporting the speaker of the
     * clause before it: the subject of the sentence's previous cue, or the name that opens the
     * sentence. Without either, or without words to report, there is no cue.
     */
    private Cue participle(int v, int a, int b, List<Cue> earlier) {
        if (v - 1 <= a || !t.is(v - 1, ',') || quoteAt[v - 1] >= 0 || v + 1 >= b) {
            return null;
        }
        Cue c = new Cue();
        c.verb = v;
        c.cueStart = t.start[v];
        c.cueEnd = t.end[v];
        c.participle = true;
        Cue before = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        String verb = t.lower(v);
        // After reported words that run up to it, "saying" or "calling" may be about the reported
        // subject ("Reuters reports: Waymo … applied …, saying …"); "adding", "noting" … go on with the speaker.
        boolean relayed = before != null && (t.lower(before.verb).equals("according") || t.lower(before.verb).equals("as"));
        boolean insideReported = before != null && (before.colon || relayed || before.hasContent()
                && before.contentEnd > t.start[v] && (verb.equals("saying") || verb.equals("calling")
                || verb.equals("describing") || verb.equals("citing")));
        if (verb.equals("citing") && before != null && before.hasContent() && !before.contentBefore
                && before.contentEnd > t.start[v] && before.contentStart < t.start[v - 1]) {
            // "The New York Times reported that the Pentagon had drafted plans …, citing two U.S.
            // officials": who the outlet cites is not what it reports
            endContentBefore(before, v - 1);
        }
        if (insideReported) {
            // "Reuters reports: Waymo applied …, saying it was “ready to serve the city”": the quote is
            // the reported subject's, whom this cue does not name; it keeps the quote from the outlet.
            c.abstain = true;
            c.partialAt = quoteAfter(v, b, 0, false);
            return c;
        }
        if (before != null && !before.abstain && !before.contentBefore && before.verb < v && before.verb >= a) {
            c.sameSpeakerAs(before);
            if (before.hasContent() && before.contentEnd > t.start[v]) {
                before.contentEnd = t.start[v - 1]; // "said the talks failed, adding that …": each its own words
            }
        } else if (!subjects.coordinatedSubject(c, skipDateline(a, v - 1), v - 1) || !subjects.isMention(c.subjectLast - 1)) {
            // Only a name the article knows opens the sentence ("Introduced as …, Cook … extolled" has
            // none); after a dateline ("WASHINGTON - Donald Trump blamed his predecessor …, saying").
            return null;
        }
        if (verb.equals("calling") || verb.equals("describing") || verb.equals("citing")) {
            c.partialAt = quoteAfter(v, b, 1, false); // "calling it “a disgrace”"
            return c.partialAt >= 0 ? c : null;
        }
        if (t.isWord(v + 1) && t.lower(v + 1).equals("that") && v + 2 < b) {
            c.cueEnd = t.end[v + 1];
            setContent(c, v + 2, b);
        } else if (t.is(v + 1, ':')) {
            c.colon = true;
        } else if (looksLikeClause(v + 1, b)) {
            c.bareClause = true;
            setContent(c, v + 1, b);
        } else {
            c.partialAt = quoteAfter(v, b, 0, true);
        }
        return c.hasContent() || c.colon || c.partialAt >= 0 ? c : null;
    }

    /**
     * "Zelensky called the strike “a deliberate act of terror”", "Blinken described the talks as
     * “constructive”", "Erdogan accused Israel of “genocide”": a verb that characterises in the
     * speaker's own words cues the quote that follows it in its clause, and nothing else. It needs
     * a named or pronoun subject and at least one word before the quote ("a group called “…”"
     * names a group).
     */
    private Cue characterizing(int v, int a, int b) {
        if (v + 1 < b && t.isWord(v + 1) && t.lower(v).startsWith("call") && PHRASAL_CALL.contains(t.lower(v + 1))) {
            return null; // "the reform Macron called for in his “Europe speech”": a demand, not his words for it
        }
        if (passive(v, a)) {
            // "Zelensky was called a “dictator” by Trump", "was branded “inhumane” by the UN": the words are the agent's
            int at = quoteAfter(v, b, 0, false);
            return at < 0 ? null : passiveBy(v, at, b);
        }
        int at = quoteAfter(v, b, 1, false);
        if (at < 0 && whatBefore(v, a)) {
            at = quoteAfter(v, b, 0, false); // "what Hamas leader Yahya Sinwar once called “…”": "what" is the object
        }
        if (at < 0 || !prepositionFits(v, at)) {
            return null;
        }
        Cue c = verb(v, a, b);
        if (c == null || c.subjectAfterVerb || c.relative || !subjects.namedOrPronoun(c.subjectFirst, c.subjectLast)) {
            return null;
        }
        c.contentStart = -1;
        c.contentEnd = -1;
        c.contentBefore = false;
        c.bareClause = false;
        c.colon = false;
        c.partialAt = at;
        return c;
    }

    /**
     * "Donald Trump was called a “threat to democracy” by President Joe Biden": in the passive, the
     * one named after "by" right behind the quote characterised; without one, no cue.
     */
    private Cue passiveBy(int v, int at, int b) {
        int after = at;
        while (after < b && quoteAt[after] == quoteAt[at]) {
            after++;
        }
        if (after + 1 >= b || !t.isWord(after) || !t.lower(after).equals("by")) {
            return null;
        }
        int first = after + 1;
        int end = subjects.npForward(first, b);
        if (end <= first || !subjects.namedOrPronoun(first, end)) {
            return null;
        }
        int head = first;
        while (head < end && t.isWord(head) && t.has(head, WordClass.DETERMINER)) {
            head++;
        }
        while (head + 1 < end && t.isWord(head) && t.isCapitalized(head) && !subjects.isMention(head)
                && !t.has(head, WordClass.ROLE | WordClass.GROUP | WordClass.INSTITUTION | WordClass.MEDIA)
                && (t.has(head + 1, WordClass.TITLE | WordClass.ROLE) || subjects.isMention(head + 1))) {
            head++; // "by House Speaker Mike Johnson": the words of the title lead to the name
        }
        if (head >= end || !subjects.isMention(head) && !t.has(head, WordClass.ROLE | WordClass.GROUP
                | WordClass.INSTITUTION | WordClass.MEDIA)) {
            return null; // "by the standards of the Interior Ministry": no one
        }
        // "by Trump adviser Steve Bannon", "by Trump lawyer Alina Habba": the one named last speaks.
        for (int k = end; k < b && k - end < 4 && t.isWord(k) && (t.isCapitalized(k) || t.has(k, WordClass.ROLE)); k++) {
            Mention named = subjects.personStartingAt(k);
            if (named != null) {
                first = named.first();
                end = named.last();
                break;
            }
        }
        Cue c = new Cue();
        c.verb = v;
        c.cueStart = t.start[v];
        c.cueEnd = t.end[v];
        c.subjectFirst = first;
        c.subjectLast = end;
        c.subjectAfterVerb = true;
        c.partialAt = at;
        return c;
    }

    /** Verbs a subject may follow ("“…,” said the minister", "wrote the newspaper"); others take objects there. */
    private static final Set<String> INVERTING = Vocabulary.set("said", "says", "say", "added", "adds", "wrote",
            "retorted", "snapped", "lamented", "exclaimed", "wondered",
            "writes", "asked", "asks", "told", "tells", "continued", "explained", "explains", "insisted", "insists",
            "noted", "notes", "recalled", "warned", "warns", "argued", "argues", "declared", "declares", "stated",
            "observed", "cautioned", "conceded", "admitted", "acknowledged", "predicted", "concluded", "reported",
            "reports", "claimed", "claims", "suggested", "suggests", "stressed", "stresses", "emphasized",
            "emphasised", "promised", "vowed", "pledged", "announced", "announces", "confirmed", "confirms",
            "countered", "complained", "boasted", "reiterated", "proclaimed", "maintained", "contended", "assured",
            "underlined", "underscored", "estimated", "thinks", "believes",
            "sagte", "erklärte", "betonte", "sagt", "déclaré", "affirmé", "dijo", "afirmó");

    /** Speech verbs whose object can be the quote itself: "vowed “a painful response”", "urged “restraint”". */
    private static final Set<String> OBJECT_QUOTE_VERBS = Vocabulary.set("vowed", "vows", "promised", "promises",
            "pledged", "pledges", "threatened", "threatens", "demanded", "demands", "urged", "urges", "predicted");

    /** A past participle a few words before token {@code by}: "leaked to Politico by", "sent by". */
    private boolean participleBefore(int by, int a) {
        for (int k = by - 1; k >= a && by - k <= 4; k--) {
            if (!t.isWord(k)) {
                return false;
            }
            String w = t.lower(k);
            if (w.endsWith("ed") && !t.isCapitalized(k) && !t.has(k, WordClass.SPEECH)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a relative clause (", who", ", which") opens before the comma at {@code comma}. */
    private boolean relativeClauseBefore(int comma, int a) {
        for (int k = comma - 1; k > a && comma - k < 30; k--) {
            if (t.isWord(k) && (t.lower(k).equals("who") || t.lower(k).equals("which")) && t.is(k - 1, ',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * "described the talks as “frank”", "dismissed the report as “fake news”", "accused Israel of
     * “genocide”": these verbs characterise through their preposition, and a quote before it is
     * the thing characterised ("dismissed the “referendum” as a sham").
     */
    private boolean prepositionFits(int v, int at) {
        String verb = t.lower(v);
        String want = verb.startsWith("accuse") ? "of" : verb.startsWith("descri") || verb.startsWith("dismiss") ? "as" : null;
        if (want == null) {
            return true;
        }
        for (int k = v + 1; k < at; k++) {
            if (t.isWord(k) && t.lower(k).equals(want)) {
                return true; // "accused the United States of sending “…”"
            }
        }
        return false;
    }

    /** Nouns a reduced relative clause is about: "an accusation Kinshasa denied", "a claim Moscow rejects". */
    private static final Set<String> CLAIM_NOUNS = Vocabulary.set("accusation", "accusations", "claim", "claims",
            "charge", "charges", "allegation", "allegations", "assertion", "account", "version", "figure", "figures",
            "assessment", "characterisation", "characterization", "description", "report", "reports");

    /** Small words inside a body's long name: "Headquarters for the Treatment of Prisoners of War". */
    private static final Set<String> NAME_LINKS = Vocabulary.set("of", "for", "the", "on", "and");

    /** Nouns "that" points back to as a demonstrative: "…, and that pledge was repeated by the chancellor". */
    private static final Set<String> STANCE_NOUNS = Vocabulary.set("view", "views", "pledge", "decision", "position",
            "message", "promise", "warning", "statement", "proposal", "estimate", "argument", "stance", "call",
            "forecast", "number", "sentiment", "idea", "plan", "offer", "move", "line", "comment", "remark", "remarks",
            "demand", "request", "threat", "vow", "figures", "prediction", "conclusion", "finding", "findings");

    /** Particles after "called" that make another verb: "called for", "called off". */
    private static final Set<String> PHRASAL_CALL = Vocabulary.set("for", "off", "up", "back");

    /** Whether "what" opens the clause of verb {@code v}, a few words before it ("what Republicans call"). */
    private boolean whatBefore(int v, int a) {
        for (int k = v - 1; k >= a && v - k <= 7; k--) {
            if (!t.isWord(k) && !t.isPossessive(k)) {
                return false;
            }
            String w = t.lower(k);
            if (w.equals("what") || w.equals("whom") || w.equals("which")
                    || w.equals("that") && k > a && t.isWord(k - 1) && !t.has(k - 1, WordClass.SPEECH | WordClass.CHARACTERIZING)) {
                return true; // "the rebels, whom the president called “…”", "the deal which Trump called “…”"
            }
        }
        return false;
    }

    /** Forms of "be" and "get" that make a participle passive: "was called", "has been described", "got labelled". */
    private static final Set<String> PASSIVE_AUXILIARIES = Vocabulary.set("is", "are", "was", "were", "be", "been",
            "being", "get", "gets", "got", "gotten", "getting", "'s");

    /** Whether verb {@code v} is a passive participle, an adverb or two allowed between ("was widely described"). */
    private boolean passive(int v, int a) {
        if (v - 1 >= a && t.is(v - 1, ',') && t.lower(v).endsWith("ed") && !relativeClauseBefore(v - 1, a)
                && subjects.skipPartyTag(v - 1, a) == v - 1) {
            // ("Sen. Chuck Schumer, D-N.Y., called …": a party tag, then the senator's own verb)
            // "The defendant, accused of “crimes against humanity” by the court,"; but "Trump, who had
            // pushed allies to spend more, called the summit …": the comma closes a clause, the verb is his.
            return true;
        }
        for (int k = v - 1; k >= a && v - k <= 3; k--) {
            if (!t.isWord(k) && !t.isPossessive(k)) {
                return false;
            }
            String w = t.lower(k);
            if (PASSIVE_AUXILIARIES.contains(w)) {
                return true;
            }
            if (!w.endsWith("ly") && !w.equals("also") && !w.equals("often") && !w.equals("once")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token opening a quote that follows verb {@code v} in the same clause, with at least
     * {@code minBetween} and at most eight words between ("described the talks as"); -1 when
     * punctuation, a finite verb, another speech verb or a subordinate clause comes first, or when
     * "so-called" sets the quote off as someone else's term. After a speech verb ({@code linking})
     * only what links it to its complement may stand between, up to five words: a preposition,
     * an article or possessive, a name or an addressee ("warned of", "vowed to", "urged allies to",
     * "promised a"), so that "added the new rule to its list of “…”" is no quote.
     */
    private int quoteAfter(int v, int b, int minBetween, boolean linking) {
        boolean infinitive = false;
        for (int k = v + 1; k < b && k - v <= (linking ? 7 : 9); k++) {
            if (quoteAt[k] >= 0) {
                boolean soCalled = k - 1 > v && t.isWord(k - 1) && t.lower(k - 1).equals("so-called");
                return k - v - 1 >= minBetween && !soCalled ? k : -1;
            }
            if (t.isPossessive(k) || t.is(k, '-')) {
                continue;
            }
            if (!t.isWord(k)) {
                return -1;
            }
            String w = t.lower(k);
            if (t.has(k, WordClass.FINITE | WordClass.SPEECH) || t.has(k, WordClass.SUBORDINATOR) && !w.equals("as")
                    || w.equals("that") || w.equals("which") || w.equals("who") || w.equals("and") || w.equals("but")
                    || w.equals("by") || w.equals("what") || w.equals("whom") || w.equals("whose")) {
                // "what": "vowed to defeat what Western leaders have called “…”" quotes someone else
                return -1; // "by": a passive ("described by critics as …"), whose speaker is not the subject
            }
            if (w.equals("to") && k == v + 1) {
                infinitive = true; // "vowed to press on with the war “until total victory”": the speaker's own plan
            }
            if (linking && !infinitive && !(t.has(k, WordClass.DETERMINER | WordClass.PREPOSITION | WordClass.OBJECT)
                    || t.isCapitalized(k) || w.equals("against") || w.equals("about") || w.equals("its")
                    || w.equals("so-called"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "A lawyer representing Donald Trump said", "A man who met Vladimir Putin last year said": the
     * name that ends the subject (before token {@code end}) is the object of a participle or of a
     * relative clause about someone unnamed, who is the one speaking.
     */
    private boolean nameIsObjectInSubject(int end, int a) {
        int m = mentionAt[end - 1];
        if (m < 0) {
            return false;
        }
        Mention name = subjects.mention(m);
        if (name.type() != app.dossier.model.EntityType.PERSON || name.last() != end) {
            return false;
        }
        int k = name.first() - 1;
        while (k >= a && t.isWord(k) && t.isCapitalized(k) && t.has(k, WordClass.TITLE)) {
            k--; // "treating Pope Francis": the title belongs to the name
        }
        for (int i = k; i >= a && k - i < 5 && quoteAt[i] < 0; i--) {
            if (!t.isWord(i)) {
                return false;
            }
            String w = t.lower(i);
            if (i == k && w.endsWith("ing") && w.length() > 4 && !t.isCapitalized(i) && i - 1 >= a && t.isWord(i - 1)
                    && !t.has(i - 1, WordClass.DETERMINER | WordClass.PREPOSITION | WordClass.SPEECH)) {
                return true;
            }
            if (i < k && (w.equals("who") || w.equals("that")) && i - 1 >= a && t.isWord(i - 1)) {
                return true;
            }
        }
        return false;
    }

    /** "One of the sources said": the sources speak, one at a time. */
    private static final Set<String> QUANTIFIERS = Vocabulary.set("one", "two", "three", "some", "many",
            "several", "both", "each", "none", "most", "all", "few", "any", "either", "neither");
    private static final Set<String> PARTS_OF_DAY = Vocabulary.set("morning", "afternoon", "evening", "night");
    private static final Set<String> SPANS = Vocabulary.set("week", "weekend", "month", "year", "night");

    /**
     * The last token of the subject when a time phrase stands between it and the verb ("Sean
     * Hannity Wednesday announced", "A report in the Journal on Saturday suggested", "the
     * minister last week said"); {@code j} itself otherwise.
     */
    private int skipTimeBackward(int j, int a) {
        int k = skipParenthesis(j, a);
        if (k - 1 >= a && t.isWord(k) && PARTS_OF_DAY.contains(t.lower(k))
                && t.has(k - 1, WordClass.WEEKDAY)) {
            k--; // "on Saturday night"
        }
        if (k >= a && t.isWord(k) && t.has(k, WordClass.WEEKDAY)) {
            k--;
            if (k >= a && t.isWord(k) && (t.lower(k).equals("on") || t.lower(k).equals("late")
                    || t.lower(k).equals("early"))) {
                k--;
            }
        } else if (k - 1 >= a && t.isWord(k) && SPANS.contains(t.lower(k)) && t.isWord(k - 1)
                && (t.lower(k - 1).equals("last") || t.lower(k - 1).equals("this"))) {
            k -= 2;
        }
        k = skipParenthesis(k, a);
        return k < j && k >= a && quoteAt[k] < 0 && (t.isWord(k) || t.isPossessive(k) || t.is(k, ',')) ? k : j;
    }

    /** Before a short parenthesis ("Paul Ryan (R-WI) said") when {@code k} closes one; else {@code k}. */
    private int skipParenthesis(int k, int a) {
        if (k < a || !t.is(k, ')')) {
            return k;
        }
        for (int open = k - 1; open >= a && k - open <= 8; open--) {
            if (t.is(open, '(')) {
                return open - 1 >= a ? open - 1 : k;
            }
            if (t.is(open, ')') || quoteAt[open] >= 0) {
                break;
            }
        }
        return k;
    }

    /**
     * "Rep. Jim Jordan, R-Ohio, said", "Sen. Lindsey Graham, R-S.C., told": a party and state set
     * off by commas after a name; returns the name's last token, or {@code j} when there is none.
     */
    /** Words that open a phrase set off by commas between a subject and its verb. */
    private static final Set<String> INTERRUPTERS = Vocabulary.set("asked", "pressed", "speaking", "responding",
            "known", "writing", "answering", "testifying", "addressing", "appearing", "interviewed", "in", "at",
            "during", "via", "through", "when", "after", "speaking", "later", "earlier");

    /**
     * For a comma right before a verb, the comma opening a phrase that interrupts subject and verb
     * ("Giorgia Meloni, asked whether she would attend, said", "the agency, known as the HUR,
     * said", "the bloc, in a statement, said"), or -1. The phrase has no quotation and no comma.
     */
    private int interrupterOpening(int j, int a) {
        if (j <= a || !t.is(j, ',') || quoteAt[j] >= 0) {
            return -1;
        }
        for (int k = j - 1; k > a && j - k <= 12; k--) {
            if (quoteAt[k] >= 0 || t.is(k, '.') && !(k > a && t.isWord(k - 1) && t.end[k - 1] - t.start[k - 1] <= 3)) {
                return -1;
            }
            if (t.is(k, ',')) {
                boolean opens = k + 1 < j && t.isWord(k + 1) && INTERRUPTERS.contains(t.lower(k + 1));
                return opens && k - 1 >= a && (t.isWord(k - 1) || t.is(k - 1, '.')) ? k : -1;
            }
        }
        return -1;
    }


    /** "I", "I’ve", "we", "we’d": the first person outside quotation marks is the writer. */
    private static boolean firstPerson(String lower) {
        if (lower.equals("i") || lower.equals("we")) {
            return true;
        }
        int apostrophe = Math.max(lower.indexOf('\u2019'), lower.indexOf('\''));
        if (apostrophe <= 0) {
            return false;
        }
        String head = lower.substring(0, apostrophe);
        return head.equals("i") || head.equals("we");
    }

    private Cue reportedBy(int k, int npStart, int a, int b) {
        int npEnd = subjects.npForward(npStart, b);
        if (npEnd <= npStart) {
            return null;
        }
        Cue c = new Cue();
        c.verb = k;
        c.subjectFirst = npStart;
        c.subjectLast = npEnd;
        c.subjectAfterVerb = true;
        c.cueStart = t.start[k];
        c.cueEnd = t.end[npStart - 1];
        c.role = Roles.apposition(t, npEnd, b, lastOut);
        int afterNp = c.role != null ? lastOut[0] + 1 : npEnd;
        if (c.role == null && t.is(npEnd, ',') && npEnd + 1 < b && t.isWord(npEnd + 1)
                && (t.lower(npEnd + 1).equals("a") || t.lower(npEnd + 1).equals("an"))) {
            // "According to the Syrian Observatory for Human Rights, a Britain-based war monitor, at least …"
            for (int j = npEnd + 2; j < b && j - npEnd <= 9 && (t.isWord(j) || t.is(j, '-') || t.is(j, ',')); j++) {
                if (t.is(j, ',')) {
                    afterNp = j;
                    break;
                }
            }
        }
        if (k == a || isConnectiveBefore(a, k)) {
            if (t.is(afterNp, ',') && afterNp + 1 < b) {
                setContent(c, afterNp + 1, b);
            }
        } else if (t.is(k - 1, ',') || t.is(k - 1, '\u2014')) {
            setContentBefore(c, a, k - 1);
        }
        return c;
    }

    /**
     * "TASS quoted Putin as saying (that) …": the one quoted speaks, the outlet relays. Only with
     * "as saying" after the name; "was quoted as saying" is the passive of the same and left to the
     * verb "saying" with its subject.
     */
    private Cue quotedAsSaying(int k, int b) {
        int npEnd = subjects.npForward(k + 1, b);
        if (npEnd <= k + 1 || npEnd + 1 >= b || !t.isWord(npEnd) || !t.lower(npEnd).equals("as")
                || !t.isWord(npEnd + 1) || !t.lower(npEnd + 1).equals("saying")) {
            return null;
        }
        Cue c = new Cue();
        c.verb = k;
        c.subjectFirst = k + 1;
        c.subjectLast = npEnd;
        c.subjectAfterVerb = true;
        c.cueStart = t.start[k];
        c.cueEnd = t.end[npEnd + 1];
        int from = npEnd + 2;
        if (from < b && t.isWord(from) && t.lower(from).equals("that")) {
            from++;
        }
        if (from < b && t.is(from, ',')) {
            from++;
        }
        setContent(c, from, b);
        return c.hasContent() || from < b && quoteAt[from] >= 0 ? c : null;
    }

    private Cue verb(int v, int a, int b) {
        return verb(v, v, a, b);
    }

    /** A cue at the verb phrase [opens, v]: one token, or a retort's verb and "back". */
    private Cue verb(int opens, int v, int a, int b) {
        int j = opens - 1;
        while (j >= a && t.isWord(j) && quoteAt[j] < 0 && t.has(j, WordClass.PRELUDE)
                && !t.has(j, WordClass.PRONOUN)) {
            j--;
        }
        j = skipTimeBackward(j, a);
        j = subjects.skipPartyTag(j, a);
        j = subjects.beforeBracketedPartyTag(j, a); // "Sen. Jeanne Shaheen (D-N.H.) said"
        int opening = interrupterOpening(j, a);
        if (opening >= 0) {
            j = subjects.skipPartyTag(opening, a); // "Meloni, asked whether she would attend, said:"
            if (j == opening) {
                j = opening - 1;
            }
        }
        if (j - 1 >= a && t.is(j, '.') && mentionAt[j] >= 0 && mentionAt[j - 1] == mentionAt[j] && t.isWord(j - 1)) {
            j--; // "Ferdinand Marcos Jr. said": the period belongs to the name
        }
        Cue c = new Cue();
        c.verb = v;
        c.cueStart = t.start[opens];
        c.cueEnd = t.end[v];
        boolean found = false;
        if (j - 1 > a && t.isWord(j) && t.lower(j).equals("who") && t.is(j - 1, ',') && quoteAt[j] < 0) {
            // "Radoslaw Sikorski, who said Orban was …, left the meeting": the one the clause is about.
            int first = subjects.npBackward(j - 2, a);
            if (first < 0) {
                return null;
            }
            c.subjectFirst = first;
            c.subjectLast = j - 1;
            c.relative = true;
            found = true;
            subjects.apposedPerson(c, a); // "Li Yunze, head of the … Administration, who said"
        } else if (j > a && t.isWord(j) && t.lower(j).equals("and") && quoteAt[j] < 0) {
            found = subjects.coordinatedSubject(c, a, j);
            if (!found) {
                return null;
            }
        } else if (j >= a && quoteAt[j] < 0) {
            if (t.is(j, ',')) {
                found = subjects.appositionSubject(c, j, a);
            } else if (t.isWord(j) || t.isPossessive(j)) {
                j = subjects.personBeforePlace(j, a);
                if (j - 1 >= a && t.is(j, '.') && mentionAt[j] >= 0 && mentionAt[j - 1] == mentionAt[j]) {
                    j--; // "Representative Troy Carter Sr. of Louisiana said"
                }
                int first = subjects.npBackward(j, a);
                if (first >= 0 && first < j && t.isWord(j) && mentionAt[j] >= 0) {
                    int named = mentions.get(mentionAt[j]).first();
                    if (named - 1 > first && t.isWord(named - 1) && CLAIM_NOUNS.contains(t.lower(named - 1))) {
                        return null; // "…, an accusation Kinshasa denied": what Kinshasa denied, not its words
                    }
                }
                if (first >= 0) {
                    c.subjectFirst = first;
                    c.subjectLast = j + 1;
                    found = true;
                    if (first - 1 >= a && t.isWord(first - 1) && (t.lower(first - 1).equals("to")
                            || first - 2 >= a && t.isWord(first - 2) && t.lower(first - 2).equals("to")
                            && !t.isCapitalized(first - 1))) {
                        // "Trump's choice to head the Department of Homeland Security said": the
                        // noun phrase is what the subject is to do, not the subject; say no name.
                        c.abstain = true;
                    } else if (first - 1 >= a && t.isWord(first - 1) && t.has(first - 1, WordClass.PREPOSITION)
                            && !t.lower(first - 1).equals("by") && !(first - 2 >= a && t.isWord(first - 2)
                            && t.lower(first - 1).equals("of") && QUANTIFIERS.contains(t.lower(first - 2)))) {
                        // "The owner of islands off the coast of Papua New Guinea says": the name
                        // closes a longer subject, whose head the phrase before the preposition is.
                        c.abstain = true;
                    } else if (nameIsObjectInSubject(j + 1, a)) {
                        c.abstain = true;
                    } else if (first - 2 >= a && t.isWord(first - 1) && t.lower(first - 1).equals("by")
                            && participleBefore(first - 1, a)) {
                        // "A memo leaked to Politico by a White House aide called …": the memo, not the aide
                        c.abstain = true;
                    }
                }
            }
        }
        if (!found) {
            boolean afterBreak = j < a || t.is(j, ',') || quoteAt[j] >= 0 || t.is(j, '\u2014');
            if (!afterBreak || v + 1 >= b || !t.has(v, WordClass.QUOTE_ONLY) && !INVERTING.contains(t.lower(v))) {
                return null; // "…, denied the charges through his lawyer": an object, not "said the minister"
            }
            int end = subjects.npForward(v + 1, b);
            if (end <= v + 1) {
                return null;
            }
            if (end < b && t.isWord(end) && !t.is(end, ',')) {
                int after = end;
                while (after < b && t.isWord(after) && t.has(after, WordClass.PRELUDE)) {
                    after++;
                }
                if (t.has(end, WordClass.FINITE) || after < b && (quoteAt[after] >= 0 || t.isWord(after)
                        && (t.lower(after).equals("that") || t.has(after, WordClass.FINITE)))) {
                    // "says the president “cheats”", "confirmed he is working on": an object clause, not "said X."
                    return null;
                }
            }
            c.subjectFirst = v + 1;
            c.subjectLast = end;
            c.subjectAfterVerb = true;
            c.role = Roles.apposition(t, end, b, lastOut);
            if (t.is(end, ',')) {
                // "said the head of the mission, Ambassador Sylvia Graef."
                int stop = end + 1;
                while (stop < b && (t.isWord(stop) || t.is(stop, '.') && stop + 1 < b && t.isWord(stop + 1))) {
                    stop++;
                }
                Mention named = subjects.personFilling(end + 1, stop);
                if (named != null && (stop >= b || !t.isWord(stop)) && subjects.personFilling(v + 1, end) == null) {
                    String lower = t.lower(v + 1);
                    int roleFirst = lower.equals("the") || lower.equals("a") || lower.equals("an") ? v + 2 : v + 1;
                    c.role = t.text.substring(t.start[roleFirst], t.end[end - 1]);
                    c.subjectFirst = named.first();
                    c.subjectLast = named.last();
                }
            }
            if (j >= a && t.is(j, ',') && quoteAt[j] < 0 && clauseBetween(a, j)) {
                setContentBefore(c, a, j);
            }
            return c;
        }
        if (c.subjectLast - c.subjectFirst == 1 && firstPerson(t.lower(c.subjectFirst))) {
            c.abstain = true; // "I’ve previously noted that…": the writer's own voice; never a name
        }
        if (t.has(v, WordClass.AMBIGUOUS) && !subjects.namedOrPronoun(c.subjectFirst, c.subjectLast)
                && !(t.lower(v).equals("say") && c.subjectLast - c.subjectFirst <= 3
                && t.has(c.subjectLast - 1, WordClass.GROUP))) {
            return null; // but "Analysts say …", "Western officials say …" report
        }
        if (c.subjectFirst - 1 >= a && t.lower(c.subjectFirst - 1).equals("as")) {
            // "As the newspaper reported, ...": the content follows the comma.
            int comma = v + 1;
            while (comma < b && comma - v < 8 && !t.is(comma, ',')) {
                comma++;
            }
            if (comma < b && t.is(comma, ',') && (c.subjectFirst - 1 == a || isConnectiveBefore(a, c.subjectFirst - 1))) {
                c.cueStart = t.start[c.subjectFirst - 1];
                setContent(c, comma + 1, b);
            }
            return c;
        }
        contentAfter(c, v, b);
        if (!c.hasContent() && !c.colon) { // "Asked whether he would run, Biden replied: “Watch me.”": the quote follows
            int before = c.subjectFirst - 1;
            if (before > a && (t.is(before, ',') || t.is(before, '\u2014')) && quoteAt[before] < 0) {
                setContentBefore(c, a, before);
                int after = v + 1;
                while (after < b && t.isWord(after) && t.has(after, WordClass.PRELUDE)) {
                    after++;
                }
                if (t.is(after, ',') && !clauseBetween(a, before) && looksLikeClause(after + 1, b)) {
                    // "Without American backing, he said, a European force would struggle": the clause follows.
                    c.contentBefore = false;
                    c.contentStart = -1;
                    setContent(c, after + 1, b);
                } else if (c.contentBefore && !clauseBetween(a, before)) {
                    c.contentBefore = false;
                    c.contentStart = -1;
                    c.contentEnd = -1;
                }
            }
        }
        return c;
    }



    /** Verbs that otherwise only introduce direct quotes, but report speech after "that": "responded that …". */
    private static final Set<String> REPORTS_WITH_THAT = Vocabulary.set("replied", "responded", "answered",
            "recalled", "testified", "commented", "remarked", "tweeted", "posted", "recounted");

    private void contentAfter(Cue c, int v, int b) {
        String verb = t.lower(v);
        if (t.has(v, WordClass.QUOTE_ONLY) && !(v + 1 < b && t.isWord(v + 1) && t.lower(v + 1).equals("that")
                && REPORTS_WITH_THAT.contains(verb))) {
            if (t.is(v + 1, ':')) {
                c.colon = true;
            }
            return;
        }
        for (int k = v + 1; k < b && k - v <= 12; k++) {
            if (quoteAt[k] >= 0 || t.is(k, '.') || t.is(k, ';') || t.is(k, '?') || t.is(k, '!')) {
                break;
            }
            if (!t.isWord(k)) {
                continue;
            }
            String w = t.lower(k);
            if (w.equals("that") && k + 1 < b && k > v + 1 && relativeThat(k)) {
                break; // "said the drones that crossed into Polish airspace had been sent": a relative clause
            }
            if (w.equals("that") && k + 1 < b) {
                c.cueEnd = t.end[k];
                setContent(c, k + 1, b);
                return;
            }
            if (k > v + 1 && t.has(k, WordClass.SPEECH | WordClass.FINITE) || t.has(k, WordClass.PRONOUN)) {
                break; // "says she decided to look for one that …": the clause began before "that"
            }
        }
        if (v + 1 < b && t.is(v + 1, ':')) {
            c.colon = true;
            if (quoteAt[Math.min(v + 2, t.size - 1)] < 0) {
                setContent(c, v + 2, b);
            }
            return;
        }
        if (!t.has(v, WordClass.BARE_CLAUSE) || verb.equals("say") && !(c.subjectLast > c.subjectFirst
                && c.subjectLast <= v && (t.has(c.subjectLast - 1, WordClass.GROUP) || mentionAt[c.subjectLast - 1] >= 0))) {
            return; // "observers say the Kremlin …", but "they say their name"
        }
        int k = v + 1;
        if (verb.equals("told") || verb.equals("tells")) {
            k = skipObject(k, b);
        }
        while (k + 1 < b && t.isWord(k) && t.has(k, WordClass.WEEKDAY) && !t.isPossessive(k + 1)) {
            k++; // "said Thursday his government would …"
        }
        k = skipAdverbials(k, b);
        if (k < b && t.is(k, ':')) {
            c.colon = true;
            if (k + 1 < b && quoteAt[k + 1] < 0) {
                setContent(c, k + 1, b);
            }
            return;
        }
        if (looksLikeClause(k, b)) {
            c.bareClause = true;
            setContent(c, k, b);
        }
    }

    /**
     * "said “no breakthroughs” were expected", "said “a small number of” soldiers had crossed": a
     * short quoted phrase (at most six words) that a clause goes on from, with a finite verb
     * outside the quote, is the subject of reported speech, not a quote standing alone.
     */
    private boolean quotedSubject(int k, int b) {
        int q = quoteAt[k];
        int j = k;
        int words = 0;
        while (j < b && quoteAt[j] == q) {
            if (t.isWord(j)) {
                words++;
            }
            j++;
        }
        if (words == 0 || words > 6) {
            return false;
        }
        for (int m = j; m < b && m - j <= 4 && quoteAt[m] < 0 && t.isWord(m); m++) {
            if (t.has(m, WordClass.FINITE)) {
                return true;
            }
            if (t.has(m, WordClass.PREPOSITION | WordClass.SUBORDINATOR | WordClass.CONNECTIVE | WordClass.DETERMINER
                    | WordClass.PRONOUN) || t.lower(m).equals("that") || t.lower(m).equals("which")) {
                return false; // "told the “Today” programme that talks would resume": an object, then its clause
            }
        }
        return false;
    }

    /** Whether "that" at {@code k} opens a relative clause: a verb follows it where a subject would ("the drones that crossed"). */
    private boolean relativeThat(int k) {
        int n = k + 1;
        if (!t.isWord(n) || quoteAt[n] >= 0 || t.isCapitalized(n)) {
            return false;
        }
        return t.has(n, WordClass.FINITE | WordClass.IRREGULAR_PAST) || t.lower(n).endsWith("ed") && !t.has(n, WordClass.STOP);
    }

    private int skipObject(int k, int b) {
        int start = k;
        while (k < b && k - start < 6 && t.isWord(k) && quoteAt[k] < 0) {
            boolean article = t.has(k, WordClass.DETERMINER);
            if (article && k > start && !(k + 1 < b && t.isWord(k + 1) && (t.has(k + 1, WordClass.OBJECT)
                    && !t.has(k + 1, WordClass.DETERMINER) || t.isCapitalized(k + 1)))) {
                break; // "told reporters the call had been …": the article opens what was said
            }
            if (t.has(k, WordClass.OBJECT) || t.isCapitalized(k)) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private int skipAdverbials(int k, int b) {
        int guard = 0;
        while (k < b && guard++ < 3 && t.isWord(k) && t.has(k, WordClass.ADVERBIAL)) {
            int j = k + 1;
            // a short phrase: "on Monday", "in an interview", "at a news conference in Kyiv"
            while (j < b && j - k < 7 && t.isWord(j) && !t.has(j, WordClass.FINITE)
                    && !t.lower(j).equals("that") && (t.isCapitalized(j) || isPhraseWord(t.lower(j)))
                    && !(t.has(j, WordClass.DETERMINER) && j > k + 1 && !isPreposition(t.lower(j - 1)))) {
                j++; // but "said on Tuesday the company would …": the article opens what was said
            }
            if (j == k + 1 && t.lower(k).equals("at")) {
                break; // "said at least nine people were killed": no phrase, "at" belongs to what was said
            }
            if (j < b && t.is(j, ',')) {
                j++;
            }
            k = j;
        }
        return k;
    }

    private static boolean isPreposition(String w) {
        return switch (w) {
            case "on", "in", "at", "to", "with", "during", "after", "before", "via", "from" -> true;
            default -> false;
        };
    }

    private static boolean isPhraseWord(String w) {
        return switch (w) {
            case "a", "an", "the", "interview", "statement", "news", "press", "conference", "briefing", "week",
                 "month", "year", "night", "morning", "evening", "afternoon", "weekend", "speech", "address",
                 "video", "post", "message", "call", "phone", "televised", "joint", "social", "media",
                 "meeting", "visit", "to", "with", "his", "her", "their", "its", "summit", "talks", "session",
                 "parliament", "late", "early", "day", "hearing", "written", "separate", "recent", "podcast",
                 "on", "in", "at", "telegram", "x", "twitter", "facebook", "radio", "television", "tv",
                 "broadcast", "remarks", "reporters", "journalists", "emailed", "email", "online" -> true;
            default -> false;
        };
    }

    /** Whether tokens from {@code k} read as a clause with a finite verb: "the talks had failed". */
    private boolean looksLikeClause(int k, int b) {
        if (k < b && quoteAt[k] >= 0) {
            return quotedSubject(k, b);
        }
        if (k >= b || !t.isWord(k)) {
            return false;
        }
        String first = t.lower(k);
        boolean atLeast = first.equals("at") && k + 1 < b && t.isWord(k + 1)
                && (t.lower(k + 1).equals("least") || t.lower(k + 1).equals("most")); // "said at least nine people …"
        if (!atLeast && t.has(k, WordClass.PREPOSITION | WordClass.ADVERBIAL | WordClass.FINITE | WordClass.SUBORDINATOR)
                || first.equals("and") || first.equals("but")) {
            return false; // "the plan that Trump said would end the war": no subject, so no clause
        }
        if (first.endsWith("ing") && k > 0 && t.isWord(k - 1) && t.has(k - 1, WordClass.PREPOSITION | WordClass.ADVERBIAL)) {
            return false; // "after chairing a meeting": an adverbial, not a clause
        }
        int words = 0;
        boolean finite = false;
        for (int j = k; j < b; j++) {
            if (!t.isWord(j)) {
                if (t.is(j, ',') && words == 0) {
                    return false;
                }
                continue;
            }
            words++;
            String w = t.lower(j);
            if (!finite && j > k && quoteAt[j] < 0 && t.has(j, WordClass.SUBORDINATOR)) {
                return false; // "said little as he left": the verb belongs to a subordinate clause
            }
            // A past tense counts outside quotes and not after a preposition: "the talks failed",
            // not "the rule to its list of “prohibited content”".
            if (j > k && (t.has(j, WordClass.FINITE) || quoteAt[j] < 0 && t.has(j, WordClass.IRREGULAR_PAST)
                    && !t.has(j - 1, WordClass.DETERMINER) || quoteAt[j] < 0 && w.endsWith("ed")
                    && w.length() > 4 && !t.isCapitalized(j) && w.indexOf('-') < 0
                    && !t.has(j - 1, WordClass.DETERMINER | WordClass.PREPOSITION) && !t.is(j - 1, '-'))) {
                finite = true;
            }
            if (finite && words >= 3) {
                return true;
            }
        }
        return false;
    }

    private boolean clauseBetween(int a, int b) {
        int from = a;
        for (int k = a; k < b; k++) {
            if (quoteAt[k] >= 0) {
                return true; // a quotation counts as said words
            }
        }
        return looksLikeClause(from, b) || looksLikeClause(skipLeadingClause(from, b), b);
    }

    private int skipLeadingClause(int a, int b) {
        for (int k = a; k < b; k++) {
            if (t.is(k, ',')) {
                return k + 1;
            }
        }
        return a;
    }








    private boolean isConnectiveBefore(int a, int k) {
        // "But according to ...", "In addition, as reported by ..."
        for (int j = a; j < k; j++) {
            if (!t.isWord(j) && !t.is(j, ',')) {
                return false;
            }
        }
        if (k - a > 3) {
            return false;
        }
        String lead = t.text.substring(t.start[a], t.end[k - 1]).toLowerCase(java.util.Locale.ROOT)
                .replace(",", "").trim();
        return Vocabulary.CONNECTIVES.contains(lead);
    }

    /** What a relative clause reports ends where the clause does, at its closing comma. */
    private void endAtClauseComma(Cue c, int v, int b) {
        for (int k = v + 1; k < b; k++) {
            if (t.is(k, ',') && quoteAt[k] < 0 && t.start[k] > c.contentStart) {
                if (t.start[k] < c.contentEnd) {
                    c.contentEnd = t.start[k];
                }
                return;
            }
        }
    }

    private void setContent(Cue c, int from, int b) {
        for (int k = from; k + 1 < b; k++) {
            if (t.is(k, ';') && quoteAt[k] < 0 && t.start[k + 1] > t.end[k] && t.isWord(k - 1)
                    && t.start[k - 1] > 0 && t.text.charAt(t.start[k - 1] - 1) != '&' && t.text.charAt(t.start[k - 1] - 1) != '#') {
                b = k; // "Paz has said he would phase them out; Quiroga has called for …": a clause of its own
                break;
            }
        }
        int end = b;
        while (end > from && !t.isWord(end - 1) && quoteAt[end - 1] < 0) {
            end--;
        }
        if (end - from < 3) {
            return;
        }
        c.contentStart = t.start[from];
        c.contentEnd = t.end[end - 1];
    }

    private void setContentBefore(Cue c, int a, int comma) {
        int from = skipDateline(a, comma);
        from = skipConnective(from, comma);
        int end = comma;
        while (end > from && !t.isWord(end - 1) && quoteAt[end - 1] < 0) {
            end--;
        }
        int words = 0;
        for (int k = from; k < end; k++) {
            if (t.isWord(k)) {
                words++;
            }
        }
        if (words < 3) {
            return;
        }
        c.contentBefore = true;
        c.contentStart = t.start[from];
        c.contentEnd = t.end[end - 1];
    }

    /** "CAIRO —", "ISTANBUL (Reuters) —": where the story was filed is not what was said. */
    private int skipDateline(int a, int end) {
        for (int k = a + 1; k + 1 < end && k - a <= 14; k++) {
            if (t.is(k, ')') && (t.is(k + 1, '-') || t.is(k + 1, '\u2014') || t.is(k + 1, '\u2013'))
                    && k - 2 >= a && t.is(k - 2, '(') && t.isCapitalized(k - 1)) {
                return k + 2; // "JEDDAH, Saudi Arabia, Oct 14 (Reuters) - …"
            }
            if (quoteAt[k] >= 0 || t.is(k, '.') && !(k > a && t.isWord(k - 1) && t.end[k - 1] - t.start[k - 1] <= 4)) {
                break;
            }
        }
        int k = a;
        boolean caps = false;
        while (k < end && k - a < 8) {
            if (t.is(k, '\u2014') || t.is(k, '\u2013') || t.is(k, '-')) {
                return caps ? k + 1 : a;
            }
            if (t.isWord(k) && t.word(k).equals(t.word(k).toUpperCase(java.util.Locale.ROOT)) && t.word(k).length() > 1) {
                caps = true;
            } else if (!(t.is(k, '(') || t.is(k, ')') || t.is(k, ',') || t.isWord(k) && k > a && t.is(k - 1, '('))) {
                return a;
            }
            k++;
        }
        return a;
    }

    private int skipConnective(int from, int end) {
        for (int len = 4; len >= 1; len--) {
            int k = from + len;
            if (k >= end) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            boolean ok = true;
            for (int j = from; j < k; j++) {
                if (!t.isWord(j)) {
                    ok = false;
                    break;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.lower(j));
            }
            if (ok && Vocabulary.CONNECTIVES.contains(sb.toString())) {
                return t.is(k, ',') ? k + 1 : k;
            }
        }
        return from;
    }
}

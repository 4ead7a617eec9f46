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
        int cueStart;
        int cueEnd;
        int contentStart = -1;
        int contentEnd = -1;
        boolean contentBefore;
        boolean bareClause;
        boolean colon;

        boolean hasContent() {
            return contentStart >= 0 && contentEnd > contentStart;
        }
    }

    private static final Set<String> STOP_BACK = Vocabulary.set("that", "and", "but", "which", "who", "whom", "when",
            "while", "if", "because", "as", "after", "before", "since", "although", "though", "where", "so",
            "than", "or", "nor", "to", "is", "was", "are", "were", "be", "been", "not", "has", "have",
            "had", "could", "would", "will", "can", "should", "must", "may", "might", "did", "does", "do",
            "however", "meanwhile", "moreover", "also", "yet", "still", "then", "now", "there", "here",
            "what", "how", "why", "whether", "said", "says", "told", "by", "into", "than", "about",
            "against", "under", "over", "between", "without", "within", "through", "during", "until",
            "unless", "once", "even", "just", "only", "thus", "therefore", "instead", "later", "earlier",
            "today", "yesterday", "tonight", "week", "month", "year");
    private static final Set<String> DETERMINERS = Vocabulary.set("a", "an", "the", "this", "these", "those", "several",
            "some", "many", "most", "two", "three", "four", "five", "six", "other", "one", "another", "both",
            "all", "various", "numerous", "few", "his", "her", "their", "its", "our", "my", "top");
    private static final Set<String> PREPOSITIONS = Vocabulary.set("for", "of", "at", "from", "with", "in", "on", "to");
    private static final Set<String> STOP_FORWARD = Vocabulary.set("in", "on", "at", "during", "after", "before", "that",
            "who", "which", "when", "while", "adding", "as", "to", "told", "familiar", "close", "speaking",
            "involved", "briefed", "cited", "quoted", "according", "and", "but", "because", "if", "though",
            "although", "last", "earlier", "later", "today", "yesterday", "this", "via", "by", "after",
            "shortly", "late", "early", "wrote", "said", "says", "warned", "added", "claimed", "insisted");
    private static final Set<String> OBJECT_WORDS = Vocabulary.set("reporters", "journalists", "him", "her", "them",
            "us", "me", "lawmakers", "parliament", "legislators", "colleagues", "supporters", "students",
            "troops", "soldiers", "residents", "viewers", "listeners", "readers", "delegates", "diplomats",
            "the", "a", "an", "conference", "briefing", "meeting", "audience", "crowd", "forum", "summit",
            "session", "interview", "newspaper", "broadcaster", "channel", "agency", "outlet", "station",
            "magazine", "television", "radio", "media", "press", "news", "state", "local", "national",
            "french", "german", "british", "ukrainian", "russian", "american", "israeli", "a", "group",
            "gathering", "rally", "committee", "council", "senators", "ministers", "counterpart",
            "counterparts", "leaders", "officials", "daily", "weekly", "website", "podcast", "show", "his",
            "their", "its", "cnn", "bbc", "citizens", "nation", "world", "assembly", "congress", "allies");
    private static final Set<String> ADVERBIAL_STARTS = Vocabulary.set("on", "in", "at", "during", "late", "earlier",
            "last", "this", "after", "following", "via", "by", "from", "before", "while", "when", "recently",
            "previously", "separately", "later", "today", "yesterday", "tonight", "again", "also", "publicly",
            "privately", "repeatedly", "then", "himself", "herself", "once", "now", "too");

    private final Tokens t;
    private final int[] quoteAt;
    private final boolean[] skip;
    private final int[] mentionAt;
    private final List<Mention> mentions;
    private final int[] lastOut = new int[1];
    private final Gazetteer g;

    CueFinder(Tokens t, Gazetteer g, int[] quoteAt, boolean[] skip, int[] mentionAt, List<Mention> mentions) {
        this.g = g;
        this.t = t;
        this.quoteAt = quoteAt;
        this.skip = skip;
        this.mentionAt = mentionAt;
        this.mentions = mentions;
    }

    /** The person mention that exactly fills tokens [a, b), allowing titles before it; or null. */
    private Mention personFilling(int a, int b) {
        int k = b - 1;
        if (k < a || mentionAt[k] < 0) {
            return null;
        }
        Mention m = mentions.get(mentionAt[k]);
        if (m.type() != app.dossier.model.EntityType.PERSON || m.last() != b || m.first() < a) {
            return null;
        }
        for (int j = a; j < m.first(); j++) {
            if (!(t.isWord(j) && (Vocabulary.TITLES.contains(t.word(j)) || Roles.isHonorific(t.word(j)))) && !t.is(j, '.')) {
                return null;
            }
        }
        return m;
    }

    /** Cues in tokens [a, b), in order. */
    List<Cue> find(int a, int b) {
        List<Cue> cues = new ArrayList<>(2);
        for (int k = a; k < b; k++) {
            if (quoteAt[k] >= 0 || skip[k] || !t.isWord(k)) {
                continue;
            }
            String lower = t.lower(k);
            Cue c = null;
            if (lower.equals("according") && k + 1 < b && t.lower(k + 1).equals("to")) {
                c = reportedBy(k, k + 2, a, b);
            } else if (lower.equals("as") && k + 2 < b && t.isWord(k + 1) && t.isWord(k + 2)
                    && (t.lower(k + 1).equals("reported") || t.lower(k + 1).equals("cited")
                    || t.lower(k + 1).equals("quoted")) && t.lower(k + 2).equals("by")) {
                c = reportedBy(k, k + 3, a, b);
            } else if ((g.classOf(t, k) & Gazetteer.W_SPEECH) != 0 && !(k > a && t.lower(k - 1).equals("as")
                    && k + 1 < b && t.lower(k + 1).equals("by"))) {
                c = verb(k, a, b);
            }
            if (c != null) {
                cues.add(c);
            }
        }
        return cues;
    }

    private Cue reportedBy(int k, int npStart, int a, int b) {
        int npEnd = npForward(npStart, b);
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
        if (k == a || isConnectiveBefore(a, k)) {
            if (t.is(afterNp, ',') && afterNp + 1 < b) {
                setContent(c, afterNp + 1, b);
            }
        } else if (t.is(k - 1, ',') || t.is(k - 1, '\u2014')) {
            setContentBefore(c, a, k - 1);
        }
        return c;
    }

    private Cue verb(int v, int a, int b) {
        int j = v - 1;
        while (j >= a && t.isWord(j) && quoteAt[j] < 0 && Vocabulary.VERB_PRELUDE.contains(t.lower(j))
                && !Vocabulary.PRONOUNS.contains(t.lower(j))) {
            j--;
        }
        Cue c = new Cue();
        c.verb = v;
        c.cueStart = t.start[v];
        c.cueEnd = t.end[v];
        boolean found = false;
        if (j > a && t.isWord(j) && t.lower(j).equals("and") && quoteAt[j] < 0) {
            found = coordinatedSubject(c, a, j);
            if (!found) {
                return null;
            }
        } else if (j >= a && quoteAt[j] < 0) {
            if (t.is(j, ',')) {
                found = appositionSubject(c, j, a);
            } else if (t.isWord(j) || t.isPossessive(j)) {
                int first = npBackward(j, a);
                if (first >= 0) {
                    c.subjectFirst = first;
                    c.subjectLast = j + 1;
                    found = true;
                }
            }
        }
        if (!found) {
            boolean afterBreak = j < a || t.is(j, ',') || quoteAt[j] >= 0 || t.is(j, '\u2014');
            if (!afterBreak || v + 1 >= b) {
                return null;
            }
            int end = npForward(v + 1, b);
            if (end <= v + 1) {
                return null;
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
                Mention named = personFilling(end + 1, stop);
                if (named != null && (stop >= b || !t.isWord(stop)) && personFilling(v + 1, end) == null) {
                    String lower = t.lower(v + 1);
                    int roleFirst = lower.equals("the") || lower.equals("a") || lower.equals("an") ? v + 2 : v + 1;
                    c.role = t.text.substring(t.start[roleFirst], t.end[end - 1]);
                    c.subjectFirst = named.first();
                    c.subjectLast = named.last();
                }
            }
            if (j >= a && t.is(j, ',') && quoteAt[j] < 0) {
                setContentBefore(c, a, j);
            }
            return c;
        }
        if (Vocabulary.AMBIGUOUS_VERBS.contains(t.lower(v)) && !namedOrPronoun(c.subjectFirst, c.subjectLast)) {
            return null;
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
        if (!c.hasContent()) {
            int before = c.subjectFirst - 1;
            if (before > a && (t.is(before, ',') || t.is(before, '\u2014')) && quoteAt[before] < 0) {
                setContentBefore(c, a, before);
                int after = v + 1;
                while (after < b && t.isWord(after) && Vocabulary.VERB_PRELUDE.contains(t.lower(after))) {
                    after++;
                }
                if (t.is(after, ',') && !clauseBetween(a, before) && looksLikeClause(after + 1, b)) {
                    // "Without American backing, he said, a European force would struggle": the clause follows.
                    c.contentBefore = false;
                    c.contentStart = -1;
                    setContent(c, after + 1, b);
                } else if (c.contentBefore && !clauseBetween(a, before) && wordsBetween(a, before) < 8) {
                    c.contentBefore = false;
                    c.contentStart = -1;
                    c.contentEnd = -1;
                }
            }
        }
        return c;
    }

    /** "Rep. Greene called the package … and said she would …": the subject that opens the sentence. */
    private boolean coordinatedSubject(Cue c, int a, int and) {
        int k = a;
        while (k < and && (t.isWord(k) && (Vocabulary.TITLES.contains(t.word(k)) || Roles.isHonorific(t.word(k))
                || t.word(k).equals("Rep")) || t.is(k, '.'))) {
            k++;
        }
        if (k < and && mentionAt[k] < 0) {
            // "The RSF denied … and said …": an unknown name opening the sentence.
            int end = npForward(k, and);
            if (end > k && end < and && t.isCapitalized(end - 1) && t.isWord(end) && !t.isCapitalized(end)) {
                c.subjectFirst = k;
                c.subjectLast = end;
                return true;
            }
            return false;
        }
        if (k >= and) {
            return false;
        }
        Mention m = mentions.get(mentionAt[k]);
        // "U.S. President Donald Trump, who …, called … and said": the person the opening words name.
        for (int j = k; j < and && (t.isCapitalized(j) || t.isPossessive(j) || t.is(j, '.')); j++) {
            if (mentionAt[j] >= 0 && mentions.get(mentionAt[j]).type() == app.dossier.model.EntityType.PERSON) {
                m = mentions.get(mentionAt[j]);
                break;
            }
        }
        if (m.first() < k || m.type() == app.dossier.model.EntityType.PLACE
                || m.type() == app.dossier.model.EntityType.REGION || m.last() >= and || t.isPossessive(m.last())) {
            return false;
        }
        c.subjectFirst = m.first();
        c.subjectLast = m.last();
        return true;
    }

    private boolean namedOrPronoun(int a, int b) {
        String head = t.lower(b - 1);
        if (Vocabulary.GROUP_NOUNS.contains(head) || Vocabulary.ROLE_NOUNS.contains(head)
                || Vocabulary.INSTITUTION_NOUNS.contains(head) || Vocabulary.MEDIA_NOUNS.contains(head)) {
            return true;
        }
        for (int k = a; k < b; k++) {
            if (t.isCapitalized(k) && k > a || Vocabulary.PRONOUNS.contains(t.lower(k))
                    || t.isCapitalized(k) && b - a == 1) {
                return true;
            }
        }
        return t.isCapitalized(b - 1);
    }

    private void contentAfter(Cue c, int v, int b) {
        String verb = t.lower(v);
        if (Vocabulary.QUOTE_ONLY_VERBS.contains(verb)) {
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
            if (w.equals("that") && k + 1 < b) {
                c.cueEnd = t.end[k];
                setContent(c, k + 1, b);
                return;
            }
            if (k > v + 1 && (Vocabulary.SPEECH_VERBS.contains(w) || Vocabulary.FINITE_MARKERS.contains(w))) {
                break;
            }
        }
        if (v + 1 < b && t.is(v + 1, ':')) {
            c.colon = true;
            if (quoteAt[Math.min(v + 2, t.size - 1)] < 0) {
                setContent(c, v + 2, b);
            }
            return;
        }
        if (!Vocabulary.BARE_CLAUSE_VERBS.contains(verb)) {
            return;
        }
        int k = v + 1;
        if (verb.equals("told") || verb.equals("tells")) {
            k = skipObject(k, b);
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

    private int skipObject(int k, int b) {
        int start = k;
        while (k < b && k - start < 6 && t.isWord(k) && quoteAt[k] < 0) {
            String w = t.lower(k);
            if (OBJECT_WORDS.contains(w) || t.isCapitalized(k)) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private int skipAdverbials(int k, int b) {
        int guard = 0;
        while (k < b && guard++ < 3 && t.isWord(k) && ADVERBIAL_STARTS.contains(t.lower(k))) {
            int j = k + 1;
            // a short phrase: "on Monday", "in an interview", "at a news conference in Kyiv"
            while (j < b && j - k < 7 && t.isWord(j) && !Vocabulary.FINITE_MARKERS.contains(t.lower(j))
                    && !t.lower(j).equals("that") && (t.isCapitalized(j) || isPhraseWord(t.lower(j)))) {
                j++;
            }
            if (j < b && t.is(j, ',')) {
                j++;
            }
            k = j;
        }
        return k;
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
        if (k >= b || !t.isWord(k) || quoteAt[k] >= 0) {
            return false;
        }
        String first = t.lower(k);
        if (PREPOSITIONS.contains(first) || ADVERBIAL_STARTS.contains(first) || first.equals("and")
                || first.equals("but") || Vocabulary.FINITE_MARKERS.contains(first)) {
            return false; // "the plan that Trump said would end the war": no subject, so no clause
        }
        if (first.endsWith("ing") && k > 0 && t.isWord(k - 1) && (PREPOSITIONS.contains(t.lower(k - 1))
                || ADVERBIAL_STARTS.contains(t.lower(k - 1)))) {
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
            if (j > k && (Vocabulary.FINITE_MARKERS.contains(w) || w.endsWith("ed") && w.length() > 4
                    && !t.isCapitalized(j) && w.indexOf('-') < 0 && !DETERMINERS.contains(t.lower(j - 1))
                    && !t.is(j - 1, '-'))) {
                finite = true;
            }
        }
        return finite && words >= 3;
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

    private boolean isAcronym(int k) {
        String w = t.word(k);
        if (w.length() < 2 || w.length() > 8) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (!Character.isUpperCase(ch) && ch != '.' && ch != '-' && ch != '&') {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TITLED = Vocabulary.set("titled", "entitled", "called", "named", "dubbed",
            "headlined");

    /** Whether a quoted title inside an apposition is introduced by "titled", "called" … */
    private boolean titledBefore(int k, int a) {
        int q = quoteAt[k];
        int j = k;
        while (j >= a && quoteAt[j] == q) {
            j--;
        }
        return j >= a && t.isWord(j) && TITLED.contains(t.lower(j));
    }

    private int wordsBetween(int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            if (t.isWord(k)) {
                n++;
            }
        }
        return n;
    }

    private boolean appositionSubject(Cue c, int comma, int a) {
        int k = comma - 1;
        while (k >= a && comma - k < 18 && !t.is(k, ',') && (quoteAt[k] < 0 || titledBefore(k, a))) {
            k--;
        }
        if (k < a || !t.is(k, ',') || quoteAt[k] >= 0) {
            return false;
        }
        if (t.isWord(k + 1) && (TITLED.contains(t.lower(k + 1)) || t.lower(k + 1).endsWith("ing")
                && !t.isCapitalized(k + 1))) {
            // "The report, titled “…”, said"; "Two officials, speaking on condition of anonymity, said"
            int first = npBackward(k - 1, a);
            if (first < 0) {
                return false;
            }
            c.subjectFirst = first;
            c.subjectLast = k;
            return true;
        }
        // "The Conservative shadow defence secretary, James Cartlidge, said": the name between the commas.
        Mention named = personFilling(k + 1, comma);
        if (named != null) {
            int roleFirst = npBackward(k - 1, a);
            c.subjectFirst = named.first();
            c.subjectLast = named.last();
            if (roleFirst >= 0) {
                String before = t.text.substring(t.start[roleFirst], t.end[k - 1]);
                String lower = before.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ")) {
                    before = before.substring(before.indexOf(' ') + 1);
                }
                for (String w : before.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                    if (Vocabulary.ROLE_NOUNS.contains(w)) {
                        c.role = before;
                        break;
                    }
                }
            }
            return true;
        }
        if (comma - k == 2 && t.isWord(k + 1) && isAcronym(k + 1)) {
            c.subjectFirst = k + 1; // "The U.N. humanitarian office, OCHA, said": the short name speaks
            c.subjectLast = k + 2;
            return true;
        }
        String role = Roles.apposition(t, k, comma + 1, lastOut);
        String next = t.isWord(k + 1) ? t.lower(k + 1) : "";
        boolean relative = next.equals("who") || next.equals("whose") || next.equals("which");
        boolean described = role == null && !relative && (next.equals("the") || next.equals("a") || next.equals("an"))
                && t.isCapitalized(k - 1) && comma - k <= 8;
        if (role == null && !relative && !described || role != null && lastOut[0] != comma - 1) {
            return false;
        }
        if (described) {
            role = t.text.substring(t.start[k + 2], t.end[comma - 1]); // "Ukrenergo, the national grid operator,"
        }
        int first = npBackward(k - 1, a);
        if (first < 0) {
            return false;
        }
        c.subjectFirst = first;
        c.subjectLast = k;
        c.role = role;
        return true;
    }

    /** First token of the noun phrase ending at token {@code end}, or -1. */
    int npBackward(int end, int a) {
        if (end < a || !(t.isWord(end) || t.isPossessive(end)) || quoteAt[end] >= 0) {
            return -1;
        }
        String last = t.lower(end);
        if (Vocabulary.PRONOUNS.contains(last)) {
            return end;
        }
        if (STOP_BACK.contains(last) || DETERMINERS.contains(last) || PREPOSITIONS.contains(last)) {
            return -1;
        }
        int first = end;
        int k = end - 1;
        if (mentionAt[end] >= 0 && mentions.get(mentionAt[end]).first() < end
                && mentions.get(mentionAt[end]).first() >= a) {
            first = mentions.get(mentionAt[end]).first(); // a known name is one word here
            k = first - 1;
        }
        while (k >= a && end - k < 14 && quoteAt[k] < 0) {
            if (mentionAt[k] >= 0 && mentions.get(mentionAt[k]).first() < k
                    && mentions.get(mentionAt[k]).first() >= a && t.isWord(k)) {
                first = mentions.get(mentionAt[k]).first();
                k = first - 1;
                continue;
            }
            if (t.isPossessive(k) || t.is(k, '-')) {
                k--;
                continue;
            }
            if (t.is(k, '.') && k - 1 >= a && (Roles.isHonorific(t.word(k - 1))
                    || Vocabulary.TITLES.contains(t.word(k - 1)))) {
                first = k - 1; // "Mr. Stoltenberg", "Gen. Syrskyi"
                k -= 2;
                continue;
            }
            if (!t.isWord(k) || t.lineBreakBetween(k, k + 1)) {
                break;
            }
            String w = t.lower(k);
            if (DETERMINERS.contains(w)) {
                first = k;
                if (k - 2 >= a && PREPOSITIONS.contains(t.lower(k - 1)) && (isHeadNoun(k - 2)
                        || SpeakerResolver.POST_MODIFIERS.contains(t.lower(k - 2)))) {
                    k -= 2;
                    first = k + 2;
                    continue;
                }
                break;
            }
            if (PREPOSITIONS.contains(w)) {
                if (k - 1 >= a && isHeadNoun(k - 1)) {
                    k--;
                    continue;
                }
                break;
            }
            if (w.equals("and") && mentionAt[k + 1] >= 0 && k - 1 >= a && mentionAt[k - 1] >= 0
                    && mentions.get(mentionAt[k + 1]).type() != app.dossier.model.EntityType.PERSON) {
                // "France, Germany and Britain said": a list of countries or organisations.
                int j = k - 1;
                int listFirst = -1;
                while (j >= a && mentionAt[j] >= 0) {
                    listFirst = mentions.get(mentionAt[j]).first();
                    j = listFirst - 1;
                    if (j >= a && t.is(j, ',') && j - 1 >= a && mentionAt[j - 1] >= 0) {
                        j--;
                    } else {
                        break;
                    }
                }
                if (listFirst >= a && (listFirst == a || !t.isWord(listFirst - 1))) {
                    return listFirst;
                }
                break;
            }
            if (STOP_BACK.contains(w) || Vocabulary.SPEECH_VERBS.contains(w) || Vocabulary.PRONOUNS.contains(w)) {
                break;
            }
            if (Vocabulary.CONNECTIVES.contains(w) && t.isCapitalized(k)) {
                break;
            }
            first = k;
            k--;
        }
        // A subject never starts with a bare preposition or "of".
        while (first < end && PREPOSITIONS.contains(t.lower(first))) {
            first++;
        }
        // Never cut a known name in two: "The Times of Israel".
        if (mentionAt[first] >= 0 && mentions.get(mentionAt[first]).first() < first
                && mentions.get(mentionAt[first]).first() >= a) {
            first = mentions.get(mentionAt[first]).first();
        }
        return first;
    }

    private boolean isHeadNoun(int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String w = t.lower(k);
        return Vocabulary.ROLE_NOUNS.contains(w) || Vocabulary.GROUP_NOUNS.contains(w)
                || Vocabulary.INSTITUTION_NOUNS.contains(w) || Vocabulary.MEDIA_NOUNS.contains(w)
                || Vocabulary.ROLE_NOUNS.contains(Roles.singular(w)) || w.equals("source");
    }

    /** One past the last token of a noun phrase starting at {@code k}. */
    private int npForward(int k, int b) {
        if (k < b && mentionAt[k] >= 0 && mentions.get(mentionAt[k]).first() == k
                && mentions.get(mentionAt[k]).type() == app.dossier.model.EntityType.PERSON) {
            return Math.min(b, mentions.get(mentionAt[k]).last()); // "sagte Merz im Bundestag"
        }
        int j = k;
        while (j < b && j - k < 10 && quoteAt[j] < 0) {
            if (t.isPossessive(j) || t.is(j, '-') || t.is(j, '.') && j > k && (t.end[j - 1] - t.start[j - 1] == 1
                    || Vocabulary.TITLES.contains(t.word(j - 1)) || Roles.isHonorific(t.word(j - 1)))) {
                j++;
                continue;
            }
            if (!t.isWord(j)) {
                break;
            }
            String w = t.lower(j);
            if (j > k && STOP_FORWARD.contains(w) && !(w.equals("of") || w.equals("for"))) {
                break;
            }
            if (j == k && (STOP_FORWARD.contains(w) && !DETERMINERS.contains(w) || STOP_BACK.contains(w))) {
                return k;
            }
            if (j > k && (Vocabulary.FINITE_MARKERS.contains(w) || Vocabulary.SPEECH_VERBS.contains(w))) {
                break;
            }
            j++;
        }
        while (j > k && (!t.isWord(j - 1) || PREPOSITIONS.contains(t.lower(j - 1)) || DETERMINERS.contains(t.lower(j - 1)))) {
            j--;
        }
        return j;
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

    private void setContent(Cue c, int from, int b) {
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
        int from = a;
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

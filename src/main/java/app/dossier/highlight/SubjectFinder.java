package app.dossier.highlight;

import java.util.List;
import java.util.Set;

/**
 * Finds who a speech cue's subject is, in tokens: the noun phrase before the verb ("a senior U.S.
 * official said"), after it ("…,” said Dmitry Peskov"), an apposition and its role ("Andriy
 * Zagorodnyuk, a former Ukrainian defense minister, said"), the subject that opens a sentence with
 * two verbs ("X called … and said"), and lists ("France, Germany and Britain said"). Per article;
 * not shared.
 */
final class SubjectFinder {

    static final Set<String> STOP_BACK = Vocabulary.set("that", "and", "but", "which", "who", "whom", "when",
            "while", "whereas", "unless", "whilst", "if", "because", "as", "after", "before", "since", "although", "though", "where", "so",
            "than", "or", "nor", "to", "is", "was", "are", "were", "be", "been", "not", "has", "have",
            "had", "could", "would", "will", "can", "should", "must", "may", "might", "did", "does", "do",
            "however", "meanwhile", "moreover", "also", "yet", "still", "then", "now", "there", "here",
            "what", "how", "why", "whether", "said", "says", "told", "by", "into", "than", "about",
            "against", "under", "over", "between", "without", "within", "through", "during", "until",
            "unless", "once", "even", "just", "only", "thus", "therefore", "instead", "later", "earlier",
            "today", "yesterday", "tonight", "week", "month", "year");

    static final Set<String> DETERMINERS = Vocabulary.set("a", "an", "the", "this", "these", "those", "several",
            "some", "many", "most", "two", "three", "four", "five", "six", "other", "one", "another", "both",
            "all", "various", "numerous", "few", "his", "her", "their", "its", "our", "my", "top");

    static final Set<String> PREPOSITIONS = Vocabulary.set("for", "of", "at", "from", "with", "in", "on", "to");

    static final Set<String> STOP_FORWARD = Vocabulary.set("in", "on", "at", "during", "after", "before", "that",
            "who", "which", "when", "while", "adding", "as", "to", "told", "familiar", "close", "speaking",
            "involved", "briefed", "cited", "quoted", "according", "and", "but", "because", "if", "though",
            "although", "last", "earlier", "later", "today", "yesterday", "this", "via", "by", "after",
            "shortly", "late", "early", "wrote", "said", "says", "warned", "added", "claimed", "insisted");

    /** Nouns that head a speaking noun phrase: roles, groups, institutions, outlets. */
    private static final long HEAD_NOUNS = WordClass.ROLE | WordClass.GROUP | WordClass.INSTITUTION | WordClass.MEDIA;

    private final Tokens t;
    private final int[] quoteAt;
    private final int[] mentionAt;
    private final List<Mention> mentions;
    private final int[] lastOut = new int[1];

    SubjectFinder(Tokens t, int[] quoteAt, int[] mentionAt, List<Mention> mentions) {
        this.t = t;
        this.quoteAt = quoteAt;
        this.mentionAt = mentionAt;
        this.mentions = mentions;
    }

    /** The person mention that exactly fills tokens [a, b), allowing titles before it; or null. */
    Mention personFilling(int a, int b) {
        int k = b - 1;
        if (k < a || mentionAt[k] < 0) {
            return null;
        }
        Mention m = mentions.get(mentionAt[k]);
        if (m.type() != app.dossier.model.EntityType.PERSON || m.last() != b || m.first() < a) {
            return null;
        }
        for (int j = a; j < m.first(); j++) {
            if (!(t.isWord(j) && (t.has(j, WordClass.TITLE) || Roles.isHonorific(t.word(j)))) && !t.is(j, '.')) {
                return null;
            }
        }
        return m;
    }

    /** "Rep. Greene called the package … and said she would …": the subject that opens the sentence. */
    boolean coordinatedSubject(CueFinder.Cue c, int a, int and) {
        int k = a;
        while (k < and && (t.isWord(k) && (t.has(k, WordClass.TITLE) || Roles.isHonorific(t.word(k))
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

    boolean namedOrPronoun(int a, int b) {
        if (t.has(b - 1, HEAD_NOUNS)) {
            return true;
        }
        for (int k = a; k < b; k++) {
            if (t.isCapitalized(k) && k > a || t.has(k, WordClass.PRONOUN)
                    || t.isCapitalized(k) && b - a == 1) {
                return true;
            }
        }
        return t.isCapitalized(b - 1);
    }

    boolean isAcronym(int k) {
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

    static final Set<String> TITLED = Vocabulary.set("titled", "entitled", "called", "named", "dubbed",
            "headlined");

    /** Whether a quoted title inside an apposition is introduced by "titled", "called" … */
    private boolean titledBefore(int k, int a) {
        int q = quoteAt[k];
        int j = k;
        while (j >= a && quoteAt[j] == q) {
            j--;
        }
        return j >= a && t.isWord(j) && t.has(j, WordClass.TITLED);
    }

    boolean appositionSubject(CueFinder.Cue c, int comma, int a) {
        int k = comma - 1;
        while (k >= a && comma - k < 18 && !t.is(k, ',') && (quoteAt[k] < 0 || titledBefore(k, a))) {
            k--;
        }
        if (k < a || !t.is(k, ',') || quoteAt[k] >= 0) {
            return false;
        }
        if (t.isWord(k + 1) && (t.has(k + 1, WordClass.TITLED) || t.lower(k + 1).endsWith("ing")
                && !t.isCapitalized(k + 1))) {
            // "The report, titled “…”, said"; "Two officials, speaking on condition of anonymity, said"
            return subjectEndingAt(c, k, a);
        }
        // "The Conservative shadow defence secretary, James Cartlidge, said": the name between the commas.
        Mention named = personFilling(k + 1, comma);
        if (named != null) {
            int roleFirst = npBackward(k - 1, a);
            boolean joined = roleFirst - 2 >= a && t.isWord(roleFirst - 1) && t.is(roleFirst - 2, ',')
                    && CueFinder.CLAUSE_JOINERS.contains(t.lower(roleFirst - 1)); // "…, as his deputy, Sergei Ryabkov, said"
            if (roleFirst > a && t.isWord(roleFirst - 1) && !t.has(roleFirst - 1, WordClass.CONNECTIVE) && !joined) {
                // "Mr. Lammy, who was in Kyiv with his French counterpart, Jean-Noël Barrot, said": the
                // words before the name end a clause about someone else; the name is not the subject.
                // The subject is the one the relative clause follows, if there is one.
                int who = relativeClauseBefore(roleFirst, a);
                return who >= 0 && subjectEndingAt(c, who, a);
            }
            c.subjectFirst = named.first();
            c.subjectLast = named.last();
            if (roleFirst >= 0) {
                String before = t.text.substring(t.start[roleFirst], t.end[k - 1]);
                String lower = before.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("his ")
                        || lower.startsWith("her ") || lower.startsWith("their ") || lower.startsWith("its ")) {
                    before = before.substring(before.indexOf(' ') + 1); // "His spokesman, Stéphane Dujarric,"
                }
                // "director-general": a hyphenated role is a role by either of its parts.
                for (String w : before.toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replace('\u2011', ' ').split(" ")) {
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
                && t.isCapitalized(beforeBracketedPartyTag(k - 1, a)) && comma - k <= 16;
        if (role == null && !relative && !described || role != null && lastOut[0] != comma - 1) {
            return false;
        }
        if (described) {
            role = t.text.substring(t.start[k + 2], t.end[comma - 1]); // "Ukrenergo, the national grid operator,"
        }
        if (!subjectEndingAt(c, k, a)) {
            return false;
        }
        c.role = role;
        if (relative) {
            apposedPerson(c, a);
        }
        return true;
    }

    /**
     * "Mark Rutte, NATO's secretary general, who arrived in Kyiv on Tuesday, said": when the subject
     * found before a relative clause is a role set off after a person's name, the person speaks, with
     * that role.
     */
    void apposedPerson(CueFinder.Cue c, int a) {
        int of = c.subjectFirst - 1;
        if (of - 1 >= a && t.isWord(of) && t.lower(of).equals("of") && mentionAt[of - 1] >= 0
                && mentions.get(mentionAt[of - 1]).type() == app.dossier.model.EntityType.PERSON
                && mentions.get(mentionAt[of - 1]).last() == of) {
            // "Pasi Paroinen of the Finland-based Black Bird Group, which tracks …, said": the analyst speaks
            Mention person = mentions.get(mentionAt[of - 1]);
            c.subjectFirst = person.first();
            c.subjectLast = person.last();
            return;
        }
        int comma = c.subjectFirst - 1;
        while (comma > a && c.subjectFirst - comma <= 10 && (t.isWord(comma) || t.isPossessive(comma)) && quoteAt[comma] < 0) {
            comma--; // "Tal Beeri, head of research at the Alma Center, which …, said": back to the apposition's comma
        }
        if (comma - 1 < a || !t.is(comma, ',') || mentionAt[comma - 1] < 0) {
            return;
        }
        Mention person = mentions.get(mentionAt[comma - 1]);
        if (person.type() != app.dossier.model.EntityType.PERSON || person.last() != comma) {
            return;
        }
        boolean role = false;
        for (int k = comma + 1; k < c.subjectLast && !role; k++) {
            role = t.isWord(k) && t.has(k, WordClass.ROLE);
        }
        if (!role) {
            return;
        }
        int first = comma + 1;
        if (t.has(first, WordClass.DETERMINER) && first + 1 < c.subjectLast) {
            first++; // "the": a role is kept without its article
        }
        c.role = t.text.substring(t.start[first], t.end[c.subjectLast - 1]);
        c.subjectFirst = person.first();
        c.subjectLast = person.last();
    }

    /** The person mention that starts at token {@code k}, or null. */
    Mention personStartingAt(int k) {
        if (k < 0 || k >= mentionAt.length || mentionAt[k] < 0) {
            return null;
        }
        Mention m = mentions.get(mentionAt[k]);
        return m.first() == k && m.type() == app.dossier.model.EntityType.PERSON ? m : null;
    }

    /** Whether token {@code k} is part of a name the article's entities know. */
    boolean isMention(int k) {
        return k >= 0 && mentionAt[k] >= 0;
    }

    /** The {@code m}th mention of the article. */
    Mention mention(int m) {
        return mentions.get(m);
    }

    /** Makes the noun phrase that ends right before token {@code end} the subject; false when there is none. */
    private boolean subjectEndingAt(CueFinder.Cue c, int end, int a) {
        // "Sen. Jeanne Shaheen (D-N.H.), the top Democrat on the committee, said"
        int tag = skipPartyTag(end, a); // "Rep. Michael McCaul, R-Texas, the former chairman …, said"
        int last = personBeforePlace(tag != end ? tag : beforeBracketedPartyTag(end - 1, a), a);
        int first = npBackward(last, a);
        if (first < 0) {
            return false;
        }
        c.subjectFirst = first;
        c.subjectLast = last + 1;
        return true;
    }

    /**
     * "Jeanne Shaheen (D-N.H.)": when token {@code j} closes a bracketed party tag after a word, the
     * word before the bracket; else {@code j}.
     */
    int beforeBracketedPartyTag(int j, int a) {
        if (j - 2 <= a || !t.is(j, ')')) {
            return j;
        }
        for (int k = j - 1; k > a && j - k <= 6; k--) {
            if (t.is(k, '(')) {
                return partyTag(k + 1) && t.isWord(k - 1) ? k - 1 : j;
            }
        }
        return j;
    }

    /**
     * "Sen. Chuck Schumer, D-N.Y., said": when token {@code j} is the comma after a party tag set
     * off by commas, the word before the tag's first comma; else {@code j}.
     */
    int skipPartyTag(int j, int a) {
        if (j < a || !t.is(j, ',')) {
            return j;
        }
        for (int k = j - 1; k >= a && j - k <= 5; k--) {
            if (partyTag(k)) {
                return k - 2 >= a && t.is(k - 1, ',') && t.isWord(k - 2) ? k - 2 : j;
            }
            boolean stateLetter = t.isWord(k) && t.isCapitalized(k) && t.end[k] - t.start[k] <= 6;
            if (!t.is(k, '.') && !stateLetter) {
                return j;
            }
        }
        return j;
    }

    /** "R-Ohio", "D-Calif", "I-Vt", "R-S": a party initial, a hyphen and a state. */
    boolean partyTag(int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String w = t.word(k);
        return w.length() >= 3 && (w.charAt(0) == 'R' || w.charAt(0) == 'D' || w.charAt(0) == 'I') && w.charAt(1) == '-'
                && Character.isUpperCase(w.charAt(2));
    }

    /**
     * "Senator Ted Cruz of Texas said", "Kara Swisher of Recode said": when the words ending at
     * {@code end} are a person's name, "of" and a place or an employer (a name other than a
     * person's, or up to four capitalised words), the person is the subject. Returns the name's last
     * token then, else {@code end}.
     */
    int personBeforePlace(int end, int a) {
        if (end < a || !t.isWord(end) || quoteAt[end] >= 0) {
            return end;
        }
        int of;
        if (mentionAt[end] >= 0) {
            Mention named = mentions.get(mentionAt[end]);
            if (named.last() != end + 1 || named.type() == app.dossier.model.EntityType.PERSON) {
                return end;
            }
            of = named.first() - 1;
        } else {
            of = end;
            while (of >= a && end - of < 4 && t.isWord(of) && mentionAt[of] < 0 && quoteAt[of] < 0
                    && (t.isCapitalized(of) || of < end && t.lower(of).equals("the") && t.isCapitalized(of + 1))) {
                of--;
            }
        }
        if (of - 1 < a || !t.isWord(of) || !t.lower(of).equals("of") || quoteAt[of] >= 0
                || mentionAt[of - 1] < 0) {
            return end;
        }
        Mention person = mentions.get(mentionAt[of - 1]);
        return person.type() == app.dossier.model.EntityType.PERSON && person.last() == of ? of - 1 : end;
    }

    /** The comma that opens a relative clause (", who", ", whose") within 40 tokens before {@code k}, or -1. */
    private int relativeClauseBefore(int k, int a) {
        for (int j = k - 1; j > a && k - j < 40 && quoteAt[j] < 0; j--) {
            if (t.is(j, ',') && t.isWord(j + 1) && (t.lower(j + 1).equals("who") || t.lower(j + 1).equals("whose"))) {
                return j;
            }
        }
        return -1;
    }

    /** First token of the noun phrase ending at token {@code end}, or -1. */
    int npBackward(int end, int a) {
        if (end < a || !(t.isWord(end) || t.isPossessive(end)) || quoteAt[end] >= 0) {
            return -1;
        }
        if (t.has(end, WordClass.PRONOUN)) {
            return end;
        }
        boolean inName = mentionAt[end] >= 0 && t.isCapitalized(end) && mentions.get(mentionAt[end]).first() < end;
        if (!inName && t.has(end, WordClass.STOP_BACK | WordClass.DETERMINER | WordClass.PREPOSITION)) {
            return -1; // but "Ahmed Said", "Edward Said" end a name
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
            if (t.is(k, '-') && k > 0 && t.start[k] > t.end[k - 1] && k + 1 < t.size && t.start[k + 1] > t.end[k]) {
                break; // "BEIJING - China's defence ministry said": a dash between spaces ends the subject
            }
            if (t.isPossessive(k) || t.is(k, '-')) {
                k--;
                continue;
            }
            if (t.is(k, '.') && k - 1 >= a && (Roles.isHonorific(t.word(k - 1))
                    || t.has(k - 1, WordClass.TITLE))) {
                first = k - 1; // "Mr. Stoltenberg", "Gen. Syrskyi"
                k -= 2;
                continue;
            }
            if (!t.isWord(k) || t.lineBreakBetween(k, k + 1)) {
                break;
            }
            String w = t.lower(k);
            if (t.has(k, WordClass.DETERMINER)) {
                first = k;
                if (k - 2 >= a && t.has(k - 1, WordClass.PREPOSITION) && (isHeadNoun(k - 2)
                        || t.has(k - 2, WordClass.POST_MODIFIER))) {
                    k -= 2;
                    first = k + 2;
                    continue;
                }
                break;
            }
            if (t.has(k, WordClass.PREPOSITION)) {
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
            if (t.has(k, WordClass.STOP_BACK | WordClass.SPEECH | WordClass.PRONOUN)) {
                break;
            }
            if (t.has(k, WordClass.CONNECTIVE) && t.isCapitalized(k)) {
                break;
            }
            first = k;
            k--;
        }
        // A subject never starts with a bare preposition or "of".
        while (first < end && t.has(first, WordClass.PREPOSITION)) {
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
        return t.has(k, HEAD_NOUNS) || w.equals("source") || Vocabulary.ROLE_NOUNS.contains(Roles.singular(w));
    }

    /** One past the last token of a noun phrase starting at {@code k}. */
    int npForward(int k, int b) {
        int p = k;
        while (p < b && (t.isWord(p) && (t.has(p, WordClass.TITLE) || Roles.isHonorific(t.word(p)))
                && mentionAt[p] < 0 || t.is(p, '.') && p > k)) {
            p++; // "said Professor Samuel Moyn of Yale University": titles, then the name
        }
        if (p < b && mentionAt[p] >= 0 && mentions.get(mentionAt[p]).first() == p
                && mentions.get(mentionAt[p]).type() == app.dossier.model.EntityType.PERSON) {
            int end = mentions.get(mentionAt[p]).last();
            if (end >= b || !t.isPossessive(end)) {
                return Math.min(b, end); // "sagte Merz im Bundestag"
            }
            // "said Imran Khan's lawyer, Salman Safdar": the name owns the speaker; read on.
        }
        int j = k;
        while (j < b && j - k < 10 && quoteAt[j] < 0) {
            if (t.isPossessive(j) || t.is(j, '-') || t.is(j, '.') && j > k && (t.end[j - 1] - t.start[j - 1] == 1
                    || t.has(j - 1, WordClass.TITLE) || Roles.isHonorific(t.word(j - 1)))) {
                j++;
                continue;
            }
            if (!t.isWord(j)) {
                break;
            }
            String w = t.lower(j);
            if (j > k && t.has(j, WordClass.STOP_FORWARD) && !(w.equals("of") || w.equals("for"))) {
                break;
            }
            if (j == k && (t.has(j, WordClass.STOP_FORWARD) && !t.has(j, WordClass.DETERMINER)
                    || t.has(j, WordClass.STOP_BACK))) {
                return k;
            }
            if (j > k && t.has(j, WordClass.FINITE | WordClass.SPEECH)) {
                break;
            }
            j++;
        }
        while (j > k && (!t.isWord(j - 1) || t.has(j - 1, WordClass.PREPOSITION) || t.has(j - 1, WordClass.DETERMINER))) {
            j--;
        }
        return j;
    }
}

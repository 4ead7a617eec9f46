package app.dossier.highlight;

import app.dossier.model.EntityType;
import app.dossier.model.Speaker;
import app.dossier.model.SpeakerType;
import app.dossier.model.TextSpan;
import java.util.List;
import java.util.Set;

/**
 * Turns the words that name a speaker into a {@link Speaker}: resolves surnames and titles through
 * the article's name table, "the media outlet" to the outlet last named, "he"/"she" only when exactly
 * one person is in focus, and classifies unnamed sources, institutions, countries, capitals and
 * media. When it cannot tell safely it answers {@link #ABSTAIN}: the quote is shown without a
 * speaker. Per article; called in text order, because focus depends on what came before. Longer
 * than most classes: every kind of subject (person, pronoun, role, group, institution, outlet,
 * country, capital, list) is resolved against the same focus state, and splitting them would
 * scatter the abstention rules.
 */
final class SpeakerResolver {

    static final java.util.Set<String> POST_MODIFIERS = Vocabulary.set("familiar", "close", "involved",
            "briefed", "knowledgeable", "aware", "speaking", "responsible");

    private static final java.util.Set<String> COMMERCIAL = Vocabulary.set("company", "firm", "group",
            "bank", "fund", "institute", "movement", "campaign", "party", "watchdog", "coalition");

    /** A subject that can speak but cannot be named safely (an ambiguous pronoun, a document). */
    static final Speaker ABSTAIN = new Speaker(null, "?", new TextSpan(0, 0), null, SpeakerType.GROUP, false);

    private final Tokens t;
    private final Sentences s;
    private final NameTable names;
    private final List<Mention> mentions;
    private final int[] mentionAt;
    private final int[] quoteAt;

    private Speaker lastSpeaker;
    private java.util.function.Predicate<String> givenNames;

    /** Lets unknown one-word names that are given names ("Amina said") count as people. */
    SpeakerResolver withGivenNames(java.util.function.Predicate<String> test) {
        this.givenNames = test;
        return this;
    }

    /** The gazetteer whose leaders list says who holds which office ("the Ukrainian president"). */
    private Gazetteer offices;

    SpeakerResolver withOffices(Gazetteer g) {
        this.offices = g;
        return this;
    }
    private int lastCueToken = -1;
    private int lastParagraph = -1;

    SpeakerResolver(Tokens t, Sentences s, NameTable names, List<Mention> mentions, int[] mentionAt, int[] quoteAt) {
        this.t = t;
        this.s = s;
        this.names = names;
        this.mentions = mentions;
        this.mentionAt = mentionAt;
        this.quoteAt = quoteAt;
    }

    /** Records a resolved attribution, which puts its speaker in focus. */
    void attributed(Speaker speaker, int cueToken, int paragraph) {
        if (speaker == ABSTAIN) {
            lastSpeaker = null; // someone unnamed took the floor: a later "he" cannot go back past them
        } else if (speaker != null) {
            lastSpeaker = speaker;
        }
        lastCueToken = cueToken;
        lastParagraph = paragraph;
    }

    /**
     * The speaker named by tokens [a, b), or {@code null} when these words cannot be a speaker (the
     * cue is then not speech), or {@link #ABSTAIN}.
     *
     * @param role      a role from an apposition, or {@code null}
     * @param cueToken  the speech verb
     * @param unitStart first token of the sentence, for focus
     */
    Speaker resolve(int a, int b, String role, int cueToken, int unitStart, int paragraph) {
        if (b <= a) {
            return null;
        }
        String asWritten = t.text.substring(t.start[a], t.end[b - 1]);
        TextSpan span = new TextSpan(t.start[a], t.end[b - 1]);
        if (b - a == 1 && t.isWord(a) && (t.lower(a).equals("you") || t.lower(a).equals("i") || t.lower(a).equals("we"))) {
            return ABSTAIN; // "You said drones have changed everything": the interviewer's question, no name
        }
        if (b - a == 1 && t.isWord(a) && t.has(a, WordClass.PRONOUN)) {
            return pronoun(t.lower(a), asWritten, span, cueToken, unitStart, paragraph);
        }
        if (listOfActors(a, b)) {
            return new Speaker(null, asWritten, span, null, SpeakerType.GROUP, allGovernments(a, b));
        }
        int head = b - 1;
        while (head > a && (t.isPossessive(head) || !t.isWord(head))) {
            head--;
        }
        Mention m = headMention(a, b);
        if (m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.REGION) && !pluralDemonym(m)
                && m.first() - 1 == a
                && t.isWord(a) && t.isCapitalized(a) && mentionAt[a] < 0 && t.form(a).classes == 0) {
            // "Greenpeace UK called …", "Oxfam Ireland said": a body's national branch, not the country
            return new Speaker(asWritten, asWritten, span, null, SpeakerType.ORGANIZATION, false);
        }
        if (m != null && m.type() == EntityType.COUNTRY && pluralDemonym(m)) {
            // "Fewer Americans say …", "Many Ukrainians said …": people of the country, not its government
            return new Speaker(null, asWritten, span, null, SpeakerType.GROUP, false);
        }
        if (m != null) {
            return fromMention(m, a, b, asWritten, span, role);
        }
        if (t.lower(a).equals("the") && b - a >= 2 && b - a <= 8 && capitalizedName(a + 1, b)
                && !t.has(b - 1, WordClass.ROLE | WordClass.GROUP | WordClass.MEDIA)) {
            // "the International Organization for Migration", "The RSF": an organisation the gazetteers lack.
            String name = t.text.substring(t.start[a + 1], t.end[b - 1]);
            return new Speaker(name, asWritten, span, null, SpeakerType.ORGANIZATION, governmentName(name));
        }
        // "a spokeswoman for Zelensky": the noun before the first preposition heads the phrase.
        for (int k = a + 1; k < head; k++) {
            if (t.isWord(k) && isPreposition(t.lower(k))) {
                head = k - 1;
                while (head > a && t.has(head, WordClass.POST_MODIFIER)) {
                    head--; // "an official familiar with the talks"
                }
                break;
            }
        }
        String lower = t.lower(head);
        String determiner = t.lower(a);
        boolean definite = determiner.equals("the");
        String described = definite || determiner.equals("a") || determiner.equals("an")
                ? t.text.substring(t.start[a + 1 < b ? a + 1 : a], t.end[b - 1]) : asWritten;
        if (t.has(head, WordClass.GROUP)) {
            // Only the words up to the head say what the group is: "critics of Prime Minister …" are not officials.
            boolean official = t.has(head, WordClass.OFFICIAL) || Roles.isOfficial(t.text.substring(t.start[a], t.end[head]))
                    || countryInside(a, head + 1) && isOfficialGroupNoun(lower) || servesOfficial(a, b, lower);
            return new Speaker(null, asWritten, span, null, SpeakerType.GROUP, official);
        }
        if (t.has(head, WordClass.ROLE) || lower.equals("source")) {
            if (definite && !pastTimeBefore(a, unitStart)) {
                NameTable.Person p = names.byRole(described);
                if (p == null && b - a == 2) {
                    p = names.byRole(lower);
                }
                boolean primeMinister = b - a == 4 && lower.equals("minister") && t.lower(head - 1).equals("prime");
                if (p == null && (b - a == 3 || primeMinister) && t.isCapitalized(a + 1)
                        && (lower.equals("leader")
                        || lower.equals("president") || lower.equals("premier") || lower.equals("chancellor") || primeMinister)) {
                    String adjective = t.word(a + 1);
                    p = names.leaderOf(adjective, primeMinister ? "prime minister" : lower); // "the Brazilian leader said"
                    if (p != null && (!namedNear(p.fullName, cueToken, paragraph)
                            || lower.equals("leader") && otherLeaderNear(p.fullName, adjective, cueToken, paragraph))) {
                        p = null;
                    }
                    String title = primeMinister ? "prime minister" : lower;
                    if (p == null && !names.hasRoleWith(adjective, title)) {
                        // "the Ukrainian president" after a plain "Volodymyr Zelensky": the office the leaders list knows
                        p = officeHolderNear(adjective, title, cueToken, paragraph);
                        if (p != null && lower.equals("leader") && otherLeaderNear(p.fullName, adjective, cueToken, paragraph)) {
                            p = null; // "the Israeli leader" after plain "Isaac Herzog" and "Benjamin Netanyahu"
                        }
                    }
                }
                if (p != null) {
                    String r = p.role != null ? p.role : described;
                    return new Speaker(p.fullName, asWritten, span, r, SpeakerType.PERSON,
                            p.official || Roles.isOfficial(r));
                }
            }
            String r = role != null ? role : described;
            return new Speaker(null, asWritten, span, r, SpeakerType.GROUP,
                    Roles.isOfficial(r) || lower.equals("source") && Roles.isOfficial(asWritten)
                    || !lower.equals("source") && servesOfficial(a, b, lower));
        }
        if (t.has(head, WordClass.MEDIA) && definite) {
            // "the United Nations refugee agency": the name inside says whose; "the agency", "the news
            // agency" point back to the last one named; "the state news agency" is described, not named.
            Mention media = namedInside(a, head);
            if (media == null && head - a <= 2) {
                media = lastMention(cueToken, lower.equals("agency"));
            }
            if (media != null && media.type() == EntityType.MEDIA) {
                return new Speaker(media.canonical(), asWritten, span, null, SpeakerType.MEDIA, false);
            }
            if (media != null) {
                return new Speaker(media.canonical(), asWritten, span, null, SpeakerType.ORGANIZATION,
                        media.government());
            }
            return new Speaker(null, asWritten, span, null, SpeakerType.MEDIA, false);
        }
        if (t.has(head, WordClass.INSTITUTION) && (definite || countryInside(a, b)
                || t.isCapitalized(head) || ownedByPerson(a, head) || possessed(a, head))) {
            boolean official = !COMMERCIAL.contains(lower);
            return new Speaker(null, asWritten, span, null, SpeakerType.ORGANIZATION, official);
        }
        if (t.has(head, WordClass.DOCUMENT)) {
            // "according to a statement from the Israeli military": whose statement it is, when the phrase says
            for (int k = head + 1; k + 1 < b; k++) {
                if (t.isWord(k) && (t.lower(k).equals("from") || t.lower(k).equals("by"))) {
                    Mention issuer = headMention(k + 1, b);
                    if (issuer != null && issuer.type() != EntityType.PERSON && issuer.type() != EntityType.PLACE) {
                        return fromMention(issuer, k + 1, b, asWritten, span, role);
                    }
                    break;
                }
            }
            return ABSTAIN;
        }
        if (!t.isCapitalized(head) && lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 4
                && head > a && (t.isCapitalized(head - 1) || isDeterminer(t.lower(head - 1))
                || t.isWord(head - 1) && !t.has(head - 1, WordClass.FINITE))) {
            // "Shipping insurers said": some other group of people.
            return new Speaker(null, asWritten, span, null, SpeakerType.GROUP, Roles.isOfficial(asWritten));
        }
        if (t.isCapitalized(head) && t.has(head, WordClass.NON_PERSON_HEAD) && head > a && t.isCapitalized(head - 1)) {
            // "Activist investor Elliott Management said": the capitalised name at the end is a body's
            int first = head - 1;
            while (first > a && head - first < 6 && (t.isWord(first - 1) && t.isCapitalized(first - 1)
                    || t.isPossessive(first - 1) && first - 2 >= a && t.isCapitalized(first - 2))) {
                first--; // "Tigray People's Liberation Front"
            }
            String name = t.text.substring(t.start[first], t.end[head]);
            return new Speaker(name, asWritten, span, null, SpeakerType.ORGANIZATION, governmentName(name));
        }
        if (allCapitalized(a, b) && b - a <= 3 && a >= 2 && t.isWord(a - 1) && (t.lower(a - 1).equals("and")
                || t.lower(a - 1).equals("of")) && t.isCapitalized(a - 2)) {
            // "The Chamber of Industry and Commerce said": the whole capitalised name is the body's
            int first = a - 2;
            while (first > 0 && (t.isWord(first - 1) && t.isCapitalized(first - 1) && !t.has(first - 1, WordClass.DETERMINER)
                    || t.isWord(first - 1) && (t.lower(first - 1).equals("and") || t.lower(first - 1).equals("of"))
                    && first - 2 >= 0 && t.isCapitalized(first - 2)) && a - first < 8) {
                first--;
            }
            String name = t.text.substring(t.start[first], t.end[b - 1]);
            return new Speaker(name, name, new TextSpan(t.start[first], t.end[b - 1]), null, SpeakerType.ORGANIZATION,
                    governmentName(name));
        }
        if (b - a == 1 && t.isWord(a) && names.isAmbiguous(t.word(a))) {
            // "Johnson said" after Mike Johnson and Boris Johnson: one of them, not saying which
            return new Speaker(null, asWritten, span, role, SpeakerType.PERSON, Roles.isOfficial(role));
        }
        if (allCapitalized(a, b) && b - a <= 3) {
            // A name the gazetteers do not know and the article never introduced as a person:
            // "Ukrenergo, the national grid operator, said". A person would carry a role.
            boolean person = role != null && Vocabulary.ROLE_NOUNS.contains(lastWord(role))
                    || givenNames != null && givenNames.test(t.word(a)) || b - a == 1 && NameTable.surnameShape(t.word(a));
            return new Speaker(asWritten, asWritten, span, role, person ? SpeakerType.PERSON : SpeakerType.ORGANIZATION,
                    Roles.isOfficial(role));
        }
        return null;
    }

    /** "his office", "their party", "the group's armed wing": an institution of someone the text already named. */
    private boolean possessed(int a, int head) {
        String first = t.lower(a);
        if (first.equals("his") || first.equals("her") || first.equals("their") || first.equals("its")) {
            return true;
        }
        for (int k = a + 1; k < head; k++) {
            if (t.isPossessive(k)) {
                return true;
            }
        }
        return false;
    }

    /** "Netanyahu's office", "Zelensky's office": an institution of a named person. */
    private boolean ownedByPerson(int a, int head) {
        for (int k = a + 1; k < head; k++) {
            if (t.isPossessive(k) && mentionAt[k - 1] >= 0 && mentions.get(mentionAt[k - 1]).type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** "An aide to Netanyahu", "a spokesman for the Kremlin": working for a leader or a government. */
    private boolean servesOfficial(int a, int b, String head) {
        for (int k = a; k < b; k++) {
            int mi = mentionAt[k];
            if (mi < 0) {
                continue;
            }
            Mention m = mentions.get(mi);
            NameTable.Person p = m.type() == EntityType.PERSON ? names.get(m.canonical()) : null;
            if (p != null && p.official || m.type() != EntityType.PERSON && m.government()) {
                return head.startsWith("aide") || head.startsWith("spokes") || head.startsWith("advis")
                        || head.equals("official") || head.equals("adviser")
                        || head.equals("representative") || head.equals("envoy") || head.equals("deputy");
            }
        }
        return false;
    }

    /** "the US Department of Defense", "the Ministry of Health": a government body by its words. */
    private static boolean governmentName(String name) {
        for (String w : new String[] {"Department", "Ministry", "Government", "Embassy", "Parliament", "Senate",
            "Congress", "Council", "Commission", "Army", "Navy", "Air Force", "Police", "Presidency",
            "Office of the", "Cabinet", "Armed Forces", "Guard", "Prosecutor"}) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean capitalizedName(int a, int b) {
        if (!t.isCapitalized(a) || !t.isCapitalized(b - 1)) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (!t.isCapitalized(k) && !(t.isWord(k) && (t.lower(k).equals("of") || t.lower(k).equals("for")
                    || t.lower(k).equals("and") || t.lower(k).equals("the")))) {
                return false;
            }
        }
        return true;
    }

    /** "France, Germany and Britain": several countries or organisations speaking together. */
    private boolean listOfActors(int a, int b) {
        int actors = 0;
        int k = a;
        while (k < b) {
            if (mentionAt[k] >= 0 && mentions.get(mentionAt[k]).type() != EntityType.PERSON) {
                actors++;
                k = mentions.get(mentionAt[k]).last();
            } else if (t.is(k, ',') || t.isWord(k) && t.lower(k).equals("and")) {
                k++;
            } else {
                return false;
            }
        }
        return actors >= 2;
    }

    private boolean allGovernments(int a, int b) {
        for (int k = a; k < b; k++) {
            if (mentionAt[k] >= 0 && !mentions.get(mentionAt[k]).government()) {
                return false;
            }
        }
        return true;
    }

    private boolean allCapitalized(int a, int b) {
        for (int k = a; k < b; k++) {
            if (!t.isCapitalized(k) || t.has(k, WordClass.PRONOUN) || k == a && t.lower(k).equals("the")) {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String s) {
        String[] w = s.toLowerCase(java.util.Locale.ROOT).split(" ");
        return w[w.length - 1];
    }

    private static boolean isDeterminer(String w) {
        return w.equals("the") || w.equals("some") || w.equals("many") || w.equals("several") || w.equals("most")
                || w.equals("other") || w.equals("two") || w.equals("three") || w.equals("few");
    }

    private static boolean isOfficialGroupNoun(String lower) {
        return switch (lower) {
            case "sources", "leaders", "advisers", "advisors", "aides", "representatives", "officers",
                 "investigators", "prosecutors", "troops", "governments" -> true;
            default -> false;
        };
    }

    private boolean countryInside(int a, int b) {
        for (int k = a; k < b; k++) {
            int mi = mentionAt[k];
            if (mi >= 0) {
                EntityType type = mentions.get(mi).type();
                if (type == EntityType.COUNTRY || type == EntityType.ORGANIZATION || mentions.get(mi).capitalOf() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mention that heads the phrase: the last one, unless a preposition puts it in a modifier. */
    private Mention headMention(int a, int b) {
        int k = b - 1;
        while (k >= a && (t.isPossessive(k) || !t.isWord(k))) {
            k--;
        }
        if (k < a || mentionAt[k] < 0) {
            return null;
        }
        Mention m = mentions.get(mentionAt[k]);
        if (m.first() < a) {
            return null;
        }
        int before = m.first() - 1;
        if (before >= a) {
            String w = t.lower(before);
            if (w.equals("for") || w.equals("to") || w.equals("of") || w.equals("at") || w.equals("with")
                    || w.equals("from") || w.equals("in") || w.equals("on") || w.equals("the") && before - 1 >= a
                    && isPreposition(t.lower(before - 1))) {
                return null; // "a spokeswoman for the Kremlin" is the spokeswoman
            }
        }
        if (m.type() == EntityType.PERSON && servesNamed(a, m.first())) {
            return null; // "a spokeswoman for Prime Minister Keir Starmer", "critics of Hungarian Prime Minister Viktor Orban"
        }
        if (m.type() != EntityType.PERSON) {
            // "Ukrainian officials", "Russia's foreign ministry": a country word modifying a noun.
            if (m.last() < b && t.isWord(m.last()) && !t.isPossessive(m.last())) {
                return null;
            }
        }
        return m;
    }

    /**
     * Whether the words [a, name) before a person's name make the name a modifier of someone else:
     * a preposition after a noun for people around the named one ("the family of", "aides to", "a
     * spokeswoman for", "the office of"). Titles that take a preposition ("Secretary of State",
     * "Ambassador to the United Nations") are not among those nouns, so their name still speaks.
     */
    private boolean servesNamed(int a, int name) {
        for (int k = a + 1; k < name; k++) {
            if (t.isWord(k) && isPreposition(t.lower(k)) && t.isWord(k - 1)
                    && AROUND_A_PERSON.contains(t.lower(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for the people and bodies around a person, who speak for or about them. */
    private static final java.util.Set<String> AROUND_A_PERSON = Vocabulary.set("spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "aide", "aides", "adviser", "advisers",
            "advisor", "advisors", "lawyer", "lawyers", "attorney", "attorneys", "office", "family", "son",
            "daughter", "wife", "widow", "husband", "brother", "sister", "friend", "friends", "ally", "allies",
            "critic", "critics", "supporter", "supporters", "relative", "relatives", "colleague", "colleagues",
            "associate", "associates", "opponent", "opponents", "rival", "rivals", "loyalist", "loyalists",
            "backer", "backers", "campaign", "team", "government", "administration", "party", "camp",
            "entourage", "staff", "staffers", "representatives", "people", "sources", "officials", "members");

    private static boolean isPreposition(String w) {
        return w.equals("for") || w.equals("to") || w.equals("of") || w.equals("at") || w.equals("with")
                || w.equals("from") || w.equals("in") || w.equals("on");
    }

    /** The speaker a mention names on its own: "— Kaja Kallas" under a block quote. */
    Speaker of(Mention m) {
        TextSpan span = new TextSpan(m.start(), m.end());
        return fromMention(m, m.first(), m.last(), t.text.substring(m.start(), m.end()), span, null);
    }

    /** "Americans", "Ukrainians", "Britons": a country's people, written as its plural demonym. */
    private boolean pluralDemonym(Mention m) {
        String written = t.text.substring(m.start(), m.end());
        int n = written.length();
        return n > 4 && !written.equals(m.canonical()) && written.charAt(n - 1) == 's'
                && Character.isLowerCase(written.charAt(n - 2)) && written.indexOf(' ') < 0;
    }

    /** Whether the person was named in this paragraph or the one before, before the cue. */
    /**
     * The one person named from two paragraphs before the cue's up to the cue whom the leaders list
     * gives the office "the {@code adjective} {@code head}"; {@code null} when none or several.
     */
    private NameTable.Person officeHolderNear(String adjective, String head, int cueToken, int paragraph) {
        if (offices == null) {
            return null;
        }
        String found = null;
        // The office is the world's, not the article's: the holder may have been named two paragraphs up.
        int floor = t.indexAt(s.paraStart[Math.max(0, paragraph - 2)]);
        for (int k = floor; k < cueToken; k++) {
            int mi = mentionAt[k];
            if (mi < 0 || mentions.get(mi).type() != EntityType.PERSON || mentions.get(mi).first() != k) {
                continue;
            }
            String name = mentions.get(mi).canonical();
            if (!name.equals(found) && offices.holdsOffice(name, adjective, head)) {
                if (found != null) {
                    return null; // "the Russian leader" after Putin and Mishustin
                }
                found = name;
            }
        }
        if (found == null) {
            return null;
        }
        NameTable.Person p = names.get(found);
        return p != null ? p : new NameTable.Person(found, null, true, (char) 0);
    }

    /**
     * Whether a well-known leader other than {@code fullName}, not known to lead another country, is
     * named near the cue: "the Israeli leader" after "Israeli President Isaac Herzog received a
     * request from Benjamin Netanyahu" may be either.
     */
    private boolean otherLeaderNear(String fullName, String adjective, int cueToken, int paragraph) {
        if (offices == null) {
            return false;
        }
        int floor = t.indexAt(s.paraStart[Math.max(0, paragraph - 1)]);
        for (int k = floor; k < cueToken; k++) {
            int mi = mentionAt[k];
            if (mi >= 0 && mentions.get(mi).type() == EntityType.PERSON) {
                String name = mentions.get(mi).canonical();
                NameTable.Person other = names.get(name);
                boolean elsewhere = offices.officesOnlyElsewhere(name, adjective)
                        || other != null && otherCountrysRole(other.role, adjective); // "Argentine President Javier Milei"
                if (!name.equals(fullName) && offices.isLeader(name) && !elsewhere) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence names a year or a past time before token {@code a}: "In February 2014,
     * the Ukrainian president said", "Back in 2008, the Russian president said" — the office
     * holder then may not be the one the article names.
     */
    private boolean pastTimeBefore(int a, int unitStart) {
        for (int k = unitStart; k < a; k++) {
            if (!t.isWord(k) || quoteAt[k] >= 0) {
                continue; // the quote's own words ("Such killings now, when …,” the Ukrainian president said) do not date the cue
            }
            String w = t.word(k);
            if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                    && Character.isDigit(w.charAt(3))) {
                return true;
            }
            String lower = t.lower(k);
            if (lower.equals("when") || lower.equals("then") || lower.equals("ago") || lower.equals("once")) {
                return true;
            }
        }
        return false;
    }

    /** Titles that open a role with no country: "Prime Minister Benjamin Netanyahu", "President Isaac Herzog". */
    private static final Set<String> BARE_TITLE_WORDS = Set.of("prime", "president", "premier", "chancellor", "leader",
            "former", "the");

    /** Whether a role names a country other than the adjective's before its title: "Argentine President". */
    private static boolean otherCountrysRole(String role, String adjective) {
        if (role == null) {
            return false;
        }
        String lower = role.toLowerCase(java.util.Locale.ROOT);
        String first = lower.split(" ")[0];
        return !(" " + lower + " ").contains(" " + adjective.toLowerCase(java.util.Locale.ROOT) + " ")
                && !BARE_TITLE_WORDS.contains(first) && Character.isUpperCase(role.charAt(0));
    }

    private boolean namedNear(String fullName, int cueToken, int paragraph) {
        int floor = t.indexAt(s.paraStart[Math.max(0, paragraph - 1)]);
        for (int k = floor; k < cueToken; k++) {
            int mi = mentionAt[k];
            if (mi >= 0 && mentions.get(mi).type() == EntityType.PERSON && mentions.get(mi).canonical().equals(fullName)) {
                return true;
            }
        }
        return false;
    }

    private Speaker fromMention(Mention m, int a, int b, String asWritten, TextSpan span, String role) {
        switch (m.type()) {
            case PERSON -> {
                NameTable.Person p = names.get(m.canonical());
                if (p != null && role != null && (p.role == null || role.length() > p.role.length()
                        && role.toLowerCase(java.util.Locale.ROOT).endsWith(p.role.toLowerCase(java.util.Locale.ROOT)))) {
                    // "The UN's humanitarian chief, Martin Griffiths, said": later mentions keep the role
                    // (the fuller one, when the name table had only its last word)
                    p.role = role;
                    p.official |= Roles.isOfficial(role);
                }
                String r = role != null ? role : p != null ? p.role : null;
                boolean official = p != null && p.official || Roles.isOfficial(r);
                TextSpan nameSpan = new TextSpan(m.start(), m.end());
                return new Speaker(m.canonical(), t.text.substring(m.start(), m.end()), nameSpan, r,
                        SpeakerType.PERSON, official);
            }
            case MEDIA -> {
                return new Speaker(m.canonical(), asWritten, span, null, SpeakerType.MEDIA, false);
            }
            case COUNTRY -> {
                if (isDemonym(t.text.substring(m.start(), m.end()), m.canonical())) {
                    return null; // "Russian claims": an adjective, not a subject
                }
                return new Speaker(m.canonical(), asWritten, span, null, SpeakerType.ORGANIZATION, true);
            }
            case PLACE -> {
                if (m.capitalOf() != null) {
                    return new Speaker(m.capitalOf(), asWritten, span, null, SpeakerType.ORGANIZATION, true);
                }
                return null;
            }
            case ORGANIZATION, REGION -> {
                return new Speaker(m.canonical(), asWritten, span, null, SpeakerType.ORGANIZATION, m.government());
            }
            default -> {
                return null;
            }
        }
    }

    /** "Russian", "Israeli", "French": an adjective of a country rather than a name that can speak. */
    private static boolean isDemonym(String written, String canonical) {
        if (written.equals(canonical) || written.endsWith("s") || written.length() <= 4
                || written.equals(written.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        return written.endsWith("an") || written.endsWith("ese") || written.endsWith("ish") || written.endsWith("i")
                || written.endsWith("ch") || written.endsWith("ic") || written.endsWith("ean");
    }

    private Speaker pronoun(String p, String asWritten, TextSpan span, int cueToken, int unitStart, int paragraph) {
        switch (p) {
            case "he", "she" -> {
                NameTable.Person person = personInFocus(p.equals("he") ? 'm' : 'f', cueToken, unitStart, paragraph);
                if (person == null) {
                    Speaker unnamed = unnamedInFocus(cueToken, paragraph);
                    if (unnamed != null) {
                        return new Speaker(null, asWritten, span, unnamed.role(), SpeakerType.GROUP, unnamed.official());
                    }
                    return ABSTAIN;
                }
                return new Speaker(person.fullName, asWritten, span, person.role, SpeakerType.PERSON,
                        person.official || Roles.isOfficial(person.role));
            }
            case "it" -> {
                Mention org = organisationInFocus(cueToken, paragraph);
                if (org != null) {
                    return new Speaker(org.canonical(), asWritten, span, null,
                            org.type() == EntityType.MEDIA ? SpeakerType.MEDIA : SpeakerType.ORGANIZATION,
                            org.government());
                }
                if (lastSpeaker != null && paragraph - lastParagraph <= 1
                        && (lastSpeaker.type() == SpeakerType.ORGANIZATION || lastSpeaker.type() == SpeakerType.MEDIA)
                        && noOtherActor(cueToken, unitStart)) {
                    return new Speaker(lastSpeaker.name(), asWritten, span, lastSpeaker.role(), lastSpeaker.type(),
                            lastSpeaker.official());
                }
                return ABSTAIN;
            }
            case "they" -> {
                if (lastSpeaker != null && paragraph - lastParagraph <= 1 && lastSpeaker.type() != SpeakerType.PERSON
                        && (p.equals("they") ? lastSpeaker.type() == SpeakerType.GROUP || lastSpeaker.type()
                        == SpeakerType.ORGANIZATION : lastSpeaker.type() != SpeakerType.GROUP)
                        && noOtherActor(cueToken, unitStart)) {
                    return new Speaker(lastSpeaker.name(), asWritten, span, lastSpeaker.role(), lastSpeaker.type(),
                            lastSpeaker.official());
                }
                return ABSTAIN;
            }
            default -> {
                return ABSTAIN;
            }
        }
    }

    /**
     * "A senior European diplomat said … He said …": the last speaker when it was one unnamed
     * person and nobody has been named since.
     */
    private Speaker unnamedInFocus(int cueToken, int paragraph) {
        if (lastSpeaker == null || lastSpeaker.type() != SpeakerType.GROUP || lastSpeaker.name() != null
                || paragraph - lastParagraph > 1) {
            return null;
        }
        String written = lastSpeaker.asWritten().toLowerCase(java.util.Locale.ROOT);
        String[] words = written.split(" ");
        String head = words[words.length - 1];
        boolean singular = (written.startsWith("a ") || written.startsWith("an ") || written.startsWith("one "))
                && Vocabulary.ROLE_NOUNS.contains(head);
        if (!singular) {
            return null;
        }
        for (int k = Math.max(0, lastCueToken + 1); k < cueToken; k++) {
            if (mentionAt[k] >= 0 && quoteAt[k] < 0 && mentions.get(mentionAt[k]).type() == EntityType.PERSON) {
                return null;
            }
        }
        return lastSpeaker;
    }

    /**
     * The one organisation or outlet named (outside quotes) since the last attribution in this or
     * the previous paragraph, with no person or country named alongside; else {@code null}.
     */
    private Mention organisationInFocus(int cueToken, int paragraph) {
        int floor = t.indexAt(s.paraStart[Math.max(0, paragraph - 1)]);
        Mention found = null;
        for (int k = Math.max(floor, lastCueToken + 1); k < cueToken; k++) {
            int mi = mentionAt[k];
            if (mi < 0 || quoteAt[k] >= 0 || mentions.get(mi).first() != k) {
                continue;
            }
            Mention m = mentions.get(mi);
            if (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MEDIA) {
                if (found != null && !found.canonical().equals(m.canonical())) {
                    return null;
                }
                found = m;
            } else if (m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY && !isDemonym(
                    t.text.substring(m.start(), m.end()), m.canonical())) {
                return null;
            }
        }
        return found;
    }

    private boolean noOtherActor(int cueToken, int unitStart) {
        int from = Math.max(lastCueToken + 1, 0);
        for (int k = from; k < cueToken; k++) {
            if (mentionAt[k] >= 0 && quoteAt[k] < 0) {
                EntityType type = mentions.get(mentionAt[k]).type();
                if (type == EntityType.ORGANIZATION || type == EntityType.MEDIA || type == EntityType.COUNTRY) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The one person in focus: mentioned (outside quotes) since the last attribution, within the
     * last three paragraphs, or the last speaker. Several, or a gender clash, mean nobody. A person
     * named only in the rest of the last attribution's own sentence ("Zelensky said he was ready to
     * meet Putin") stands beside that speaker rather than replacing them, and so does another person
     * named in that sentence before its speech verb ("Borrell said, while Stoltenberg added that …"):
     * two people in focus, nobody is named (as with anyone else named in between, whatever their gender).
     * Someone named after that sentence is in focus alone when they open a sentence as its subject
     * ("Rutte arrived in Kyiv. “…,” he said") or the pronoun cannot be the last speaker; named inside
     * another clause ("She was joined by Barbara Woodward") they stand beside the last speaker.
     */
    private NameTable.Person personInFocus(char gender, int cueToken, int unitStart, int paragraph) {
        int floorPara = Math.max(0, paragraph - 2);
        int floor = t.indexAt(s.paraStart[floorPara]);
        int from = Math.max(floor, lastCueToken + 1);
        int lastSentence = lastCueToken < 0 ? -1 : sentenceOf(lastCueToken);
        int lastSentenceEnd = lastSentence < 0 ? -1 : t.indexAt(s.end[lastSentence]);
        String candidate = null;
        boolean laterSentence = false; // the candidate is named after the last attribution's sentence
        boolean candidateOpens = false; // and is the subject there: "Rutte arrived in Kyiv on Monday."
        boolean unknownSubject = false; // "Newsom spoke with President Biden": a name no list knows
        for (int k = from; k < cueToken; k++) {
            int mi = mentionAt[k];
            if (mi < 0 && quoteAt[k] < 0 && !unknownSubject) {
                unknownSubject = unknownNameActs(k) || unknownNamePair(k);
            }
            if (mi < 0 || quoteAt[k] >= 0) {
                continue;
            }
            Mention m = mentions.get(mi);
            if (m.first() != k || m.type() != EntityType.PERSON) {
                continue;
            }
            if (m.last() + 1 < cueToken && t.is(m.last(), ',') && t.isWord(m.last() + 1) && t.lower(m.last() + 1).equals("whom")) {
                continue; // "Trump lashed out at Jerome Powell, whom he called …": "he" is not the one "whom" means
            }
            if (candidate == null) {
                candidate = m.canonical();
                candidateOpens = opensSentence(k);
            } else if (!candidate.equals(m.canonical())) {
                return null;
            }
            laterSentence |= k >= lastSentenceEnd;
        }
        String lastPerson = lastSpeaker != null && lastSpeaker.type() == SpeakerType.PERSON
                && lastSpeaker.name() != null && paragraph - lastParagraph <= 2 ? lastSpeaker.name() : null;
        if (candidate != null && !laterSentence && lastPerson != null && !lastPerson.equals(candidate)) {
            return null; // the speaker and someone their sentence named
        }
        if (candidate != null && lastPerson != null && !lastPerson.equals(candidate) && !candidateOpens
                && mayBe(lastPerson, gender) && mayBe(candidate, gender)) {
            // "Linda Thomas-Greenfield told the council … She was joined by Barbara Woodward. “…,” she
            // said": the last speaker and the one named since both fit the pronoun.
            return null;
        }
        if (unknownSubject && (candidate != null || lastPerson != null)) {
            return null; // someone the lists do not know may be the one the pronoun means
        }
        if (candidate == null && lastPerson != null) {
            candidate = lastPerson; // nobody new named since: the last speaker is still in focus
            int sentenceFirst = Math.max(floor, t.indexAt(s.start[lastSentence]));
            for (int k = sentenceFirst; k < lastCueToken; k++) {
                int mi = mentionAt[k];
                if (mi >= 0 && quoteAt[k] < 0 && mentions.get(mi).first() == k
                        && mentions.get(mi).type() == EntityType.PERSON
                        && !mentions.get(mi).canonical().equals(candidate)) {
                    return null;
                }
            }
        }
        if (candidate == null) {
            return null;
        }
        NameTable.Person person = names.get(candidate);
        if (person == null) {
            return null;
        }
        if (!mayBe(candidate, gender)) {
            return null;
        }
        return person;
    }

    /**
     * Whether token {@code k} is a capitalised word no list knows, opening its sentence and followed
     * by a verb in the past: most likely a person's surname ("Newsom spoke with …").
     */
    private boolean unknownNameActs(int k) {
        if (!t.isWord(k) || !t.isCapitalized(k) || t.form(k).classes != 0 || k + 1 >= t.size
                || t.indexAt(s.start[sentenceOf(k)]) != k) {
            return false;
        }
        if (t.is(k + 1, ',') && mentionAt[k] < 0) {
            return true; // "Quiroga, speaking to reporters in Santa Cruz, accused …": a name no list knows
        }
        if (!t.isWord(k + 1)) {
            return false;
        }
        String next = t.lower(k + 1);
        return t.has(k + 1, WordClass.SPEECH) || t.has(k + 1, WordClass.IRREGULAR_PAST)
                || next.endsWith("ed") && next.length() > 4 && t.has(k + 1, WordClass.VERB);
    }

    /**
     * Whether tokens {@code k}, {@code k + 1} look like a person's name no list knows ("the
     * billionaire Bidzina Ivanishvili", "trader Blessing Amadi"): two capitalised words that are no
     * known word, inside a sentence. A pronoun after one may mean that person.
     */
    private boolean unknownNamePair(int k) {
        if (k + 2 >= t.size || !t.isWord(k) || !t.isWord(k + 1) || !t.isCapitalized(k) || !t.isCapitalized(k + 1)
                || mentionAt[k + 1] >= 0 || quoteAt[k + 1] >= 0 || t.form(k).classes != 0 || t.form(k + 1).classes != 0) {
            return false;
        }
        if (k == 0 || t.lineBreakBetween(k - 1, k) || t.indexAt(s.start[sentenceOf(k)]) == k) {
            return t.is(k + 2, ','); // "Montserrat Puig, 67, a retired nurse, said": a name opening its sentence
        }
        if (!(t.isWord(k - 1) && !t.isCapitalized(k - 1) || t.is(k - 1, ','))) {
            return false;
        }
        int after = k + 2; // a name ends there: at a comma or before its verb ("Blessing Amadi, said", "… Puig said")
        return after < t.size && (t.is(after, ',') || t.isWord(after) && !t.isCapitalized(after)
                && t.has(after, WordClass.SPEECH | WordClass.FINITE | WordClass.CHARACTERIZING));
    }

    /** Whether the mention at token {@code k} is its sentence's subject: no pronoun or verb before it there. */
    private boolean opensSentence(int k) {
        int start = t.indexAt(s.start[sentenceOf(k)]);
        if (k - start > 10) {
            return false;
        }
        for (int i = start; i < k; i++) {
            if (t.isWord(i) && t.has(i, WordClass.PRONOUN | WordClass.FINITE | WordClass.VERB | WordClass.SPEECH)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the person of this full name may be what a pronoun of {@code gender} refers to. */
    private boolean mayBe(String fullName, char gender) {
        NameTable.Person p = names.get(fullName);
        return p == null || p.gender == 0 || p.gender == 'u' || p.gender == gender;
    }

    /** The sentence that holds token {@code k}. */
    private int sentenceOf(int k) {
        int offset = t.start[k];
        int lo = 0;
        int hi = s.count - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.start[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The organisation or outlet named inside tokens [a, end), or null. */
    private Mention namedInside(int a, int end) {
        for (int k = a; k < end; k++) {
            if (mentionAt[k] >= 0) {
                Mention m = mentions.get(mentionAt[k]);
                if (m.type() == EntityType.MEDIA || m.type() == EntityType.ORGANIZATION) {
                    return m;
                }
            }
        }
        return null;
    }

    private Mention lastMention(int before, boolean orgToo) {
        for (int k = before - 1; k >= 0 && before - k < 3000; k--) {
            int mi = mentionAt[k];
            if (mi < 0) {
                continue;
            }
            Mention m = mentions.get(mi);
            if (m.first() > 0 && t.is(m.first() - 1, '(') && t.is(m.last(), ')')) {
                continue; // "KYIV (Reuters) -": the dateline's agency files the story, it is not "the agency"
            }
            if (m.type() == EntityType.MEDIA || orgToo && m.type() == EntityType.ORGANIZATION
                    && m.canonical().toLowerCase(java.util.Locale.ROOT).contains("agency")) {
                return m; // "the agency": an outlet, or a body that is an agency by name (IAEA, UNRWA, …)
            }
        }
        return null;
    }
}


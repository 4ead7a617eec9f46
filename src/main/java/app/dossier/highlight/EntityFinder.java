package app.dossier.highlight;

import app.dossier.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the actors of an article: gazetteer names (countries with demonyms and capitals, regions,
 * organisations, media, well-known leaders) and people's names recognised by their shape (a known
 * given name, a title, a role apposition, a speech verb). Fills the article's {@link NameTable} as
 * names are introduced, so later surnames resolve to full names. Per article; not shared.
 */
final class EntityFinder {

    private final Tokens t;
    private final Gazetteer g;
    private final boolean[] skip;
    private final NameTable names;
    private final List<Mention> mentions = new ArrayList<>();
    private final int[] lastOut = new int[1];

    private EntityFinder(Tokens t, Gazetteer g, boolean[] skip, NameTable names) {
        this.t = t;
        this.g = g;
        this.skip = skip;
        this.names = names;
    }

    /** Mentions in text order; {@code skip} marks tokens to ignore (boilerplate). */
    static List<Mention> find(Tokens t, Gazetteer g, boolean[] skip, NameTable names) {
        EntityFinder f = new EntityFinder(t, g, skip, names);
        f.run();
        return f.mentions;
    }

    private void run() {
        int i = 0;
        while (i < t.size) {
            if (skip[i] || !t.isWord(i)) {
                i++;
                continue;
            }
            Gazetteer.Name name = g.match(t, i);
            if (name != null && name.type() == EntityType.PERSON && name.tokens().length == 1) {
                String own = names.bySurname(t.word(i));
                if (own != null && !own.equals(name.canonical())) {
                    name = null; // "Wang Jianguo … Wang said": the article's Wang, not the gazetteer's
                }
            }
            if (name != null && name.type() == EntityType.MEDIA && COMMON_WORD_TITLES.contains(t.word(i + name.tokens().length - 1))) {
                int after = i + name.tokens().length;
                if (after < t.size && t.isWord(after) && t.isCapitalized(after) && !t.lineBreakBetween(after - 1, after)
                        && !t.has(after, WordClass.ROLE | WordClass.SPEECH)) {
                    name = null; // "The Independent National Electoral Commission": a longer name, not the paper
                }
            }
            if (name != null && !(name.tokens().length == 1 && looksLikePersonAround(i))) {
                i = addGazetteer(name, i);
                continue;
            }
            if (t.isCapitalized(i)) {
                i = person(i);
                continue;
            }
            i++;
        }
        georgiaTheState();
    }

    /** Words next to "Georgia" that only the U.S. state has: "Georgia Republican", "Georgia Gov. Brian Kemp". */
    private static final java.util.Set<String> STATE_WORDS_AFTER = Vocabulary.set("republican", "republicans",
            "democrat", "democrats", "democratic", "gop", "gov", "governor", "sen", "senator", "rep", "senate",
            "secretary", "statehouse", "county");
    /** Titles of U.S. office holders: "Sen. Jon Ossoff of Georgia". */
    private static final java.util.Set<String> STATE_TITLES = Vocabulary.set("sen", "senator", "rep",
            "representative", "congressman", "congresswoman", "gov", "governor");
    /** Cities named with their state: "Atlanta, Georgia". */
    private static final java.util.Set<String> STATE_CITIES = Vocabulary.set("atlanta", "savannah", "augusta",
            "macon", "marietta", "columbus");

    /**
     * "Senator Jon Ossoff of Georgia", "Atlanta, Georgia", "Georgia Republicans": the article is
     * about the U.S. state, not the country, and so is every "Georgia" in it.
     */
    private void georgiaTheState() {
        boolean state = false;
        for (Mention m : mentions) {
            if (m.type() == EntityType.COUNTRY && m.canonical().equals("Georgia") && isStateMention(m)) {
                state = true;
                break;
            }
        }
        if (!state) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.COUNTRY && m.canonical().equals("Georgia") && t.word(m.first()).equals("Georgia")) {
                mentions.set(i, new Mention(m.first(), m.last(), m.start(), m.end(), EntityType.REGION,
                        "Georgia (U.S. state)", false, null));
            }
        }
    }

    private boolean isStateMention(Mention m) {
        int f = m.first();
        int l = m.last();
        if (!t.word(f).equals("Georgia")) {
            return false; // "Georgian" is the country's
        }
        int after = t.isPossessive(l) ? l + 1 : l;
        if (after < t.size && t.isWord(after) && !t.lineBreakBetween(f, after)
                && STATE_WORDS_AFTER.contains(t.lower(after))) {
            return true;
        }
        if (f >= 2 && t.is(f - 1, ',') && t.isWord(f - 2) && STATE_CITIES.contains(t.lower(f - 2))) {
            return true;
        }
        if (f >= 2 && t.isWord(f - 1) && t.lower(f - 1).equals("of")) {
            // "Sen. Jon Ossoff of Georgia": a U.S. title opens the name before "of"
            for (Mention p : mentions) {
                if (p.type() == EntityType.PERSON && p.last() == f - 1) {
                    int k = p.first() - 1;
                    if (k >= 0 && t.is(k, '.')) {
                        k--;
                    }
                    return k >= 0 && t.isWord(k) && STATE_TITLES.contains(t.lower(k));
                }
            }
        }
        return false;
    }

    /** "King said" after "Martin Luther King Jr.": a title word that is a surname of the article, standing alone. */
    private boolean surnameAlone(int a) {
        return a + 1 < t.size && t.isWord(a + 1) && !t.isCapitalized(a + 1)
                && (speechVerbAt(a + 1) || t.has(a + 1, WordClass.CHARACTERIZING))
                && names.bySurname(t.word(a)) != null;
    }

    /** Newspapers named by a common word, which may open a longer name: "The Independent National Electoral Commission". */
    private static final java.util.Set<String> COMMON_WORD_TITLES = java.util.Set.of("Independent", "Guardian", "Times",
            "Telegraph", "Observer", "Mirror", "Sun", "Economist", "Hill", "Post", "Express", "Mail", "Nation", "Globe",
            "Herald", "Tribune", "Star");

    /** Titles that only ever stand before a person's name: what follows them is a name. */
    private static final java.util.Set<String> PERSON_TITLES = java.util.Set.of("Judge", "Premier", "Marshal", "Dame",
            "Sir", "Minister", "Secretary", "Senator", "Governor", "President", "Chancellor", "Ambassador", "General",
            "Executive", "Prosecutor", "Commodore", "Speaker",
            "Admiral", "Commissioner", "Mayor", "Sheikh", "Emir", "Prince", "Princess", "Justice", "Commander");

    private boolean noStopWord(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isWord(k) && t.has(k, WordClass.STOP)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGenerationSuffix(String w) {
        return NameTable.isGenerationSuffix(w);
    }

    private boolean looksLikePersonAround(int i) {
        // "Michael Jordan", "Chad Smith": a country-like word inside a person's name.
        return i > 0 && t.isCapitalized(i - 1) && t.form(i - 1).given != 0 && !t.lineBreakBetween(i - 1, i)
                && g.match(t, i - 1) == null;
    }

    private int addGazetteer(Gazetteer.Name name, int i) {
        int last = i + name.tokens().length;
        int first = i;
        if (name.canonical().startsWith("The ") && i > 0 && t.word(i - 1).equals("The")) {
            first = i - 1;
        }
        if (name.type() == EntityType.PERSON && last + 1 < t.size && t.isWord(last) && t.word(last).equals("Al")
                && t.isCapitalized(last + 1) && !t.lineBreakBetween(last, last + 1)) {
            last += 2; // "Prince Faisal bin Farhan Al Saud": the family name is part of the gazetteer's name
        }
        if (name.type() == EntityType.PERSON && last < t.size && t.isWord(last) && isGenerationSuffix(t.word(last))
                && !t.lineBreakBetween(last - 1, last)) {
            last++; // "Ferdinand Marcos Jnr"
            if (last < t.size && t.is(last, '.') && last + 1 < t.size && !t.isCapitalized(last + 1)) {
                last++;
            }
        }
        if (name.type() == EntityType.PERSON) {
            String full = name.canonical();
            String role = Roles.before(t, g, first, sentenceFloor(first));
            String app = Roles.apposition(t, last, t.size, lastOut);
            names.add(full, role != null ? role : app, true, g.givenName(full.split(" ")[0]));
        }
        String canonical = name.canonical();
        if (name.type() == EntityType.ORGANIZATION) {
            String country = countryBefore(first);
            String written = t.text.substring(t.start[first], t.end[last - 1]);
            if (country != null && (NATIONAL_BODIES.contains(canonical) || UN_BODIES_BY_SHORT_NAME.contains(written))) {
                // "Russia's Security Council", "the Russian Defence Ministry": that country's body.
                canonical = (NATIONAL_BODIES.contains(canonical) ? canonical : written) + " (" + country + ")";
            }
        }
        mentions.add(new Mention(first, last, t.start[first], t.end[last - 1], name.type(), canonical,
                name.government(), name.capitalOf()));
        return last;
    }

    /** Government bodies every country has, named without the country in the gazetteer. */
    private static final java.util.Set<String> NATIONAL_BODIES = java.util.Set.of("Ministry of Defence", "Foreign Ministry");

    /** Short names of UN bodies that countries' own bodies also bear. */
    private static final java.util.Set<String> UN_BODIES_BY_SHORT_NAME = java.util.Set.of("Security Council",
            "General Assembly");

    /** The country named right before token {@code k} ("Russia's", "Russian"), or {@code null}. */
    private String countryBefore(int k) {
        if (mentions.isEmpty()) {
            return null;
        }
        Mention m = mentions.get(mentions.size() - 1);
        boolean adjacent = m.last() == k || m.last() == k - 1 && t.isPossessive(k - 1);
        return adjacent && m.type() == EntityType.COUNTRY ? m.canonical() : null;
    }

    /** Occupations written before a name at a sentence's start: "Analyst Jacob Pedersen said". */
    private static final Set<String> LEADING_ROLES = Vocabulary.set("analyst", "economist", "reporter", "journalist",
            "correspondent", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "researcher", "historian",
            "diplomat", "activist", "commentator", "strategist", "editor", "author", "negotiator", "envoy", "adviser",
            "advisor", "aide", "expert", "scholar", "columnist", "pollster", "photographer", "novelist");

    private int person(int i) {
        int a = i;
        boolean titled = false;
        // Leading titles and honorifics: "Foreign Minister", "Mr.", "Gen."
        while (a < t.size && t.isCapitalized(a) && (t.has(a, WordClass.TITLE) || Roles.isHonorific(t.word(a))
                || LEADING_ROLES.contains(t.lower(a)) && a + 1 < t.size && t.isCapitalized(a + 1) && t.form(a + 1).given != 0)
                && t.form(a).given == 0 && !isPeerage(a) && !surnameAlone(a)) { // "Analyst Jacob Pedersen said"
            titled = true;
            a++;
            if (t.is(a, '.')) {
                a++;
            }
        }
        if (a >= t.size || !t.isCapitalized(a) || a > i && t.lineBreakBetween(a - 1, a)) {
            return Math.max(a, i + 1);
        }
        if (a > i && g.match(t, a) != null) {
            return a; // "President Putin" when Putin is a gazetteer name: let the gazetteer take it
        }
        int b = nameEnd(a, a);
        for (int k = b - 3; k >= a; k--) {
            if (t.isWord(k) && (t.has(k, WordClass.TITLE) || PERSON_TITLES.contains(t.word(k))) && t.isCapitalized(k + 1) && t.isWord(k + 1)
                    && !t.has(k + 1, WordClass.TITLE) && (t.form(k + 1).given != 0 || PERSON_TITLES.contains(t.word(k))
                    && noStopWord(k + 1, b)) && !t.lineBreakBetween(k, k + 1)) {
                // "U.S. District Judge Amit Mehta", "Ontario Premier Doug Ford", "Field Marshal Asim
                // Munir": the name starts after the last title; the words before it are the role
                a = k + 1;
                titled = true;
                b = nameEnd(a, b);
                break;
            }
        }
        if (b == a) {
            return a + 1;
        }
        return personName(i, a, b, titled);
    }

    /** Where a name starting at token {@code a} ends, scanning on from {@code from}: at most five tokens. */
    private int nameEnd(int a, int from) {
        int b = from;
        while (b < t.size && b - a < 5 && !skip[b] && !t.lineBreakBetween(Math.max(a, b - 1), b)) {
            if (b > a && t.has(b, WordClass.WEEKDAY | WordClass.OFFICER_TITLE)) {
                break; // "Richard Marles Saturday said", "AT&T CFO John Stephens": not part of a name
            }
            if (b - a >= 2 && t.isWord(b) && t.has(b, WordClass.VERB) && t.form(b).given == 0 && t.lower(b).endsWith("s")
                    && b + 1 < t.size && t.isCapitalized(b + 1)) {
                break; // a headline: "Attorney Ted Olson Joins Apple's Fight"
            }
            if (t.isCapitalized(b) && (b == a || g.match(t, b) == null || countryAsSurname(a, b))) {
                b++;
            } else if (b > a && t.isWord(b) && t.has(b, WordClass.NAME_PARTICLE) && t.isCapitalized(b + 1)) {
                b++;
            } else if (b > a && t.isWord(b) && (t.word(b).startsWith("al-") || t.word(b).startsWith("el-"))) {
                b++;
            } else if (b > a && t.is(b, '.') && t.end[b - 1] - t.start[b - 1] == 1 && t.isCapitalized(b + 1)) {
                b++; // an initial: "Joseph R. Biden"
            } else {
                break;
            }
        }
        return b;
    }

    private int personName(int i, int a, int b, boolean titled) {
        if (b - a >= 3 && t.is(b, '.') && isGenerationSuffix(t.word(b - 1)) && b + 1 < t.size
                && (t.isWord(b + 1) && !t.isCapitalized(b + 1) || t.is(b + 1, ','))) {
            b++; // "Martin Luther King Jr. once said": the period is the name's, not the sentence's
        }
        if (a == i && afterPersonOf(a)) {
            // "Senator Ted Cruz of Texas said", "Kara Swisher of Recode": where the person is from or
            // works, not a second person; what kind of name it is the words do not say.
            return b;
        }
        String first = t.word(a);
        boolean givenJan = janAsGivenName(a, b); // "Jan Lipavsky", not January
        if (t.has(a, WordClass.MONTH_OR_DAY) && !givenJan || t.has(a, WordClass.STOP) && !titled) {
            return a + 1;
        }
        for (int k = a; k < b; k++) {
            if (t.has(k, WordClass.NON_PERSON_HEAD) || t.has(k, WordClass.MONTH_OR_DAY) && !(k == a && givenJan)) {
                return b;
            }
        }
        int len = b - a;
        boolean sentenceStart = a == 0 || t.is(a - 1, '.') || t.lineBreakBetween(a - 1, a)
                || t.is(a - 1, '\u201C') || t.is(a - 1, '"')
                || (t.is(a - 1, '\u201D') || t.is(a - 1, '"')) && (t.is(a - 2, '.') || t.is(a - 2, '?') || t.is(a - 2, '!'));
        boolean speaks = speechVerbAt(b) || b < t.size && t.isWord(b) && t.has(b, WordClass.CHARACTERIZING)
                && t.lower(b).endsWith("ed") && !(b + 1 < t.size && t.isWord(b + 1) && t.lower(b + 1).equals("by"));
        // ("Kemi Badenoch described …", not "popular Web brands" nor "Models described by")
        if (len >= 2) {
            String role = Roles.before(t, g, a, sentenceFloor(a));
            if (role == null && a >= 2 && t.is(a - 1, ',') && t.is(b, ',')) {
                role = Roles.before(t, g, a - 1, sentenceFloor(a - 1)); // "Argentina's economy minister, Javier Molina,"
            }
            String app = Roles.apposition(t, b, t.size, lastOut);
            char gender = t.form(a).given;
            boolean person = gender != 0 || titled || role != null || app != null || speaks || whoFollows(b)
                    || roleApposed(a, b) || givenJan
                    || afterSpeechVerb(a) && len <= 3 || isPeerage(a) || names.get(t.text.substring(t.start[a], t.end[b - 1])) != null;
            if (!person || allCaps(a, b)) {
                return b;
            }
            if (!titled && gender == 0 && t.has(b - 1, WordClass.TITLE | WordClass.ROLE) && !isGenerationSuffix(t.word(b - 1))) {
                return b; // "a fellow Conservative MP", "the Labour Minister": a description, not a name
            }
            String full = t.text.substring(t.start[a], t.end[b - 1]);
            if (isGenerationSuffix(t.word(b - 1))) {
                full += "."; // "King Jr" at a sentence's end is the "King Jr." of the sentence before
            }
            String known = names.bySurname(t.word(b - 1));
            if (len == 2 && known != null && known.endsWith(" " + t.word(b - 1)) && gender == 0 && !titled
                    && t.form(a).classes != 0) {
                // "Defence Healey" for the Healey named before; but "María Villalobos" is not "Carmen Villalobos"
                full = known;
            }
            String chosenRole = role != null ? role : app;
            names.add(full, chosenRole, Roles.isOfficial(chosenRole) || g.isLeader(full), gender);
            mentions.add(new Mention(a, b, t.start[a], t.end[b - 1], EntityType.PERSON, full, false, null));
            return b;
        }
        String word = t.word(a);
        String full = names.bySurname(word);
        if (full == null && !names.isAmbiguous(word)) {
            full = g.leaderBySurname(word);
            if (full != null) {
                names.add(full, null, true, g.givenName(full.split(" ")[0]));
            }
        }
        boolean inLongerName = a > 0 && t.isWord(a - 1) && (t.lower(a - 1).equals("and") || t.lower(a - 1).equals("of")
                || t.lower(a - 1).equals("for")); // "The Chamber of Industry and Commerce said"
        if (full == null && !titled && speaks && !sentenceStart && !t.has(a, WordClass.STOP | WordClass.GROUP | WordClass.PRONOUN)
                && !inLongerName && !(a > 0 && t.isWord(a - 1) && t.isCapitalized(a - 1))
                && !allCaps(a, b) && t.form(a).given == 0 && !names.isAmbiguous(word)
                && word.indexOf('\'') < 0 && word.indexOf('\u2019') < 0 && !NameTable.surnameShape(word)) {
            // "“Demand remains challenging,” Volkswagen said": one unknown word, never introduced as
            // a person's name, speaking: a company or a body far more often than a bare surname
            mentions.add(new Mention(a, b, t.start[a], t.end[b - 1], EntityType.ORGANIZATION, word, false, null));
            return b;
        }
        if (full == null && (titled || speaks && !sentenceStart && !inLongerName) && !t.has(a, WordClass.STOP | WordClass.GROUP)
                && !allCaps(a, b)) {
            full = word;
            names.add(full, titled ? Roles.before(t, g, a, sentenceFloor(a)) : null, false, 'u');
        }
        if (full != null) {
            mentions.add(new Mention(a, b, t.start[a], t.end[b - 1], EntityType.PERSON, full, false, null));
        }
        return b;
    }

    /**
     * "Poland's deputy defense minister, Paweł Bejda, said": a name set off by commas right after a
     * role noun is the person holding the role, whether or not its given name is known.
     */
    private boolean roleApposed(int a, int b) {
        return a >= 2 && b < t.size && t.is(a - 1, ',') && t.isWord(a - 2) && t.has(a - 2, WordClass.ROLE)
                && (t.is(b, ',') || t.is(b, '.'));
    }

    /**
     * "Rep. Jim Jordan", "Michael Jordan", "Chad Smith": a one-word place name right after a given
     * name, and no further capitalised word, is the surname.
     */
    private boolean countryAsSurname(int a, int b) {
        Gazetteer.Name name = g.match(t, b);
        return b == a + 1 && name != null && name.tokens().length == 1 && t.form(a).given != 0
                && g.match(t, a) == null && !t.lineBreakBetween(a, b) && (b + 1 >= t.size || !t.isCapitalized(b + 1));
    }

    /** Whether token {@code a} follows "of" right after a person's name ("Mayor Vitali Klitschko of …"). */
    private boolean afterPersonOf(int a) {
        if (a < 2 || mentions.isEmpty() || !t.isWord(a - 1) || !t.lower(a - 1).equals("of")) {
            return false;
        }
        Mention m = mentions.get(mentions.size() - 1);
        return m.last() == a - 1 && m.type() == EntityType.PERSON;
    }

    /** "Jan" before a capitalised name that is no date: the given name, never January ("Jan." or "Jan 5"). */
    private boolean janAsGivenName(int a, int b) {
        return b > a + 1 && t.word(a).equals("Jan") && !t.is(a + 1, '.') && t.isCapitalized(a + 1)
                && !t.has(a + 1, WordClass.MONTH_OR_DAY);
    }

    /** "Condoleezza Rice, who served as …": a relative "who" follows people, not organisations. */
    private boolean whoFollows(int b) {
        return b + 1 < t.size && t.is(b, ',') && t.isWord(b + 1) && t.lower(b + 1).equals("who");
    }

    /** "Lord Richards", "Baroness Ashton": a peer is named by the title. */
    private boolean isPeerage(int a) {
        String w = t.word(a);
        return (w.equals("Lord") || w.equals("Lady") || w.equals("Baroness")) && t.isCapitalized(a + 1)
                && !t.isCapitalized(a + 2) && g.match(t, a + 1) == null;
    }

    private boolean afterSpeechVerb(int a) {
        int k = a - 1;
        return k >= 0 && t.isWord(k) && t.has(k, WordClass.SPEECH)
                && !t.has(k, WordClass.AMBIGUOUS);
    }

    private boolean allCaps(int a, int b) {
        for (int k = a; k < b; k++) {
            String w = t.word(k);
            for (int c = 0; c < w.length(); c++) {
                if (Character.isLowerCase(w.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean speechVerbAt(int i) {
        int k = i;
        while (k < t.size && k - i < 3 && t.isWord(k) && t.has(k, WordClass.PRELUDE)) {
            k++;
        }
        return k < t.size && t.isWord(k) && t.has(k, WordClass.SPEECH)
                && !t.has(k, WordClass.AMBIGUOUS);
    }

    /** The first token of the sentence around token {@code i}, roughly: back to a full stop or line break. */
    private int sentenceFloor(int i) {
        int k = i - 1;
        while (k >= 0 && i - k < 12) {
            if (t.is(k, '.') && k > 0 && (t.has(k - 1, WordClass.RANK) || Roles.isHonorific(t.word(k - 1)))) {
                k -= 2; // "Rep." or "Mr." is not the end of a sentence
                continue;
            }
            if (t.is(k, '.') || t.is(k, '!') || t.is(k, '?') || t.is(k, ';') || t.is(k, ',')
                    || t.is(k, ':') || t.is(k, '\u201C') || t.is(k, '\u201D') || t.is(k, '"')
                    || k + 1 < t.size && t.lineBreakBetween(k, k + 1)) {
                return k + 1;
            }
            k--;
        }
        return Math.max(0, k + 1);
    }
}

package app.dossier.highlight;

import java.util.Locale;

/**
 * Finds the role an article gives a person: an apposition ("Andriy Zagorodnyuk, a former Ukrainian
 * defense minister, said") or words before the name ("Foreign Minister Annalena Baerbock"), and
 * decides whether a role makes its holder an official. Stateless.
 */
final class Roles {

    static final java.util.Set<String> PRE_MODIFIERS = Vocabulary.set("former", "deputy", "acting",
            "senior", "top", "chief", "foreign", "defense", "defence", "prime", "interior", "state",
            "security", "national", "then", "ex", "vice", "first", "special", "presidential", "military",
            "finance", "economy", "energy", "justice", "health", "trade", "of", "for", "the", "affairs",
            "general", "supreme", "high", "outgoing", "incoming", "longtime", "veteran", "u.s.", "us",
            "crown", "press", "european", "war", "intelligence", "opposition", "party", "government",
            "ministry", "military", "army", "navy", "air", "force", "staff", "regional", "local", "city",
            "council", "parliamentary", "parliament", "white", "house", "kremlin", "nato", "eu", "un",
            "u.n.", "human", "rights", "policy", "economic", "digital", "climate", "environment", "home",
            "treasury", "commerce", "agriculture", "culture", "education", "transport", "infrastructure",
            "development", "cooperation", "relations", "communications", "information", "nuclear",
            "armed", "forces", "ground", "naval", "secretary-general", "chief-of-staff", "district",
            "assistant", "associate", "executive", "managing", "founding", "retired");

    /** Abbreviated ranks and offices written before a name; all of them are official. */
    static final java.util.Set<String> RANKS = Vocabulary.set("Rep", "Sen", "Gov", "Gen", "Adm", "Col", "Lt",
            "Maj", "Capt", "Sgt", "Cmdr", "Brig", "Amb", "Pres", "Min");

    private Roles() {
    }

    /**
     * The role written just before a name that starts at token {@code nameStart}, or {@code null}.
     * Honorifics alone (Mr., Dr.) are not a role.
     */
    static String before(Tokens t, Gazetteer g, int nameStart, int limit) {
        int i = nameStart - 1;
        if (i - 1 >= limit && t.is(i, '.') && isHonorific(t.word(i - 1))) {
            i -= 2;
        } else if (i >= limit && t.isWord(i) && isHonorific(t.word(i))) {
            i--;
        }
        int last = i;
        int first = -1;
        boolean hasRole = false;
        if (i - 1 >= limit && t.is(i, '.') && t.has(i - 1, WordClass.RANK)) {
            // "Rep. Greene", "Gen. Syrskyi": an abbreviated rank is the role.
            last = i;
            first = i - 1;
            hasRole = true;
            i -= 2;
        }
        while (i >= limit && last - i < 9) {
            if (t.isPossessive(i)) {
                i--;
                continue;
            }
            if (!t.isWord(i) || t.lineBreakBetween(i, i + 1)) {
                break;
            }
            String lower = t.lower(i);
            if (lower.equals("a") || lower.equals("an") || lower.equals("the")
                    && !(i - 1 >= limit && t.lower(i - 1).equals("of"))) {
                break;
            }
            boolean role = t.has(i, WordClass.ROLE);
            boolean modifier = t.has(i, WordClass.PRE_MODIFIER | WordClass.TITLE)
                    || isCountryWord(t, g, i);
            if (!role && !modifier) {
                break;
            }
            hasRole |= role;
            first = i;
            i--;
        }
        if (!hasRole || first < 0) {
            return null;
        }
        while (first < last && (t.lower(first).equals("of") || t.lower(first).equals("for")
                || POSSESSIVE_PRONOUNS.contains(t.lower(first)))) {
            first++; // "His spokesman, Stéphane Dujarric": the role is "spokesman"
        }
        return t.text.substring(t.start[first], t.end[last]);
    }

    /**
     * The role in an apposition after a name that ends before token {@code after} (which must be a
     * comma), or {@code null}. Also returns its last token via {@code lastOut[0]}.
     */
    static String apposition(Tokens t, int after, int limit, int[] lastOut) {
        if (!t.is(after, ',')) {
            return null;
        }
        int i = after + 1;
        int first = i;
        boolean hasRole = false;
        int cut = -1; // where a participle phrase after the role starts: "the EU's chief, speaking in …"
        while (i < limit && i - first < 16) {
            if (t.is(i, ',') || t.is(i, '.') || t.is(i, ';') || t.is(i, ':') || t.is(i, '(')
                    || t.is(i, '\u2014') || t.is(i, ')') || !t.isWord(i) && !t.isPossessive(i) && !t.is(i, '-')) {
                break;
            }
            String lower = t.lower(i);
            if (i == first && (lower.equals("who") || lower.equals("which") || lower.equals("said")
                    || lower.equals("says") || lower.equals("and") || lower.equals("but")
                    || lower.equals("however") || lower.equals("according"))) {
                return null;
            }
            if (t.has(i, WordClass.SPEECH) && i > first) {
                return null; // "X, the minister said" is a clause, not an apposition
            }
            if (hasRole && i > first && cut < 0 && participlePhraseAt(t, i, limit)) {
                cut = i;
            }
            if (t.has(i, WordClass.ROLE)) {
                hasRole = true;
            }
            i++;
        }
        if (!hasRole || i == first) {
            return null;
        }
        boolean closed = i >= limit || t.is(i, ',') || t.is(i, '.') || t.is(i, ';') || t.is(i, '\u2014')
                || t.is(i, ':') || t.is(i, ')');
        if (!closed) {
            return null;
        }
        int start = first;
        String firstLower = t.lower(start);
        if ((firstLower.equals("a") || firstLower.equals("an") || firstLower.equals("the")) && start + 1 < i) {
            start++;
        }
        lastOut[0] = i - 1;
        int end = cut > start ? cut : i;
        return t.text.substring(t.start[start], t.end[end - 1]);
    }

    /**
     * Whether a participle phrase about the person starts at token {@code i} of an apposition, after
     * its role: "the EU foreign policy chief speaking in Brussels", "the head of his office standing
     * next to him", "the former commander-in-chief now serving as ambassador". An "-ing" word after
     * an article or a preposition describes a noun instead ("the head of the ruling party").
     */
    private static boolean participlePhraseAt(Tokens t, int i, int limit) {
        if (!t.isWord(i) || i == 0 || !t.isWord(i - 1)) {
            return false;
        }
        String w = t.lower(i);
        if ((w.equals("now") || w.equals("currently") || w.equals("still")) && i + 1 < limit && t.isWord(i + 1)) {
            String next = t.lower(i + 1);
            return next.endsWith("ing") && next.length() > 4;
        }
        return w.endsWith("ing") && w.length() > 4 && !t.isCapitalized(i) && !t.has(i, WordClass.ROLE)
                && !t.has(i - 1, WordClass.DETERMINER | WordClass.PREPOSITION) && i + 1 < limit && t.isWord(i + 1);
    }

    /** Whether a role (or an unnamed source's description) marks an official. */
    static boolean isOfficial(String role) {
        if (role == null) {
            return false;
        }
        Boolean known = OFFICIAL_MEMO.get(role);
        if (known == null) {
            if (OFFICIAL_MEMO.size() >= MEMO_LIMIT) {
                OFFICIAL_MEMO.clear();
            }
            known = officialRole(role);
            OFFICIAL_MEMO.put(role, known);
        }
        return known;
    }

    /**
     * Answers of {@link #isOfficial} by role: news repeats its roles ("a spokeswoman for the
     * ministry", "Foreign Minister") from article to article, and an answer never changes.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> OFFICIAL_MEMO =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 8192;

    private static boolean officialRole(String role) {
        if (role.equals("Representative") || role.equals("Rep.") || role.equals("Rep")) {
            return true; // the title of a member of the U.S. House: "Representative Troy Carter"
        }
        String lower = role.toLowerCase(Locale.ROOT);
        boolean neutral = false;
        boolean government = false;
        for (String w : words(lower)) {
            String bare = w.endsWith("’s") || w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (w.length() <= 5 && w.length() > 1 && RANKS.contains(Character.toUpperCase(w.charAt(0))
                    + (w.endsWith(".") ? w.substring(1, w.length() - 1) : w.substring(1)))) {
                return true;
            }
            if (Vocabulary.OFFICIAL_ROLES.contains(bare)) {
                if (!bare.equals("president") || !lower.contains("vice president of") && !lower.contains("president of the company")) {
                    return true;
                }
            }
            if (bare.equals("adviser") || bare.equals("advisor") || bare.equals("aide") || bare.equals("head")
                    || bare.equals("chief") || bare.equals("director") || bare.equals("deputy")
                    || bare.equals("spokesman") || bare.equals("representative") || bare.equals("sources")
                    || bare.equals("source") || bare.equals("member") || bare.equals("leader")
                    || bare.equals("leaders") || bare.equals("officer") || bare.equals("officers")
                    || bare.equals("chairman") || bare.equals("chairwoman") || bare.equals("chair")
                    || bare.equals("member") || bare.equals("deputy") || bare.equals("advisers")) {
                neutral = true;
            }
            if ((bare.equals("leader") || bare.equals("leaders")) && !containsAny(lower, NON_STATE_LEADERS)) {
                return true;
            }
            if (Vocabulary.GOVERNMENT_WORDS.contains(bare)) {
                government = true;
            }
        }
        return neutral && government;
    }

    /** The words of a role, split at spaces and commas (no regular expression: this runs per speaker). */
    private static java.util.List<String> words(String s) {
        java.util.List<String> out = new java.util.ArrayList<>(6);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean sep = i == s.length() || s.charAt(i) == ' ' || s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i));
            if (sep) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** Words that make a leader no official: an opposition, party, rebel, union or church leader. */
    private static final String[] NON_STATE_LEADERS = {"opposition", "party", "rebel", "militant", "protest",
        "religious", "business", "community", "movement", "group", "rights", "civil", "union", "student",
        "spiritual", "church", "faith", "labo"};

    private static boolean containsAny(String s, String[] parts) {
        for (String part : parts) {
            if (s.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> POSSESSIVE_PRONOUNS = java.util.Set.of("his", "her", "their", "its",
            "our", "my");

    static boolean isHonorific(String word) {
        return switch (word) {
            case "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Mr.", "Mrs.", "Ms.", "Dr." -> true;
            default -> false;
        };
    }

    private static boolean isCountryWord(Tokens t, Gazetteer g, int i) {
        Gazetteer.Name name = g.match(t, i);
        return name != null && name.tokens().length == 1 && name.type() != app.dossier.model.EntityType.PERSON;
    }

    static String singular(String lower) {
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }
}

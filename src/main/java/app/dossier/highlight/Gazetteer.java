package app.dossier.highlight;

import app.dossier.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name lists the analyser matches against: countries (with demonyms and capitals), regions and
 * places, organisations and media, well-known leaders, given names, the key-phrase lexicon and
 * stop words. Loaded once from resources by {@link GazetteerLoader}; immutable afterwards and safe
 * to share between threads. Per-word facts (names opening with a word, given names, word classes)
 * live in the {@link WordIndex}, where tokens find them by their characters.
 */
final class Gazetteer {

    /** One name the matcher knows, as a token sequence. */
    record Name(String[] tokens, String canonical, EntityType type, boolean government,
                String capitalOf) {
    }

    private final WordIndex words;
    private final List<String> lexicon;
    private final Map<String, String> leaderBySurname;
    private final Set<String> leaders;
    private final Map<String, List<String>> offices;

    Gazetteer(WordIndex words, List<String> lexicon, Map<String, String> leaderBySurname, Set<String> leaders,
              Map<String, List<String>> offices) {
        this.words = words;
        this.lexicon = lexicon;
        this.leaderBySurname = leaderBySurname;
        this.leaders = leaders;
        this.offices = offices;
    }

    static Gazetteer load() {
        return GazetteerLoader.load();
    }

    /** The index of every word the lists know, for {@link Tokens#of(String, WordIndex)}. */
    WordIndex words() {
        return words;
    }

    /**
     * The longest known name starting at token {@code i}, or {@code null}. Matching is
     * case-sensitive except for a leading "the".
     */
    Name match(Tokens t, int i) {
        if (t.matches == null) {
            t.matches = new Object[t.size];
        }
        Object memo = t.matches[i];
        if (memo == null) {
            Name found = lookup(t, i);
            t.matches[i] = found == null ? NO_MATCH : found;
            return found;
        }
        return memo == NO_MATCH ? null : (Name) memo;
    }

    private static final Object NO_MATCH = new Object();

    private static Name lookup(Tokens t, int i) {
        Name[] candidates = t.form(i).names;
        if (candidates == null) {
            return null;
        }
        for (Name name : candidates) {
            if (i + name.tokens.length > t.size) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < name.tokens.length && ok; k++) {
                ok = name.tokens[k].equals(t.word(i + k)) && !t.lineBreakBetween(i + k - 1, i + k);
            }
            if (ok) {
                return name;
            }
        }
        return null;
    }

    /** 'm', 'f' or 'u' for a known given name, else 0. */
    char givenName(String word) {
        Word w = words.get(word);
        return w == null ? 0 : w.given;
    }

    boolean isStopword(String lower) {
        return (words.lowerClasses(lower) & WordClass.STOP) != 0;
    }

    List<String> lexicon() {
        return lexicon;
    }

    /** The full name of a well-known leader with this unambiguous surname, or {@code null}. */
    String leaderBySurname(String surname) {
        return leaderBySurname.get(surname);
    }

    /**
     * Whether the leaders list gives {@code fullName} an office, held at the list's date, that
     * "the {@code adjective} {@code head}" describes: "the Ukrainian president" Volodymyr Zelensky,
     * "the British prime minister" Keir Starmer; the head "leader" fits a president, a prime
     * minister, a premier, a chancellor or a leader of that country.
     */
    boolean holdsOffice(String fullName, String adjective, String head) {
        List<String> held = offices.get(fullName);
        if (held == null) {
            return false;
        }
        String adj = adjective.toLowerCase(java.util.Locale.ROOT) + " ";
        String want = head.toLowerCase(java.util.Locale.ROOT);
        for (String office : held) {
            if (office.startsWith(adj) && (office.substring(adj.length()).equals(want) || want.equals("leader"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the leaders list gives {@code fullName} offices, all of them of other countries than {@code adjective}'s. */
    boolean officesOnlyElsewhere(String fullName, String adjective) {
        List<String> held = offices.get(fullName);
        if (held == null) {
            return false;
        }
        String adj = adjective.toLowerCase(java.util.Locale.ROOT) + " ";
        for (String office : held) {
            if (office.startsWith(adj)) {
                return false;
            }
        }
        return true;
    }

    boolean isLeader(String fullName) {
        return leaders.contains(fullName);
    }

    /** Number of names indexed; for tests and diagnostics. */
    int size() {
        int[] n = new int[1];
        words.forEach(w -> n[0] += w.names == null ? 0 : w.names.length);
        return n[0];
    }
}

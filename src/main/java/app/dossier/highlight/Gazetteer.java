package app.dossier.highlight;

import app.dossier.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The name lists the analyser matches against: countries (with demonyms and capitals), regions and
 * places, organisations and media, well-known leaders, given names, the key-phrase lexicon and
 * stop words. Loaded once from resources; immutable afterwards and safe to share between threads.
 */
final class Gazetteer {

    /** One name the matcher knows, as a token sequence. */
    record Name(String[] tokens, String canonical, EntityType type, boolean government,
                String capitalOf) {
    }

    private final Map<String, Name[]> byFirstToken;
    private final Map<String, Character> givenNames;
    private final Set<String> stopwords;
    private final List<String> lexicon;
    private final Map<String, String> leaderBySurname;
    private final Set<String> leaders;
    private final Set<String> verbs;
    /** Word classes of lower-case words, one lookup for all of them: see the {@code W_} bits. */
    private final Map<String, Integer> classes;

    static final int W_STOP = 1;
    static final int W_VERB = 2;
    static final int W_SPEECH = 4;
    static final int W_PRONOUN = 8;
    static final int W_FINITE = 16;
    static final int W_ROLE = 32;

    private Gazetteer(Map<String, Name[]> byFirstToken, Map<String, Character> givenNames,
                      Set<String> stopwords, List<String> lexicon, Map<String, String> leaderBySurname,
                      Set<String> leaders, Set<String> verbs) {
        this.byFirstToken = byFirstToken;
        this.givenNames = givenNames;
        this.stopwords = stopwords;
        this.lexicon = lexicon;
        this.leaderBySurname = leaderBySurname;
        this.leaders = leaders;
        this.verbs = verbs;
        Map<String, Integer> c = new HashMap<>();
        stopwords.forEach(w -> c.merge(w, W_STOP, (x, y) -> x | y));
        verbs.forEach(w -> c.merge(w, W_VERB, (x, y) -> x | y));
        Vocabulary.SPEECH_VERBS.forEach(w -> c.merge(w, W_SPEECH, (x, y) -> x | y));
        Vocabulary.PRONOUNS.forEach(w -> c.merge(w, W_PRONOUN, (x, y) -> x | y));
        Vocabulary.FINITE_MARKERS.forEach(w -> c.merge(w, W_FINITE, (x, y) -> x | y));
        Vocabulary.ROLE_NOUNS.forEach(w -> c.merge(w, W_ROLE, (x, y) -> x | y));
        this.classes = new HashMap<>(c);
    }

    static Gazetteer load() {
        Map<String, List<Name>> names = new HashMap<>();
        read("countries.tsv", cols -> {
            String canonical = cols[0];
            for (String alias : split(cols, 1)) {
                add(names, alias, canonical, EntityType.COUNTRY, true, null);
            }
            for (String capital : split(cols, 2)) {
                add(names, capital, capital, EntityType.PLACE, false, canonical);
            }
        });
        read("places.tsv", cols -> {
            EntityType type = EntityType.valueOf(cols[1].toUpperCase(Locale.ROOT));
            add(names, cols[0], cols[0], type, type == EntityType.COUNTRY, null);
            for (String alias : split(cols, 2)) {
                add(names, alias, cols[0], type, type == EntityType.COUNTRY, null);
            }
        });
        read("organizations.tsv", cols -> {
            EntityType type = EntityType.valueOf(cols[1].toUpperCase(Locale.ROOT));
            boolean government = cols.length > 2 && cols[2].equals("y");
            add(names, cols[0], cols[0], type, government, null);
            for (String alias : split(cols, 3)) {
                add(names, alias, cols[0], type, government, null);
            }
        });
        Map<String, String> bySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> leaders = new HashSet<>();
        read("leaders.tsv", cols -> {
            String full = cols[0];
            leaders.add(full);
            List<String> spellings = new ArrayList<>();
            spellings.add(full);
            spellings.addAll(split(cols, 1));
            for (String spelling : spellings) {
                add(names, spelling, full, EntityType.PERSON, true, null);
                String[] parts = spelling.split(" ");
                String surname = parts[parts.length - 1];
                if (parts.length == 1) {
                    surname = spelling;
                }
                if (surname.length() >= 4 && !surname.equals("II")) {
                    String known = bySurname.putIfAbsent(surname, full);
                    if (known != null && !known.equals(full)) {
                        ambiguous.add(surname);
                    }
                }
            }
        });
        ambiguous.forEach(bySurname::remove);
        Map<String, Character> given = new HashMap<>();
        read("given-names.txt", cols -> given.put(cols[0], cols.length > 1 ? cols[1].charAt(0) : 'u'));
        read("given-names-world.txt", cols -> given.putIfAbsent(cols[0], cols.length > 1 ? cols[1].charAt(0) : 'u'));
        Set<String> stop = new HashSet<>();
        read("stopwords.txt", cols -> Collections.addAll(stop, String.join(" ", cols).split(" ")));
        Set<String> verbs = new HashSet<>();
        read("verbs.txt", cols -> {
            for (String v : String.join(" ", cols).split(" ")) {
                if (!v.isBlank()) {
                    inflect(v.trim(), verbs);
                }
            }
        });
        List<String> lexicon = new ArrayList<>();
        read("lexicon.txt", cols -> lexicon.add(cols[0].trim()));
        // Words that are countries, places or organisations are not given names here.
        for (List<Name> list : names.values()) {
            for (Name name : list) {
                if (name.type != EntityType.PERSON && name.tokens.length == 1) {
                    given.remove(name.tokens[0]);
                }
            }
        }
        Map<String, Name[]> index = new HashMap<>();
        for (Map.Entry<String, List<Name>> e : names.entrySet()) {
            Name[] arr = e.getValue().toArray(new Name[0]);
            Arrays.sort(arr, (a, b) -> Integer.compare(b.tokens.length, a.tokens.length));
            index.put(e.getKey(), arr);
        }
        return new Gazetteer(new HashMap<>(index), new HashMap<>(given), Set.copyOf(stop),
                List.copyOf(lexicon), Map.copyOf(bySurname), Set.copyOf(leaders),
                Set.copyOf(verbs));
    }

    private static void add(Map<String, List<Name>> names, String alias, String canonical,
                            EntityType type, boolean government, String capitalOf) {
        String[] tokens = tokenize(alias);
        if (tokens.length == 0) {
            return;
        }
        Name name = new Name(tokens, canonical, type, government, capitalOf);
        names.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(name);
        if (tokens[0].equals("the")) {
            String[] upper = tokens.clone();
            upper[0] = "The";
            names.computeIfAbsent("The", k -> new ArrayList<>())
                    .add(new Name(upper, canonical, type, government, capitalOf));
        }
    }

    /** Adds a verb with its -s, -ed and -ing forms (regular spelling rules; irregular forms are listed). */
    private static void inflect(String v, Set<String> out) {
        out.add(v);
        int n = v.length();
        boolean e = v.endsWith("e");
        boolean y = v.endsWith("y") && n > 2 && "aeiou".indexOf(v.charAt(n - 2)) < 0;
        boolean sibilant = v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z");
        out.add(y ? v.substring(0, n - 1) + "ies" : sibilant ? v + "es" : v + "s");
        out.add(e ? v + "d" : y ? v.substring(0, n - 1) + "ied" : v + "ed");
        out.add(e && !v.endsWith("ee") ? v.substring(0, n - 1) + "ing" : v + "ing");
        if (n >= 3 && "aeiou".indexOf(v.charAt(n - 1)) < 0 && "aeiou".indexOf(v.charAt(n - 2)) >= 0
                && "aeiou".indexOf(v.charAt(n - 3)) < 0 && "wxy".indexOf(v.charAt(n - 1)) < 0) {
            char last = v.charAt(n - 1);
            out.add(v + last + "ed");
            out.add(v + last + "ing");
        }
    }

    /** The {@code W_} class bits of a lower-case word; 0 for an ordinary word. */
    int classOf(String lower) {
        Integer c = classes.get(lower);
        return c == null ? 0 : c;
    }

    /** Whether a lower-case word is a form of a common verb. */
    boolean isVerb(String lower) {
        return verbs.contains(lower);
    }

    /** An alias as the tokenizer would split it; plain words separated by spaces take a fast path. */
    private static String[] tokenize(String alias) {
        boolean plain = true;
        for (int i = 0; i < alias.length() && plain; i++) {
            char c = alias.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == ' ' || c == '-' && i > 0 && i + 1 < alias.length()
                    && alias.charAt(i - 1) != ' ' && alias.charAt(i + 1) != ' ';
        }
        if (plain && !alias.startsWith(" ") && !alias.endsWith(" ") && !alias.contains("  ")) {
            return alias.split(" ");
        }
        Tokens t = Tokens.of(alias);
        String[] tokens = new String[t.size];
        for (int i = 0; i < t.size; i++) {
            tokens[i] = t.word(i);
        }
        return tokens;
    }

    private static List<String> split(String[] cols, int index) {
        if (cols.length <= index || cols[index].isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : cols[index].split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The word-class bits of token {@code i} (lower-cased), looked up once per token. */
    int classOf(Tokens t, int i) {
        if (t.classes == null) {
            t.classes = new int[t.size];
        }
        int c = t.classes[i];
        if (c == 0) {
            c = (t.isWord(i) ? classOf(t.lower(i)) : 0) + 1;
            t.classes[i] = c;
        }
        return c - 1;
    }

    private Name lookup(Tokens t, int i) {
        Name[] candidates = byFirstToken.get(t.word(i));
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
        Character g = givenNames.get(word);
        return g == null ? 0 : g;
    }

    boolean isStopword(String lower) {
        return stopwords.contains(lower);
    }

    List<String> lexicon() {
        return lexicon;
    }

    /** The full name of a well-known leader with this unambiguous surname, or {@code null}. */
    String leaderBySurname(String surname) {
        return leaderBySurname.get(surname);
    }

    boolean isLeader(String fullName) {
        return leaders.contains(fullName);
    }

    /** Number of names indexed; for tests and diagnostics. */
    int size() {
        int n = 0;
        for (Name[] arr : byFirstToken.values()) {
            n += arr.length;
        }
        return n;
    }

}

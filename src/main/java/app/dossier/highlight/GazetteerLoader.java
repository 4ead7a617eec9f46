package app.dossier.highlight;

import app.dossier.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the gazetteer resources into a {@link Gazetteer}. Written for a cold JVM, where loading
 * runs interpreted: each file is read whole and cut at tabs and bars by hand (no regular
 * expressions, streams, lambdas or string concatenation, whose first use costs tens of
 * milliseconds of bootstrapping), and every word lands directly in the {@link WordIndex}. Runs on
 * the caller's thread; the result is immutable.
 */
final class GazetteerLoader {

    private final WordIndex.Builder words = new WordIndex.Builder();
    /** Names by first token in file order; sorted longest first at the end. */
    private final Map<String, List<Gazetteer.Name>> names = new HashMap<>();
    private final Map<String, String> bySurname = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Set<String> leaders = new HashSet<>();
    private final Map<String, List<String>> offices = new HashMap<>();
    private final List<String> lexicon = new ArrayList<>();

    private GazetteerLoader() {
    }

    static Gazetteer load() {
        GazetteerLoader l = new GazetteerLoader();
        for (String[] cols : rows("countries.tsv")) {
            l.country(cols);
        }
        for (String[] cols : rows("places.tsv")) {
            l.place(cols);
        }
        for (String[] cols : rows("organizations.tsv")) {
            l.organization(cols);
        }
        for (String[] cols : rows("leaders.tsv")) {
            l.leader(cols);
        }
        for (String s : l.ambiguous) {
            l.bySurname.remove(s);
        }
        for (String[] cols : rows("given-names.txt")) {
            l.words.entry(cols[0]).given = cols.length > 1 ? cols[1].charAt(0) : 'u';
        }
        for (String[] cols : rows("given-names-world.txt")) {
            WordIndex.Entry e = l.words.entry(cols[0]);
            if (e.given == 0) {
                e.given = cols.length > 1 ? cols[1].charAt(0) : 'u';
            }
        }
        for (String[] cols : rows("stopwords.txt")) {
            for (String w : spaced(cols)) {
                l.words.entry(w).lowerClasses |= WordClass.STOP;
            }
        }
        for (String[] cols : rows("verbs.txt")) {
            for (String v : spaced(cols)) {
                l.inflect(v);
            }
        }
        for (String[] cols : rows("lexicon.txt")) {
            String term = cols[0].trim();
            l.lexicon.add(term);
            for (String written : KeyPhraseLexicon.spellings(term)) {
                String[] normal = PhraseNormalizer.normalWords(written);
                if (normal.length > 0) {
                    l.words.entry(normal[0]).lowerClasses |= WordClass.LEXICON_FIRST;
                }
            }
        }
        WordClass.addLowerLists(l.words);
        WordClass.addWrittenLists(l.words);
        l.index();
        return new Gazetteer(l.words.build(), List.copyOf(l.lexicon), Map.copyOf(l.bySurname), Set.copyOf(l.leaders),
                Map.copyOf(l.offices));
    }

    private void country(String[] cols) {
        String canonical = cols[0];
        for (String alias : split(cols, 1)) {
            add(alias, canonical, EntityType.COUNTRY, true, null);
        }
        for (String capital : split(cols, 2)) {
            add(capital, capital, EntityType.PLACE, false, canonical);
        }
    }

    private void place(String[] cols) {
        EntityType type = EntityType.valueOf(cols[1].toUpperCase(Locale.ROOT));
        add(cols[0], cols[0], type, type == EntityType.COUNTRY, null);
        for (String alias : split(cols, 2)) {
            add(alias, cols[0], type, type == EntityType.COUNTRY, null);
        }
    }

    private void organization(String[] cols) {
        EntityType type = EntityType.valueOf(cols[1].toUpperCase(Locale.ROOT));
        boolean government = cols.length > 2 && cols[2].equals("y");
        add(cols[0], cols[0], type, government, null);
        for (String alias : split(cols, 3)) {
            add(alias, cols[0], type, government, null);
        }
    }

    private void leader(String[] cols) {
        String full = cols[0];
        leaders.add(full);
        List<String> held = new ArrayList<>();
        for (String office : split(cols, 2)) {
            held.add(office.toLowerCase(Locale.ROOT));
        }
        if (!held.isEmpty()) {
            offices.put(full, List.copyOf(held));
        }
        List<String> spellings = new ArrayList<>();
        spellings.add(full);
        spellings.addAll(split(cols, 1));
        for (String spelling : spellings) {
            add(spelling, full, EntityType.PERSON, true, null);
            List<String> parts = cut(spelling, ' ', false);
            String family = NameTable.familyNameFirst(spelling, false);
            String surname = family != null ? family : parts.size() == 1 ? spelling : parts.get(parts.size() - 1);
            if ((surname.length() >= 4 || family != null) && !surname.equals("II")) {
                String known = bySurname.putIfAbsent(surname, full);
                if (known != null && !known.equals(full)) {
                    ambiguous.add(surname);
                }
            }
        }
    }

    private void add(String alias, String canonical, EntityType type, boolean government, String capitalOf) {
        String[] tokens = tokenize(alias);
        if (tokens.length == 0) {
            return;
        }
        byFirst(tokens[0]).add(new Gazetteer.Name(tokens, canonical, type, government, capitalOf));
        if (tokens[0].equals("the")) {
            String[] upper = tokens.clone();
            upper[0] = "The";
            byFirst("The").add(new Gazetteer.Name(upper, canonical, type, government, capitalOf));
        }
    }

    private List<Gazetteer.Name> byFirst(String token) {
        List<Gazetteer.Name> list = names.get(token);
        if (list == null) {
            list = new ArrayList<>(2);
            names.put(token, list);
        }
        return list;
    }

    /** Names into the word index, longest first; words that name places or bodies are no given names. */
    private void index() {
        Comparator<Gazetteer.Name> longestFirst = new Comparator<>() {
            @Override
            public int compare(Gazetteer.Name a, Gazetteer.Name b) {
                return Integer.compare(b.tokens().length, a.tokens().length);
            }
        };
        List<WordIndex.Entry> notGiven = new ArrayList<>();
        for (Map.Entry<String, List<Gazetteer.Name>> e : names.entrySet()) {
            Gazetteer.Name[] arr = e.getValue().toArray(new Gazetteer.Name[0]);
            Arrays.sort(arr, longestFirst); // stable: file order among names of one length
            words.entry(e.getKey()).names = arr;
            for (Gazetteer.Name name : arr) {
                if (name.type() != EntityType.PERSON && name.tokens().length == 1) {
                    notGiven.add(words.entry(name.tokens()[0]));
                }
            }
        }
        for (WordIndex.Entry e : notGiven) {
            e.given = 0;
        }
    }

    /** Adds a verb with its -s, -ed and -ing forms (regular spelling rules; irregular forms are listed). */
    private void inflect(String v) {
        verb(v);
        int n = v.length();
        boolean e = v.endsWith("e");
        boolean y = v.endsWith("y") && n > 2 && "aeiou".indexOf(v.charAt(n - 2)) < 0;
        boolean sibilant = v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z");
        String stem = v.substring(0, n - 1);
        verb(y ? stem.concat("ies") : sibilant ? v.concat("es") : v.concat("s"));
        verb(e ? v.concat("d") : y ? stem.concat("ied") : v.concat("ed"));
        verb(e && !v.endsWith("ee") ? stem.concat("ing") : v.concat("ing"));
        if (n >= 3 && "aeiou".indexOf(v.charAt(n - 1)) < 0 && "aeiou".indexOf(v.charAt(n - 2)) >= 0
                && "aeiou".indexOf(v.charAt(n - 3)) < 0 && "wxy".indexOf(v.charAt(n - 1)) < 0) {
            String doubled = v.concat(v.substring(n - 1));
            verb(doubled.concat("ed"));
            verb(doubled.concat("ing"));
        }
    }

    private void verb(String form) {
        words.entry(form).lowerClasses |= WordClass.VERB;
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
            return cut(alias, ' ', false).toArray(new String[0]);
        }
        Tokens t = Tokens.of(alias);
        String[] tokens = new String[t.size];
        for (int i = 0; i < t.size; i++) {
            tokens[i] = t.word(i);
        }
        return tokens;
    }

    /** The bar-separated values of column {@code index}, trimmed, blanks left out. */
    private static List<String> split(String[] cols, int index) {
        if (cols.length <= index || cols[index].isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : cut(cols[index], '|', true)) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /** The space-separated words of all columns of a word-list line. */
    private static List<String> spaced(String[] cols) {
        List<String> out = new ArrayList<>();
        for (String col : cols) {
            for (String w : cut(col, ' ', true)) {
                if (!w.isBlank()) {
                    out.add(w.trim());
                }
            }
        }
        return out;
    }

    /** {@code s} cut at every {@code sep}; with {@code keepTrailing} a trailing empty piece stays. */
    private static List<String> cut(String s, char sep, boolean keepTrailing) {
        List<String> out = new ArrayList<>(4);
        int from = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, from)) {
            out.add(s.substring(from, i));
            from = i + 1;
        }
        out.add(s.substring(from));
        if (!keepTrailing) {
            while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        return out;
    }

    /** The non-blank, non-comment lines of a resource, each cut at tabs (empty columns kept). */
    private static List<String[]> rows(String resource) {
        String content;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource ".concat(resource));
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> rows = new ArrayList<>(256);
        int n = content.length();
        int from = 0;
        while (from < n) {
            int end = from;
            while (end < n && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
                end++;
            }
            String line = content.substring(from, end);
            from = end + 1;
            if (end < n && content.charAt(end) == '\r' && from < n && content.charAt(from) == '\n') {
                from++;
            }
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(cut(line, '\t', true).toArray(new String[0]));
            }
        }
        return rows;
    }
}

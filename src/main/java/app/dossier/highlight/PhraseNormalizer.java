package app.dossier.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The normal form phrases are compared and counted in: lower case, typographic apostrophes plain,
 * hyphens dropped, the last word singular, and open spellings of the lexicon's closed compounds
 * joined ("front line" = "frontline"). Stateless; the compound list is loaded once.
 */
final class PhraseNormalizer {

    private PhraseNormalizer() {
    }

    /** Closed compounds of the lexicon ("frontline", "airstrike"); their open spellings merge into them. */
    private static final class Closed {
        static final Set<String> WORDS = load();
        /** Every two-word split of a closed compound: "front line" → "frontline". */
        static final Map<String, String> SPLITS = splits();
        static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

        private static Map<String, String> splits() {
            Map<String, String> out = new HashMap<>();
            for (String w : WORDS) {
                for (int i = 2; i <= w.length() - 2; i++) {
                    out.put(w.substring(0, i) + " " + w.substring(i), w);
                }
            }
            return Map.copyOf(out);
        }

        private static Set<String> load() {
            java.util.HashSet<String> out = new java.util.HashSet<>();
            try (java.io.InputStream in = PhraseNormalizer.class.getResourceAsStream("lexicon.txt")) {
                if (in != null) {
                    for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                        String w = line.trim();
                        if (!w.isEmpty() && !w.startsWith("#") && w.indexOf(' ') < 0) {
                            out.add(normalWord(w.toLowerCase(Locale.ROOT)));
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Set.copyOf(out);
        }
    }

    /** "front line" is "frontline" and "air strike" is "airstrike" when the lexicon spells it closed. */
    static String joined(String key) {
        if (key.length() > Closed.LONGEST + 1 || key.indexOf(' ') < 0) {
            return key;
        }
        return Closed.SPLITS.getOrDefault(key, key);
    }

    /** Lower case, typographic apostrophes plain, hyphens dropped. */
    static String normalWord(String lower) {
        if (lower.indexOf('-') < 0 && lower.indexOf('\u2019') < 0 && lower.indexOf('\u2011') < 0) {
            return lower;
        }
        return lower.replace("-", "").replace("\u2011", "").replace('\u2019', '\'');
    }

    static String[] normalWords(String term) {
        Tokens tt = Tokens.of(term.trim());
        List<String> out = new ArrayList<>();
        for (int k = 0; k < tt.size; k++) {
            if (tt.isWord(k)) {
                out.add(normalWord(tt.lower(k)));
            }
        }
        if (!out.isEmpty()) {
            out.set(out.size() - 1, singular(out.get(out.size() - 1)));
        }
        return out.toArray(new String[0]);
    }

    /** The whole normal form of a term: what {@link DocumentFrequencies} are keyed by. */
    static String normalTerm(String term) {
        return joined(String.join(" ", normalWords(term)));
    }

    static String singular(String w) {
        int n = w.length();
        if (n <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    static int countWords(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}

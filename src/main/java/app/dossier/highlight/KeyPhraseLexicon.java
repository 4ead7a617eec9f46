package app.dossier.highlight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The key-phrase lexicon as normal-form word arrays, indexed by first word. Immutable, shared. */
final class KeyPhraseLexicon {

    final Map<String, List<Term>> byFirst = new HashMap<>();
    final Map<String, String> display = new HashMap<>();

    KeyPhraseLexicon(Collection<String> terms) {
        for (String term : terms) {
            String[] own = PhraseNormalizer.normalWords(term);
            if (own.length == 0) {
                continue;
            }
            String key = String.join(" ", own);
            for (String written : spellings(term)) {
                String[] words = PhraseNormalizer.normalWords(written);
                String[] asWritten = words.length == 0 ? own : words;
                byFirst.computeIfAbsent(asWritten[0], k -> new ArrayList<>()).add(new Term(asWritten,
                        String.join(" ", asWritten).equals(key) ? null : key));
            }
            display.putIfAbsent(key, term);
        }
        for (List<Term> list : byFirst.values()) {
            list.sort(Comparator.comparingInt((Term w) -> w.words.length).reversed());
        }
    }

    /**
     * A term as written and, for a hyphenated one, with spaces instead of hyphens: "no-fly zone" is
     * also written "no fly zone", and both are shown as the lexicon writes it.
     */
    static List<String> spellings(String term) {
        return term.indexOf('-') > 0 ? List.of(term, term.replace('-', ' ')) : List.of(term);
    }

    /** A term's normal words and each word's singular, worked out once. */
    static final class Term {
        final String[] words;
        final String[] singulars;
        /** For another spelling ("no fly zone"), the key of the term as the lexicon writes it; else null. */
        final String variantOf;

        Term(String[] words) {
            this(words, null);
        }

        Term(String[] words, String variantOf) {
            this.words = words;
            this.variantOf = variantOf;
            this.singulars = new String[words.length];
            for (int w = 0; w < words.length; w++) {
                singulars[w] = PhraseNormalizer.singular(words[w]);
            }
        }
    }

    boolean contains(String key) {
        return display.containsKey(key);
    }
}

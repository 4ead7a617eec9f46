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
            String[] words = PhraseNormalizer.normalWords(term);
            if (words.length == 0) {
                continue;
            }
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Term(words));
            display.putIfAbsent(String.join(" ", words), term);
        }
        for (List<Term> list : byFirst.values()) {
            list.sort(Comparator.comparingInt((Term w) -> w.words.length).reversed());
        }
    }

    /** A term's normal words and each word's singular, worked out once. */
    static final class Term {
        final String[] words;
        final String[] singulars;

        Term(String[] words) {
            this.words = words;
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

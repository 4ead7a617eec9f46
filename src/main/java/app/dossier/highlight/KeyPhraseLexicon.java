package app.dossier.highlight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The key-phrase lexicon as normal-form word arrays, indexed by first word. Immutable, shared. */
final class KeyPhraseLexicon {

    final Map<String, List<String[]>> byFirst = new HashMap<>();
    final Map<String, String> display = new HashMap<>();

    KeyPhraseLexicon(Collection<String> terms) {
        for (String term : terms) {
            String[] words = PhraseNormalizer.normalWords(term);
            if (words.length == 0) {
                continue;
            }
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            display.putIfAbsent(String.join(" ", words), term);
        }
        for (List<String[]> list : byFirst.values()) {
            list.sort(Comparator.comparingInt((String[] w) -> w.length).reversed());
        }
    }

    boolean contains(String key) {
        return display.containsKey(key);
    }
}

package app.dossier.library;

import app.dossier.highlight.Highlighter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's watch terms as the analyser takes them, with a key that identifies the list: a stored
 * analysis ranked with another list is analysed again when opened, so a newly watched term is
 * highlighted at once without re-analysing the whole library.
 */
record WatchList(Set<String> terms, long key) {

    static final WatchList EMPTY = new WatchList(Set.of(), 0);

    static WatchList of(List<String> asWritten) {
        if (asWritten.isEmpty()) {
            return EMPTY;
        }
        List<String> normal = new ArrayList<>();
        for (String t : asWritten) {
            normal.add(Highlighter.normalizeTerm(t));
        }
        Collections.sort(normal);
        long h = 0xcbf29ce484222325L;
        for (String n : normal) {
            for (int i = 0; i < n.length(); i++) {
                h = (h ^ n.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        return new WatchList(Collections.unmodifiableSet(new LinkedHashSet<>(asWritten)), h == 0 ? 1 : h);
    }
}

package app.dossier.library;

import app.dossier.model.Feed;
import java.util.List;
import java.util.Locale;

/** Finds the subscription a user means: by id, by URL, or by a name that only one feed has. */
final class FeedRefs {

    private FeedRefs() {
    }

    static Feed resolve(List<Feed> feeds, String ref) {
        String r = ref == null ? "" : ref.strip();
        if (r.isEmpty()) {
            throw new LibraryException("name a feed by its id, URL or name (see `dossier feeds`)");
        }
        if (r.chars().allMatch(Character::isDigit) && r.length() < 19) {
            long id = Long.parseLong(r);
            for (Feed f : feeds) {
                if (f.id() == id) {
                    return f;
                }
            }
        }
        for (Feed f : feeds) {
            if (f.url().equals(r)) {
                return f;
            }
        }
        String lower = r.toLowerCase(Locale.ROOT);
        List<Feed> byName = feeds.stream()
                .filter(f -> f.name() != null && f.name().toLowerCase(Locale.ROOT).equals(lower)).toList();
        if (byName.isEmpty()) {
            byName = feeds.stream()
                    .filter(f -> f.name() != null && f.name().toLowerCase(Locale.ROOT).contains(lower)).toList();
        }
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.isEmpty()) {
            throw new LibraryException("no feed matches '" + ref + "' (see `dossier feeds` for ids and names)");
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < Math.min(3, byName.size()); i++) {
            names.append(i == 0 ? "" : ", ").append(byName.get(i).id()).append(" ").append(byName.get(i).name());
        }
        throw new LibraryException("'" + ref + "' matches " + byName.size() + " feeds (" + names
                + (byName.size() > 3 ? ", …" : "") + "); use the id");
    }
}

package app.dossier.model;

import java.util.List;

/** An OPML subscription list: its title and its top-level outlines. */
public record OpmlDocument(String title, List<Outline> outlines) {

    public OpmlDocument {
        outlines = List.copyOf(outlines);
    }

    /** Every outline at any depth that is a subscription. */
    public int feedCount() {
        return count(outlines);
    }

    private static int count(List<Outline> list) {
        int n = 0;
        for (Outline o : list) {
            n += (o.isFeed() ? 1 : 0) + count(o.children());
        }
        return n;
    }
}

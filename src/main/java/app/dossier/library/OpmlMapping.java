package app.dossier.library;

import app.dossier.model.Feed;
import app.dossier.model.Folder;
import app.dossier.model.OpmlDocument;
import app.dossier.model.Outline;
import app.dossier.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Between OPML outlines and the library's folders and subscriptions. An outline with an
 * {@code xmlUrl} is a subscription; any other outline is a folder (kept even when empty, so a
 * list comes back out as it went in). Imported attributes are kept and written back unchanged.
 */
final class OpmlMapping {

    private OpmlMapping() {
    }

    /** Adds the document's folders and feeds at the end of the library. Runs in one transaction. */
    static ImportResult importInto(Store store, OpmlDocument document) {
        return store.transaction(() -> {
            int[] counts = new int[3];
            Map<String, Folder> folders = new HashMap<>();
            for (Folder f : store.folders()) {
                folders.putIfAbsent(f.parentId() + "/" + f.name(), f);
            }
            addAll(store, document.outlines(), null, folders, counts);
            return new ImportResult(counts[0], counts[1], counts[2]);
        });
    }

    private static void addAll(Store store, List<Outline> outlines, Long parentId, Map<String, Folder> folders,
            int[] counts) {
        for (Outline o : outlines) {
            if (o.isFeed()) {
                String url = o.attribute("xmlUrl").strip();
                if (store.feedByUrl(url).isPresent()) {
                    counts[1]++;
                } else {
                    store.addFeed(url, o.label(), parentId, o.attributes());
                    counts[0]++;
                }
                // A subscription with children is unusual; its children join the same folder.
                addAll(store, o.children(), parentId, folders, counts);
            } else {
                String name = o.label() != null ? o.label() : "Untitled folder";
                String key = parentId + "/" + name;
                Folder folder = folders.get(key);
                if (folder == null) {
                    folder = store.addFolder(parentId, name, o.attributes());
                    folders.put(key, folder);
                    counts[2]++;
                }
                addAll(store, o.children(), folder.id(), folders, counts);
            }
        }
    }

    /** The whole library as an OPML document, folders and feeds in their order. */
    static OpmlDocument export(List<Folder> folders, List<Feed> feeds) {
        return new OpmlDocument("Dossier subscriptions", children(null, folders, feeds));
    }

    private static List<Outline> children(Long parentId, List<Folder> folders, List<Feed> feeds) {
        record Entry(int position, long id, Outline outline) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Folder f : folders) {
            if (Objects.equals(f.parentId(), parentId)) {
                Map<String, String> attrs = f.outline();
                if (attrs.isEmpty()) {
                    attrs = new LinkedHashMap<>();
                    attrs.put("text", f.name());
                    attrs.put("title", f.name());
                }
                entries.add(new Entry(f.position(), f.id(), new Outline(attrs, children(f.id(), folders, feeds))));
            }
        }
        for (Feed feed : feeds) {
            if (Objects.equals(feed.folderId(), parentId)) {
                entries.add(new Entry(feed.position(), -feed.id(), new Outline(feedAttributes(feed), List.of())));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::position).thenComparingLong(Entry::id));
        return entries.stream().map(Entry::outline).toList();
    }

    private static Map<String, String> feedAttributes(Feed feed) {
        if (!feed.outline().isEmpty()) {
            Map<String, String> attrs = new LinkedHashMap<>(feed.outline());
            attrs.put("xmlUrl", feed.url()); // the feed may have moved since it was imported
            return attrs;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("text", feed.name());
        attrs.put("title", feed.name());
        attrs.put("type", "rss");
        attrs.put("xmlUrl", feed.url());
        if (feed.siteUrl() != null) {
            attrs.put("htmlUrl", feed.siteUrl());
        }
        return attrs;
    }
}

package app.dossier.feed;

import app.dossier.feed.FeedParseException.Reason;
import app.dossier.model.FeedFormat;
import app.dossier.model.ParsedFeed;
import app.dossier.model.Person;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Maps JSON Feed 1.0 and 1.1 (jsonfeed.org) into the model: our own small mapping over Jackson's
 * tree, tolerant of wrong types (a numeric id, a string where an object belongs). JSON that is not
 * a feed (no {@code version} naming JSON Feed and no {@code items}) is refused as such.
 * Thread-safe: the shared mapper only reads.
 */
final class JsonFeedReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFeedReader() {
    }

    static ParsedFeed read(String text, String documentUrl) throws FeedParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new FeedParseException(Reason.MALFORMED, "not valid JSON" + where, e);
        }
        if (root == null || !root.isObject()) {
            throw new FeedParseException(Reason.NOT_A_FEED, "not a feed: JSON that is not a JSON Feed");
        }
        String version = string(root, "version");
        boolean named = version != null && version.contains("jsonfeed.org/version/");
        if (!named && !root.path("items").isArray()) {
            throw new FeedParseException(Reason.NOT_A_FEED, "not a feed: JSON that is not a JSON Feed");
        }
        FeedFormat format = version != null && version.contains("version/1.1") ? FeedFormat.JSON_11 : FeedFormat.JSON_10;
        String base = firstNonNull(string(root, "feed_url"), documentUrl);
        FeedBuilder feed = new FeedBuilder(format);
        feed.title = string(root, "title");
        feed.link = UrlResolver.resolve(base, string(root, "home_page_url"));
        feed.description = HtmlText.escape(string(root, "description"));
        feed.language = string(root, "language");
        feed.imageUrl = UrlResolver.resolve(base, firstNonNull(string(root, "icon"), string(root, "favicon")));
        for (JsonNode item : root.path("items")) {
            if (item.isObject()) {
                feed.items.add(readItem(item, base));
            }
        }
        return feed.build();
    }

    private static app.dossier.model.ParsedItem readItem(JsonNode item, String base) {
        ItemBuilder b = new ItemBuilder();
        b.guid = string(item, "id");
        b.title = string(item, "title");
        b.link = UrlResolver.resolve(base, firstNonNull(string(item, "url"), string(item, "external_url")));
        b.published = DateParser.parse(string(item, "date_published"));
        b.updated = DateParser.parse(string(item, "date_modified"));
        String html = string(item, "content_html");
        b.content = html != null ? html : HtmlText.escape(string(item, "content_text"));
        b.summary = HtmlText.escape(string(item, "summary"));
        for (JsonNode author : item.path("authors")) {
            b.author(person(author, base));
        }
        b.author(person(item.path("author"), base));
        for (JsonNode tag : item.path("tags")) {
            b.category(tag.isValueNode() ? tag.asText() : null);
        }
        for (JsonNode a : item.path("attachments")) {
            String size = a.path("size_in_bytes").isNumber() ? a.path("size_in_bytes").asText() : null;
            b.enclosure(UrlResolver.resolve(base, string(a, "url")), string(a, "mime_type"), size);
        }
        return b.build();
    }

    private static Person person(JsonNode node, String base) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return PersonText.of(string(node, "name"), null, UrlResolver.resolve(base, string(node, "url")));
    }

    /** A scalar field as text (numbers too); {@code null} when absent, blank or not a scalar. */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}

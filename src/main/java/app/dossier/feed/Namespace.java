package app.dossier.feed;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The XML namespaces the feed readers understand, recognised by URI. Feeds in the wild vary the
 * spelling of some URIs (case, trailing slash), so unknown URIs are matched once more loosely.
 * Immutable; any thread.
 */
enum Namespace {
    NONE(""),
    ATOM("http://www.w3.org/2005/Atom"),
    ATOM_03("http://purl.org/atom/ns#"),
    RSS_10("http://purl.org/rss/1.0/"),
    RSS_090("http://my.netscape.com/rdf/simple/0.9/"),
    RDF("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    DC("http://purl.org/dc/elements/1.1/"),
    DCTERMS("http://purl.org/dc/terms/"),
    CONTENT("http://purl.org/rss/1.0/modules/content/"),
    SYNDICATION("http://purl.org/rss/1.0/modules/syndication/"),
    ITUNES("http://www.itunes.com/dtds/podcast-1.0.dtd"),
    MEDIA("http://search.yahoo.com/mrss/"),
    XHTML("http://www.w3.org/1999/xhtml"),
    OTHER(null);

    /** Prefixes that feeds use without declaring them, with the namespace they mean. */
    static final Map<String, String> CONVENTIONAL_PREFIXES = Map.ofEntries(
            Map.entry("itunes", ITUNES.uri),
            Map.entry("content", CONTENT.uri),
            Map.entry("dc", DC.uri),
            Map.entry("dcterms", DCTERMS.uri),
            Map.entry("sy", SYNDICATION.uri),
            Map.entry("media", MEDIA.uri),
            Map.entry("atom", ATOM.uri),
            Map.entry("rdf", RDF.uri),
            Map.entry("xhtml", XHTML.uri),
            Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"),
            Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
            Map.entry("georss", "http://www.georss.org/georss"),
            Map.entry("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"));

    private static final Map<String, Namespace> BY_URI = new HashMap<>();

    static {
        for (Namespace ns : values()) {
            if (ns.uri != null) {
                BY_URI.put(ns.uri, ns);
            }
        }
        BY_URI.put("http://purl.org/atom/ns#draft-ietf-atompub-format-08", ATOM);
        BY_URI.put("http://backend.userland.com/rss2", NONE);
        BY_URI.put("http://blogs.law.harvard.edu/tech/rss", NONE);
        BY_URI.put("http://purl.org/net/rss1.1#", RSS_10);
        BY_URI.put("http://channel.netscape.com/rdf/simple/0.9/", RSS_090);
        BY_URI.put("http://www.w3.org/1999/02/22-rdf-syntax-ns", RDF);
        BY_URI.put("http://purl.org/dc/elements/1.0/", DC);
        BY_URI.put("http://purl.org/rss/1.0/modules/content", CONTENT);
        BY_URI.put("http://purl.org/rss/1.0/modules/syndication", SYNDICATION);
        BY_URI.put("http://www.itunes.com/dtds/podcast-1.0.dtd/", ITUNES);
        BY_URI.put("https://www.itunes.com/dtds/podcast-1.0.dtd", ITUNES);
        BY_URI.put("http://search.yahoo.com/mrss", MEDIA);
    }

    private final String uri;

    Namespace(String uri) {
        this.uri = uri;
    }

    String uri() {
        return uri;
    }

    /** The namespace of an element or attribute; {@code null} and "" are {@link #NONE}. */
    static Namespace of(String uri) {
        if (uri == null || uri.isEmpty()) {
            return NONE;
        }
        Namespace ns = BY_URI.get(uri);
        if (ns != null) {
            return ns;
        }
        String loose = uri.toLowerCase(Locale.ROOT).trim();
        ns = BY_URI.get(loose);
        if (ns == null && loose.endsWith("/")) {
            ns = BY_URI.get(loose.substring(0, loose.length() - 1));
        }
        if (ns == null) {
            ns = BY_URI.get(loose + "/");
        }
        return ns == null ? OTHER : ns;
    }
}

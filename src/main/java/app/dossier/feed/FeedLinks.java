package app.dossier.feed;

import app.dossier.feed.FeedCandidate.Format;
import app.dossier.feed.FeedCandidate.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the feeds an HTML page advertises ({@code <link rel="alternate">} with a feed type, and
 * {@code rel="feed"}), resolving relative addresses against the page and its {@code <base href>},
 * and ranks candidates. Pure; any thread.
 */
final class FeedLinks {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\\s;\"]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEEDISH_TITLE = Pattern.compile("feed|rss|atom|syndicat", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEEDISH_PATH =
            Pattern.compile("(^|[/._-])(feeds?|rss|atom)([/._?-]|$)", Pattern.CASE_INSENSITIVE);

    private FeedLinks() {
    }

    /** The feeds {@code html} advertises, in document order, without duplicates. */
    static List<FeedCandidate> advertised(byte[] html, String contentType, URI page) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset(contentType), page.toString());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        Map<String, FeedCandidate> found = new LinkedHashMap<>();
        for (Element link : doc.select("link[href]")) {
            Set<String> rel = Arrays.stream(link.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+"))
                    .collect(Collectors.toSet());
            boolean alternate = rel.contains("alternate");
            boolean feedRel = rel.contains("feed");
            if (!alternate && !feedRel || rel.contains("stylesheet")) {
                continue;
            }
            String href = link.absUrl("href");
            URI uri = WebAddress.parse(href);
            if (uri == null) {
                continue;
            }
            String title = link.attr("title").trim();
            Format format = format(mediaType(link.attr("type")), title, uri, feedRel);
            if (format == null) {
                continue;
            }
            found.putIfAbsent(uri.toString(),
                    new FeedCandidate(uri.toString(), title.isEmpty() ? null : title, format, Source.ADVERTISED));
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Best first: the page itself, then advertised, then guessed; within those the main feed before
     * comments feeds, the page's own site before others, Atom before RSS before JSON Feed, and
     * otherwise the page's order.
     */
    static List<FeedCandidate> ranked(List<FeedCandidate> candidates, URI page) {
        String site = site(WebAddress.host(page));
        Comparator<FeedCandidate> order = Comparator
                .comparing((FeedCandidate c) -> c.source().ordinal())
                .thenComparing(c -> isComments(c) ? 1 : 0)
                .thenComparing(c -> sameSite(c, site) ? 0 : 1)
                .thenComparing(c -> c.format().ordinal());
        List<FeedCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(order);
        return List.copyOf(sorted);
    }

    /** The format a link announces, or {@code null} when it is not a feed link. */
    static Format format(String type, String title, URI href, boolean feedRel) {
        return switch (type) {
            case "application/atom+xml", "application/atom", "application/x-atom+xml" -> Format.ATOM;
            case "application/rss+xml", "application/rss", "application/x-rss+xml", "text/rss+xml" -> Format.RSS;
            case "application/feed+json" -> Format.JSON_FEED;
            case "application/json" -> feedish(title, href) ? Format.JSON_FEED : null;
            case "application/rdf+xml" -> feedish(title, href) ? Format.RSS : null;
            case "application/xml", "text/xml" -> feedish(title, href) ? Format.UNKNOWN : null;
            case "" -> feedRel ? guess(href) : null;
            default -> null;
        };
    }

    private static Format guess(URI href) {
        String path = href.getRawPath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".json")) {
            return Format.JSON_FEED;
        }
        if (path.contains("atom")) {
            return Format.ATOM;
        }
        return path.contains("rss") ? Format.RSS : Format.UNKNOWN;
    }

    /** A JSON or generic XML link counts only when its title or address says "feed". */
    private static boolean feedish(String title, URI href) {
        String path = href.getRawPath() == null ? "" : href.getRawPath();
        if (path.contains("/wp-json/") || path.contains("oembed")) {
            return false;
        }
        return FEEDISH_TITLE.matcher(title).find() || FEEDISH_PATH.matcher(path).find();
    }

    private static boolean isComments(FeedCandidate c) {
        String t = c.title() == null ? "" : c.title().toLowerCase(Locale.ROOT);
        return t.contains("comment") || c.url().toLowerCase(Locale.ROOT).contains("comment");
    }

    private static boolean sameSite(FeedCandidate c, String site) {
        URI uri = WebAddress.parse(c.url());
        if (uri == null) {
            return false;
        }
        String other = site(WebAddress.host(uri));
        return other.equals(site) || other.endsWith("." + site) || site.endsWith("." + other);
    }

    private static String site(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String mediaType(String type) {
        String t = type.toLowerCase(Locale.ROOT).trim();
        int semicolon = t.indexOf(';');
        return semicolon >= 0 ? t.substring(0, semicolon).trim() : t;
    }

    /** The charset a Content-Type names, if Java knows it; otherwise jsoup looks at the page. */
    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.isSupported(m.group(1)) ? m.group(1) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

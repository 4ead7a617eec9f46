package app.dossier.library;

import app.dossier.model.ArticleId;
import app.dossier.model.Enclosure;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which stored article a feed entry is. An article is the same article when it has the
 * same feed and the same key: its guid; without one (or when the feed reuses one guid for
 * different entries), its canonical link; without a link, its title, date and content. The id is
 * a hash of feed id and key, so it is stable across fetches, URL moves and restarts.
 */
final class ArticleIdentity {

    /** Query parameters that only say where a click came from; they never change the article. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "ocid", "cmpid", "wt.mc_id", "spm", "smid", "sr_share", "ito");

    private ArticleIdentity() {
    }

    /** Ids for all items of one document, in order; entries that share a guid fall back to their link. */
    static List<ArticleId> ids(long feedId, List<ParsedItem> items) {
        Map<String, Integer> guidCounts = new HashMap<>();
        for (ParsedItem item : items) {
            String guid = clean(item.guid());
            if (guid != null) {
                guidCounts.merge(guid, 1, Integer::sum);
            }
        }
        return items.stream().map(item -> {
            String guid = clean(item.guid());
            boolean unique = guid != null && guidCounts.getOrDefault(guid, 0) == 1;
            return id(feedId, key(item, unique ? guid : null));
        }).toList();
    }

    static String key(ParsedItem item, String guid) {
        if (guid != null) {
            return "g:" + guid;
        }
        String link = clean(item.link());
        if (link != null) {
            return "l:" + canonicalLink(link);
        }
        Instant date = item.date();
        return "t:" + nullToEmpty(item.title()) + "|" + (date == null ? "" : date.toString()) + "|"
                + Long.toHexString(contentHash(item));
    }

    static ArticleId id(long feedId, String key) {
        MessageDigest sha = SHA_256.get(); // digest() leaves it reset for the next id
        sha.update(Long.toString(feedId).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (digest[i] & 0xff);
        }
        return new ArticleId(v);
    }

    /**
     * One digest per thread: looking the algorithm up for every id took about half as long as the
     * hashing itself (a cold refresh makes 50,000 ids).
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    /**
     * The link without what varies between shares of the same article: scheme and host case, the
     * default port, the fragment and tracking parameters ({@code utm_*} and click ids).
     */
    static String canonicalLink(String link) {
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return link.strip();
        }
        if (uri.isOpaque() || uri.getScheme() == null || uri.getRawAuthority() == null) {
            return link.strip();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && authority.endsWith(":80")) {
            authority = authority.substring(0, authority.length() - 3);
        } else if (scheme.equals("https") && authority.endsWith(":443")) {
            authority = authority.substring(0, authority.length() - 4);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder out = new StringBuilder(scheme).append("://").append(authority).append(path);
        String query = uri.getRawQuery();
        if (query != null) {
            StringBuilder kept = new StringBuilder();
            for (String param : query.split("&")) {
                if (param.isEmpty()) {
                    continue;
                }
                int eq = param.indexOf('=');
                String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
                if (name.startsWith("utm_") || TRACKING.contains(name)) {
                    continue;
                }
                kept.append(kept.length() == 0 ? "" : "&").append(param);
            }
            if (kept.length() > 0) {
                out.append('?').append(kept);
            }
        }
        return out.toString();
    }

    /**
     * A 64-bit hash of everything the feed says about the entry: a re-fetch with the same hash
     * changes nothing, a different hash rewrites the stored content in place.
     */
    static long contentHash(ParsedItem item) {
        return contentHash(item, item.summary() == null ? 0 : item.summary().hashCode(),
                item.content() == null ? 0 : item.content().hashCode());
    }

    /**
     * {@link #contentHash(ParsedItem)} given the {@link String#hashCode()} of the item's summary
     * and content, which encoding them for storage works out on the way (the same number).
     */
    static long contentHash(ParsedItem item, int summaryHash, int contentHash) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, item.guid());
        h = mix(h, item.title());
        h = mix(h, item.link());
        h = mix(h, item.summary(), summaryHash);
        h = mix(h, item.content(), contentHash);
        h = mix(h, item.published() == null ? null : item.published().toString());
        h = mix(h, item.updated() == null ? null : item.updated().toString());
        for (Person p : item.authors()) {
            h = mix(mix(mix(h, p.name()), p.email()), p.uri());
        }
        for (String c : item.categories()) {
            h = mix(h, c);
        }
        for (Enclosure e : item.enclosures()) {
            h = mix(mix(mix(h, e.url()), e.type()), e.length() == null ? null : e.length().toString());
        }
        return h;
    }

    /**
     * Folds one field into the hash: its length and {@link String#hashCode()} (computed once per
     * string, and the fastest way to look at every character). A field that changes is missed
     * only when both its length and its 32-bit hash stay the same; a separator step keeps
     * ("ab", "c") apart from ("a", "bc").
     */
    private static long mix(long h, String s) {
        return mix(h, s, s == null ? 0 : s.hashCode());
    }

    /** {@link #mix(long, String)} with the string's hash given. */
    private static long mix(long h, String s, int hashCode) {
        long v = s == null ? 0x9E3779B97F4A7C15L : ((long) s.length() << 32) ^ (hashCode & 0xffffffffL);
        h ^= v;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

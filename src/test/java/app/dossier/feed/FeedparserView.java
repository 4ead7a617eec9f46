package app.dossier.feed;

import app.dossier.model.Enclosure;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Our {@link ParsedFeed} seen the way feedparser's result dictionary looks, for the fields our model
 * has, so that feedparser's {@code Expect:} checks can be evaluated against it. Which checks count
 * (the "format-independent" ones) is decided here: see docs/conformance.md.
 */
final class FeedparserView {

    /** The paths a check may read to count as format-independent (indices written as []). */
    static final Set<String> FORMAT_INDEPENDENT = Set.of(
            "feed.title", "feed.title_detail.value", "feed.link",
            "feed.updated_parsed", "feed.published_parsed", "feed.modified_parsed",
            "entries",
            "entries[].title", "entries[].title_detail.value", "entries[].link",
            "entries[].id", "entries[].guid",
            "entries[].author", "entries[].author_detail.name", "entries[].author_detail.email",
            "entries[].author_detail.url", "entries[].author_detail.href",
            "entries[].authors", "entries[].authors[]", "entries[].authors[].name", "entries[].authors[].email",
            "entries[].authors[].url", "entries[].authors[].href",
            "entries[].published_parsed", "entries[].updated_parsed", "entries[].issued_parsed",
            "entries[].modified_parsed",
            "entries[].enclosures", "entries[].enclosures[]", "entries[].enclosures[].href",
            "entries[].enclosures[].url", "entries[].enclosures[].type", "entries[].enclosures[].length",
            "entries[].content[].value", "entries[].summary", "entries[].summary_detail.value",
            "entries[].description");

    private FeedparserView() {
    }

    /** Whether a check reads only format-independent paths (and reads at least one). */
    static boolean isFormatIndependent(List<String> paths) {
        return !paths.isEmpty() && FORMAT_INDEPENDENT.containsAll(paths);
    }

    static Map<String, Object> feed(ParsedFeed f) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (f.title() != null) {
            m.put("title", new Title(f.title()));
            m.put("title_detail", Map.of("value", new Title(f.title())));
        }
        put(m, "link", f.link());
        if (f.updated() != null) {
            m.put("updated_parsed", timeTuple(f.updated()));
            m.put("published_parsed", timeTuple(f.updated()));
        }
        return m;
    }

    static List<Object> entries(ParsedFeed f) {
        List<Object> out = new ArrayList<>();
        for (ParsedItem i : f.items()) {
            out.add(entry(i));
        }
        return out;
    }

    private static Map<String, Object> entry(ParsedItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (i.title() != null) {
            m.put("title", new Title(i.title()));
            m.put("title_detail", Map.of("value", new Title(i.title())));
        }
        put(m, "link", i.link());
        put(m, "id", i.guid());
        if (!i.authors().isEmpty()) {
            Person first = i.authors().get(0);
            m.put("author", new Author(first));
            m.put("author_detail", person(first));
            List<Object> authors = new ArrayList<>();
            i.authors().forEach(p -> authors.add(person(p)));
            m.put("authors", authors);
        }
        if (i.published() != null) {
            m.put("published_parsed", timeTuple(i.published()));
        }
        Instant updated = i.updated() != null ? i.updated() : i.published();
        if (updated != null) {
            m.put("updated_parsed", timeTuple(updated));
        }
        List<Object> enclosures = new ArrayList<>();
        for (Enclosure e : i.enclosures()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("href", e.url());
            if (e.length() != null) {
                em.put("length", String.valueOf(e.length()));
            }
            if (e.type() != null) {
                em.put("type", e.type());
            }
            enclosures.add(em);
        }
        m.put("enclosures", enclosures);
        String summary = i.summary() != null ? i.summary() : i.content();
        if (summary != null) {
            m.put("summary", new Html(summary));
            m.put("summary_detail", Map.of("value", new Html(summary)));
        }
        if (i.content() != null) {
            m.put("content", List.of(Map.of("value", new Html(i.content()))));
        }
        return m;
    }

    private static Map<String, Object> person(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", p.name());
        put(m, "email", p.email());
        put(m, "href", p.uri());
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** Python's {@code time.struct_time} as a 9-tuple in UTC. */
    private static List<Object> timeTuple(Instant t) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        return List.of((long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth(), (long) z.getHour(),
                (long) z.getMinute(), (long) z.getSecond(), (long) z.getDayOfWeek().getValue() - 1,
                (long) z.getDayOfYear(), 0L);
    }

    /** HTML in a canonical form: parsed, attributes sorted, whitespace collapsed. */
    private static String normalised(String html) {
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html).body();
        for (org.jsoup.nodes.Element e : body.getAllElements()) {
            List<org.jsoup.nodes.Attribute> attributes = new ArrayList<>(e.attributes().asList());
            attributes.sort(java.util.Comparator.comparing(org.jsoup.nodes.Attribute::getKey));
            attributes.forEach(a -> e.removeAttr(a.getKey()));
            attributes.forEach(a -> e.attr(a.getKey(), a.getValue()));
        }
        body.ownerDocument().outputSettings().prettyPrint(false);
        return collapse(body.html());
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** A plain-text title: equal to an expected value that is the same text, or HTML showing it. */
    record Title(String text) implements PythonEvaluator.Comparable2 {
        @Override
        public boolean matches(Object literal) {
            if (!(literal instanceof String e)) {
                return false;
            }
            return e.equals(text) || collapse(e).equals(collapse(text))
                    || collapse(Jsoup.parseBodyFragment(e).text()).equals(collapse(text));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * HTML: equal to the same HTML, or to the text it encodes (our model keeps plain text as escaped
     * HTML, feedparser keeps it as text).
     */
    record Html(String html) implements PythonEvaluator.Comparable2 {
        @Override
        public boolean matches(Object literal) {
            if (!(literal instanceof String e)) {
                return false;
            }
            return e.equals(html) || collapse(e).equals(collapse(html))
                    || e.equals(Parser.unescapeEntities(html, false))
                    || normalised(e).equals(normalised(html));
        }

        @Override
        public String toString() {
            return html;
        }
    }

    /** feedparser's author string: the name, the e-mail, or "name (email)". */
    record Author(Person p) implements PythonEvaluator.Comparable2 {
        @Override
        public boolean matches(Object literal) {
            if (!(literal instanceof String e)) {
                return false;
            }
            return e.equals(p.name()) || e.equals(p.email()) || e.equals(p.name() + " (" + p.email() + ")")
                    || e.equals(p.email() + " (" + p.name() + ")");
        }

        @Override
        public String toString() {
            return p.label();
        }
    }
}

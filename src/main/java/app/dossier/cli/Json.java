package app.dossier.cli;

import app.dossier.model.Article;
import app.dossier.model.ArticleHeader;
import app.dossier.model.Enclosure;
import app.dossier.model.FeedOverview;
import app.dossier.model.LibraryStats;
import app.dossier.model.ParsedFeed;
import app.dossier.model.ParsedItem;
import app.dossier.model.Person;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * JSON output, written field by field so the shape is exactly the documented one: absent values
 * are {@code null}, dates ISO-8601 in UTC.
 */
final class Json implements AutoCloseable {

    private static final JsonFactory FACTORY = new JsonFactory();
    private final JsonGenerator g;

    private Json(JsonGenerator g) {
        this.g = g;
    }

    static Json pretty(OutputStream out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            return new Json(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Json compact(OutputStream out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            return new Json(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonGenerator generator() {
        return g;
    }

    void parsedFeed(ParsedFeed feed) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", feed.format().id());
        g.writeStringField("title", feed.title());
        g.writeStringField("link", feed.link());
        g.writeStringField("description", feed.description());
        g.writeStringField("language", feed.language());
        date("updated", feed.updated());
        g.writeArrayFieldStart("items");
        for (ParsedItem item : feed.items()) {
            g.writeStartObject();
            g.writeStringField("id", item.guid());
            g.writeStringField("title", item.title());
            g.writeStringField("link", item.link());
            date("published", item.published());
            date("updated", item.updated());
            people("authors", item.authors());
            g.writeStringField("summary", item.summary());
            g.writeStringField("content", item.content());
            strings("categories", item.categories());
            enclosures(item.enclosures());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    void headers(List<ArticleHeader> headers) throws IOException {
        g.writeStartArray();
        for (ArticleHeader h : headers) {
            g.writeStartObject();
            g.writeStringField("id", h.id().toString());
            g.writeNumberField("feed_id", h.feedId());
            g.writeStringField("feed", h.feedName());
            g.writeStringField("title", h.title());
            g.writeStringField("link", h.url());
            date("date", h.date());
            g.writeStringField("author", h.author());
            g.writeBooleanField("read", h.read());
            g.writeBooleanField("starred", h.starred());
            if (h.snippet() != null) {
                g.writeStringField("snippet", h.snippet());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    void article(Article a, String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id().toString());
        g.writeNumberField("feed_id", a.feedId());
        g.writeStringField("feed", a.feedName());
        g.writeStringField("guid", a.guid());
        g.writeStringField("title", a.title());
        g.writeStringField("link", a.url());
        date("published", a.published());
        date("updated", a.updated());
        people("authors", a.authors());
        strings("categories", a.categories());
        enclosures(a.enclosures());
        g.writeStringField("summary", a.summary());
        g.writeStringField("content", a.content());
        g.writeStringField("text", text);
        date("first_seen", a.firstSeen());
        g.writeBooleanField("read", a.read());
        g.writeBooleanField("starred", a.starred());
        g.writeEndObject();
    }

    void feeds(List<FeedOverview> feeds) throws IOException {
        g.writeStartArray();
        for (FeedOverview o : feeds) {
            g.writeStartObject();
            g.writeNumberField("id", o.feed().id());
            g.writeStringField("name", o.feed().name());
            g.writeStringField("url", o.feed().url());
            g.writeStringField("site", o.feed().siteUrl());
            g.writeStringField("format", o.feed().format() == null ? null : o.feed().format().id());
            g.writeNumberField("articles", o.articles());
            g.writeNumberField("unread", o.unread());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    void stats(LibraryStats s, String dataDirectory) throws IOException {
        g.writeStartObject();
        g.writeStringField("data_directory", dataDirectory);
        g.writeNumberField("feeds", s.feeds());
        g.writeNumberField("folders", s.folders());
        g.writeNumberField("articles", s.articles());
        g.writeNumberField("unread", s.unread());
        g.writeNumberField("starred", s.starred());
        g.writeNumberField("not_yet_searchable", s.pendingIndex());
        g.writeNumberField("database_bytes", s.databaseBytes());
        g.writeEndObject();
    }

    private void date(String field, Instant instant) throws IOException {
        g.writeStringField(field, instant == null ? null : instant.toString());
    }

    private void people(String field, List<Person> people) throws IOException {
        g.writeArrayFieldStart(field);
        for (Person p : people) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("email", p.email());
            g.writeStringField("uri", p.uri());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void strings(String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void enclosures(List<Enclosure> enclosures) throws IOException {
        g.writeArrayFieldStart("enclosures");
        for (Enclosure e : enclosures) {
            g.writeStartObject();
            g.writeStringField("url", e.url());
            g.writeStringField("type", e.type());
            if (e.length() == null) {
                g.writeNullField("length");
            } else {
                g.writeNumberField("length", e.length());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        g.flush();
        g.close();
    }
}

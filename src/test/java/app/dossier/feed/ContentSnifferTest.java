package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.feed.ContentSniffer.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTest {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', value = {
        "<?xml version='1.0'?><rss version='2.0'>                    | application/rss+xml | RSS",
        "<?xml version='1.0'?><rss version='2.0'>                    | text/html           | RSS",
        "  \n<!-- generator --><feed xmlns='http://www.w3.org/2005/Atom'> | text/xml       | ATOM",
        "<rdf:RDF xmlns:rdf='x'>                                     | application/xml     | RSS",
        "<atom:feed xmlns:atom='x'>                                  |                     | ATOM",
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []} | application/json | JSON_FEED",
        "{\"data\": []}                                              | application/json    | OTHER",
        "<!DOCTYPE html><html><head>                                 | text/html           | HTML",
        "<!doctype HTML>                                             | application/xml     | HTML",
        "<html lang=en>                                              | text/xml            | HTML",
        "<?xml version='1.0'?><!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x'><html><body><feed> | application/xml | HTML",
        "<head><title>x</title>                                      | text/html           | HTML",
        "<head><title>x</title>                                      | application/xml     | OTHER",
        "plain words                                                 | text/plain          | OTHER",
        "''                                                          | text/html           | OTHER",
    })
    void tellsFeedsFromPages(String start, String contentType, Kind kind) {
        assertThat(ContentSniffer.sniff(start.getBytes(StandardCharsets.UTF_8), contentType)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8, RSS", "UTF-16BE, RSS", "UTF-16LE, RSS"})
    void seesThroughByteOrderMarks(String charset, Kind kind) {
        byte[] body = "\uFEFF<?xml version='1.0'?><rss>".getBytes(java.nio.charset.Charset.forName(charset));
        assertThat(ContentSniffer.sniff(body, null)).isEqualTo(kind);
    }
}

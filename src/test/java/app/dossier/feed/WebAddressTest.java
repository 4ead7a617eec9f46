package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAddressTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "https://site.example/feed              | https://site.example/feed",
        "  HTTP://Site.Example                  | http://Site.Example/",
        "http://site.example?x=1                | http://site.example/?x=1",
        "https://site.example/a b/ü.xml         | https://site.example/a%20b/%C3%BC.xml",
        "https://site.example/%7Euser/feed      | https://site.example/%7Euser/feed",
        "https://bücher.example:8443/feed       | https://xn--bcher-kva.example:8443/feed",
        "https://новости.example/rss            | https://xn--b1amnebsh.example/rss",
        "ftp://site.example/feed                | ",
        "mailto:someone@site.example            | ",
        "/relative/only                         | ",
        "http://                                | ",
        "''                                     | ",
    })
    void parsesWhatPeopleType(String text, String expected) {
        URI uri = WebAddress.parse(text);
        assertThat(uri == null ? null : uri.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', value = {
        "http://h.example/a/b   | c              | http://h.example/a/c",
        "http://h.example/a/b   | /c?d=1         | http://h.example/c?d=1",
        "http://h.example/      | //cdn.example/f | http://cdn.example/f",
        "http://h.example/a     | https://o.example | https://o.example/",
        "http://h.example/a     | javascript:x   | ",
        "http://h.example/a     | http://[bad    | ",
    })
    void resolvesRedirects(String base, String location, String expected) {
        URI uri = WebAddress.resolve(URI.create(base), location);
        assertThat(uri == null ? null : uri.toString()).isEqualTo(expected);
    }
}

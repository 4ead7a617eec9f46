package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 3986 §5.4's examples, against its base {@code http://a/b/c/d;p?q}, and feed-world extras. */
class UrlResolverTest {

    private static final String RFC_BASE = "http://a/b/c/d;p?q";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "g          | http://a/b/c/g",
        "./g        | http://a/b/c/g",
        "g/         | http://a/b/c/g/",
        "/g         | http://a/g",
        "//g        | http://g",
        "?y         | http://a/b/c/d;p?y",
        "g?y        | http://a/b/c/g?y",
        "#s         | http://a/b/c/d;p?q#s",
        "g#s        | http://a/b/c/g#s",
        "g?y#s      | http://a/b/c/g?y#s",
        ";x         | http://a/b/c/;x",
        "g;x        | http://a/b/c/g;x",
        ".          | http://a/b/c/",
        "./         | http://a/b/c/",
        "..         | http://a/b/",
        "../        | http://a/b/",
        "../g       | http://a/b/g",
        "../..      | http://a/",
        "../../     | http://a/",
        "../../g    | http://a/g",
        "../../../g | http://a/g",
        "/./g       | http://a/g",
        "/../g      | http://a/g",
        "g.         | http://a/b/c/g.",
        ".g         | http://a/b/c/.g",
        "g..        | http://a/b/c/g..",
        "..g        | http://a/b/c/..g",
        "./../g     | http://a/b/g",
        "./g/.      | http://a/b/c/g/",
        "g/./h      | http://a/b/c/g/h",
        "g/../h     | http://a/b/c/h",
        "g;x=1/./y  | http://a/b/c/g;x=1/y",
        "g;x=1/../y | http://a/b/c/y",
    })
    void resolvesLikeRfc3986(String reference, String expected) {
        assertThat(UrlResolver.resolve(RFC_BASE, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} against {0}")
    @CsvSource(delimiter = '|', value = {
        "https://example.org               | /a b.html           | https://example.org/a%20b.html",
        "https://example.org/feed.xml      | https://other.net/x | https://other.net/x",
        "https://example.org/feed.xml      | mailto:me@x.org     | mailto:me@x.org",
        "file:/tmp/feeds/feed.xml          | a/b.html            | file:/tmp/feeds/a/b.html",
        "https://example.org/новини/       | статья.html         | https://example.org/новини/статья.html",
        "                                  | /relative           | /relative",
    })
    void everydayCases(String base, String reference, String expected) {
        assertThat(UrlResolver.resolve(base, reference)).isEqualTo(expected);
    }
}

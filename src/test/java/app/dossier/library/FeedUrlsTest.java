package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://example.org/feed.xml,            https://example.org/feed.xml",
        "HTTPS://Example.ORG/Feed,                https://example.org/Feed",
        "example.org/rss,                         https://example.org/rss",
        "example.org,                             https://example.org/",
        "feed://example.org/rss,                  https://example.org/rss",
        "feed:https://example.org/rss,            https://example.org/rss",
        "http://example.org:8080/a?b=c%26d,       http://example.org:8080/a?b=c%26d",
        "https://user:pw@example.org/private,     https://user:pw@example.org/private",
        "https://пример.укр/новини,              https://xn--e1afmkfd.xn--j1amh/новини",
        "https://example.org?x=1,                 https://example.org/?x=1",
    })
    void normalisesWhatPeopleType(String input, String expected) {
        assertThat(FeedUrls.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ftp://example.org/feed", "javascript:alert(1)", "not a url", "feeds.xml",
        "./feed.xml", "/tmp/missing.xml", "https://", "https:///path", "https://exa mple.org/"})
    void refusesWhatIsNotAWebAddress(String input) {
        assertThatThrownBy(() -> FeedUrls.normalise(input)).isInstanceOf(LibraryException.class)
                .hasMessageNotContaining("\n");
    }
}

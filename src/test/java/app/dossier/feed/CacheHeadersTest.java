package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.CacheHints;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CacheHeadersTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sun, 06 Nov 1994 08:49:37 GMT   | 1994-11-06T08:49:37Z",
        "Sunday, 06-Nov-94 08:49:37 GMT  | 1994-11-06T08:49:37Z",
        "Sun Nov  6 08:49:37 1994        | 1994-11-06T08:49:37Z",
        "Sat, 01 Mar 2025 11:30:00 GMT   | 2025-03-01T11:30:00Z",
        "Sat, 01 Mar 2025 11:30:00 +0100 | 2025-03-01T10:30:00Z",
        "0                               | ",
        "-1                              | ",
        "tomorrow                        | ",
    })
    void readsTheThreeHttpDateForms(String value, Instant expected) {
        assertThat(HttpDates.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @CsvSource(delimiter = '|', value = {
        "120                           | 2025-03-01T10:02:00Z",
        "0                             | 2025-03-01T10:00:00Z",
        "Sat, 01 Mar 2025 11:00:00 GMT | 2025-03-01T11:00:00Z",
        "Fri, 28 Feb 2025 11:00:00 GMT | 2025-03-01T10:00:00Z",
        "99999999999999999999          | 2035-02-27T10:00:00Z",
        "-5                            | ",
        "soon                          | ",
        "''                            | ",
    })
    void readsRetryAfterInBothForms(String value, Instant expected) {
        assertThat(CacheHeaders.retryAfter(value, NOW)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / Age {1} / Expires {2}")
    @CsvSource(delimiter = '|', value = {
        "max-age=3600                 |     |                               | PT1H  | ",
        "public, max-age=\"600\"        |     |                               | PT10M | ",
        "MAX-AGE=600, must-revalidate | 100 |                               | PT500S | ",
        "max-age=60                   | 100 |                               | PT0S  | ",
        "no-cache                     |     | Sat, 01 Mar 2025 12:00:00 GMT |       | 2025-03-01T12:00:00Z",
        "max-age=60                   |     | Sat, 01 Mar 2025 12:00:00 GMT | PT1M  | ",
        "max-age=abc                  |     |                               |       | ",
        "                             |     | 0                             |       | ",
    })
    void readsFreshness(String cacheControl, String age, String expires, Duration maxAge, Instant expiresAt) {
        Map<String, List<String>> map = new HashMap<>();
        if (cacheControl != null) {
            map.put("Cache-Control", List.of(cacheControl));
        }
        if (age != null) {
            map.put("Age", List.of(age));
        }
        if (expires != null) {
            map.put("Expires", List.of(expires));
        }
        HttpHeaders headers = HttpHeaders.of(map, (a, b) -> true);

        CacheHints hints = CacheHeaders.read(headers, NOW, true);

        assertThat(hints.maxAge()).isEqualTo(maxAge);
        assertThat(hints.expires()).isEqualTo(expiresAt);
        assertThat(hints.retryAfter()).isNull();
    }
}

package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Thu, 01 Jan 2004 19:48:21 GMT            | 2004-01-01T19:48:21Z",
        "Thu, 1 Jan 2004 19:48:21 +0100           | 2004-01-01T18:48:21Z",
        "1 Jan 2004 19:48 EST                     | 2004-01-02T00:48:00Z",
        "Thu, 01 Jan 04 19:48:21 PDT              | 2004-01-02T02:48:21Z",
        "Thursday, 01 January 2004 19:48:21 UT    | 2004-01-01T19:48:21Z",
        "Sat, 28 Sep 2002 21:00:02 Z              | 2002-09-28T21:00:02Z",
        "Wed, 1 Jun 2005 7:00 PM GMT              | 2005-06-01T19:00:00Z",
        "2003-12-31T10:14:55Z                     | 2003-12-31T10:14:55Z",
        "2003-12-31T10:14:55.123-08:00            | 2003-12-31T18:14:55.123Z",
        "2003-12-31T10:14+01:00                   | 2003-12-31T09:14:00Z",
        "2003-12-31 10:14:55                      | 2003-12-31T10:14:55Z",
        "2003-12-31 10:14:55 +0300                | 2003-12-31T07:14:55Z",
        "2003-12-31                               | 2003-12-31T00:00:00Z",
        "2003-12                                  | 2003-12-01T00:00:00Z",
        "2003                                     | 2003-01-01T00:00:00Z",
        "20031231T101455Z                         | 2003-12-31T10:14:55Z",
        "2003-12-31T24:00:00Z                     | 2004-01-01T00:00:00Z",
        "Mon, 15 Aug 2022 09:30:00 +0300          | 2022-08-15T06:30:00Z",
    })
    void readsTheFormatsFeedsWrite(String text, String expected) {
        assertThat(DateParser.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "yesterday", "2003-13-45", "Thu, 31 Feb 2004 10:00:00 GMT",
        "not a date at all", "12:00", "2004-01-01T25:61:00Z", "Mon, 01 Foo 2004 10:00 GMT"})
    void unreadableDatesAreUnknownNotErrors(String text) {
        assertThat(DateParser.parse(text)).isNull();
    }
}

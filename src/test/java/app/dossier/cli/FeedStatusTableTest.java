package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedStatusTableTest {

    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource({"0, 0 B", "999, 999 B", "1000, 1 KB", "14499, 14 KB", "999499, 999 KB", "3240000, 3.2 MB"})
    void bytesAreShort(long n, String shown) {
        assertThat(FeedStatusTable.bytes(n)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({"0, 0 ms", "85, 85 ms", "999, 999 ms", "1000, 1.0 s", "1449, 1.4 s", "30000, 30.0 s"})
    void durationsAreShort(long ms, String shown) {
        assertThat(FeedStatusTable.duration(Duration.ofMillis(ms))).isEqualTo(shown);
    }
}

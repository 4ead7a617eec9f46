package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.feed.FetchResult.Outcome;
import app.dossier.feed.FetchResult.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedFetcherEncodingTest extends FetcherTestBase {

    @Test
    void asksForGzipAndDeflate() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));

        fetch(fetcher(), "/feed");

        assertThat(server.requests("/feed").get(0).header("Accept-Encoding")).isEqualTo("gzip, deflate");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gzip", "x-gzip", "deflate-zlib", "deflate-raw", "gzip-two-members", "identity"})
    void decodesEveryEncodingWeAskFor(String flavour) throws Exception {
        byte[] wire = switch (flavour) {
            case "gzip", "x-gzip" -> gzip(RSS_BYTES);
            case "deflate-zlib" -> deflate(RSS_BYTES, false);
            case "deflate-raw" -> deflate(RSS_BYTES, true);
            case "gzip-two-members" -> concat(gzip(Arrays.copyOf(RSS_BYTES, 40)),
                    gzip(Arrays.copyOfRange(RSS_BYTES, 40, RSS_BYTES.length)));
            default -> RSS_BYTES;
        };
        String header = flavour.startsWith("deflate") ? "deflate" : flavour.equals("x-gzip") ? "x-gzip"
                : flavour.equals("identity") ? "identity" : "gzip";
        server.on("/feed", LoopbackServer.answer(200, wire, "Content-Encoding", header));

        FetchResult result = fetch(fetcher(), "/feed");

        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(new String(result.body())).isEqualTo(RSS);
        assertThat(result.wireBytes()).isEqualTo(wire.length);
        assertThat(result.decodedBytes()).isEqualTo(RSS_BYTES.length);
        assertThat(result.bodyHash()).isEqualTo(BodyHash.of(RSS_BYTES));
    }

    @Test
    void aBodyLabelledGzipButSentPlainIsTakenAsItIs() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES, "Content-Encoding", "gzip"));

        FetchResult result = fetch(fetcher(), "/feed");

        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(new String(result.body())).isEqualTo(RSS);
    }

    @Test
    void corruptGzipIsAClearError() throws Exception {
        byte[] broken = gzip(RSS_BYTES);
        broken = Arrays.copyOf(broken, broken.length - 12);
        server.on("/feed", LoopbackServer.answer(200, broken, "Content-Encoding", "gzip"));

        FetchResult result = fetch(fetcher(), "/feed");

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.problem()).isEqualTo(Problem.DECODING);
        assertThat(result.message()).isEqualTo("the response could not be decompressed (corrupt or unsupported encoding)");
    }

    @Test
    void aGzipBombStopsAtTheLimit() throws Exception {
        // 200 MB of zeros is about 200 KB compressed; the default limit of 20 MB must stop it.
        byte[] bomb = gzipZeros(200L * 1024 * 1024);
        server.on("/feed", LoopbackServer.answer(200, bomb, "Content-Encoding", "gzip"));
        FetchSettings settings = fast().withMaxBodyBytes(FetchSettings.DEFAULT_MAX_BODY_BYTES);

        FetchResult result = fetch(fetcher(settings), "/feed");

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(result.message()).isEqualTo("the response is larger than the 20 MB limit");
        assertThat(result.body()).isNull();
    }

    @Test
    void aDeflateBombStopsAtTheLimitToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream d = new DeflaterOutputStream(out)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 8; i++) {
                d.write(zeros);
            }
        }
        server.on("/feed", LoopbackServer.answer(200, out.toByteArray(), "Content-Encoding", "deflate"));

        FetchResult result = fetch(fetcher(fast().withMaxBodyBytes(1024 * 1024)), "/feed");

        assertThat(result.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(result.message()).isEqualTo("the response is larger than the 1 MB limit");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws Exception {
        byte[] big = new byte[300 * 1024];
        server.on("/feed", LoopbackServer.answer(200, big));

        FetchResult result = fetch(fetcher(fast().withMaxBodyBytes(100 * 1024)), "/feed");

        assertThat(result.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(result.message()).isEqualTo("the response is larger than the 100 KB limit");
    }

    @Test
    void anUndeclaredLengthOverTheLimitStopsAtTheLimit() throws Exception {
        server.on("/feed", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = new byte[16 * 1024];
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                }
            } catch (IOException closedByTheClient) {
                // expected: the fetcher hangs up at the limit
            }
        });

        FetchResult result = fetch(fetcher(fast().withMaxBodyBytes(100 * 1024)), "/feed");

        assertThat(result.problem()).isEqualTo(Problem.TOO_LARGE);
    }

    @Test
    void aBodyExactlyAtTheLimitIsAccepted() throws Exception {
        byte[] body = Arrays.copyOf(RSS_BYTES, 4096);
        Arrays.fill(body, RSS_BYTES.length, body.length, (byte) ' ');
        server.on("/feed", LoopbackServer.answer(200, gzip(body), "Content-Encoding", "gzip"));

        FetchResult result = fetch(fetcher(fast().withMaxBodyBytes(4096)), "/feed");

        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(result.decodedBytes()).isEqualTo(4096);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream g = new GZIPOutputStream(out)) {
            g.write(data);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (OutputStream d = new DeflaterOutputStream(out, deflater)) {
            d.write(data);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static byte[] gzipZeros(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (OutputStream g = new GZIPOutputStream(out, 64 * 1024)) {
            for (long written = 0; written < size; written += zeros.length) {
                g.write(zeros);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

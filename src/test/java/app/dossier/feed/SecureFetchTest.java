package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds over HTTPS from a loopback server whose certificate the test makes: TLS (and the trust
 * store) is set up only at the first secure connection, and every check of the platform's trust still
 * applies (an unknown issuer and a certificate for another host name are refused).
 */
class SecureFetchTest extends FetcherTestBase {

    private static final char[] PASSWORD = "dossier-test".toCharArray();

    @TempDir
    static Path keys;

    /** A certificate for 127.0.0.1 and one for another name, each in a key store and a trust store. */
    private static Path loopbackKeys;
    private static Path loopbackTrust;
    private static Path otherNameKeys;
    private static Path otherNameTrust;

    private HttpsServer https;

    @BeforeAll
    static void makeCertificates() throws Exception {
        loopbackKeys = keys.resolve("loopback.p12");
        loopbackTrust = keys.resolve("loopback-trust.p12");
        otherNameKeys = keys.resolve("other.p12");
        otherNameTrust = keys.resolve("other-trust.p12");
        certificate(loopbackKeys, loopbackTrust, "CN=127.0.0.1", "SAN=ip:127.0.0.1");
        certificate(otherNameKeys, otherNameTrust, "CN=feeds.example.org", "SAN=dns:feeds.example.org");
    }

    @AfterEach
    void stopHttps() {
        if (https != null) {
            https.stop(0);
        }
    }

    @Test
    void aServerWhoseIssuerNobodyTrustsIsRefused() throws Exception {
        String url = serve(loopbackKeys);
        FeedFetcher fetcher = fetcher();
        FetchResult r = fetch(fetcher, FetchRequest.of(url));
        assertThat(r.problem()).isEqualTo(FetchResult.Problem.TLS);
        assertThat(r.message()).contains("secure connection").doesNotContain("Exception");
        fetcher.close();
    }

    @Test
    void aTrustedCertificateForThisHostIsAccepted() throws Exception {
        String url = serve(loopbackKeys);
        FetchResult r = fetchTrusting(loopbackTrust, url);
        assertThat(r.problem()).isEqualTo(FetchResult.Problem.NONE);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("<title>One</title>");
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        String url = serve(otherNameKeys);
        FetchResult r = fetchTrusting(otherNameTrust, url);
        assertThat(r.problem()).isEqualTo(FetchResult.Problem.TLS);
    }

    @Test
    void tlsIsSetUpAtTheFirstSecureConnectionOnly() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES, "Content-Type", "application/rss+xml"));
        FeedFetcher fetcher = fetcher();
        try {
            assertThat(fetch(fetcher, "/feed").problem()).isEqualTo(FetchResult.Problem.NONE);
            assertThat(fetcher.tlsMade()).isFalse();
            String url = serve(loopbackKeys);
            assertThat(fetch(fetcher, FetchRequest.of(url)).problem()).isEqualTo(FetchResult.Problem.TLS);
            assertThat(fetcher.tlsMade()).isTrue();
        } finally {
            fetcher.close();
        }
    }

    @Test
    void theDeferredContextRefusesToBeSetUpByHand() {
        DeferredTls tls = DeferredTls.create();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tls.init(null, null, null))
                .isInstanceOf(java.security.KeyManagementException.class);
        assertThat(tls.isMade()).isFalse();
        assertThat(tls.getDefaultSSLParameters().getProtocols()).isNotEmpty(); // the platform's own
        assertThat(tls.isMade()).isTrue();
    }

    @Test
    void closingStopsTheClientsSelectorThreadAndLaterFetchesFailPromptly() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES, "Content-Type", "application/rss+xml"));
        FeedFetcher fetcher = fetcher();
        assertThat(fetch(fetcher, "/feed").problem()).isEqualTo(FetchResult.Problem.NONE);
        Thread selector = fetcher.selectorThread();
        assertThat(selector).isNotNull();
        assertThat(selector.isAlive()).isTrue();

        fetcher.close();

        selector.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(selector.isAlive()).isFalse();
        FetchResult after = fetcher.fetch(FetchRequest.of(server.url("/feed"))).get(1, TimeUnit.SECONDS);
        assertThat(after.outcome()).isNotIn(FetchResult.Outcome.UPDATED, FetchResult.Outcome.UNCHANGED);
        assertThat(after.message()).isNotBlank();
        fetcher.close(); // twice is harmless
    }

    // ---- helpers ----

    private String serve(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(context));
        https.createContext("/feed", exchange -> LoopbackServer.send(exchange, 200, RSS_BYTES,
                "Content-Type", "application/rss+xml"));
        https.start();
        return "https://127.0.0.1:" + https.getAddress().getPort() + "/feed";
    }

    /** Fetches {@code url} with a new fetcher, the platform trust store replaced by {@code trustStore}. */
    private FetchResult fetchTrusting(Path trustStore, String url) throws Exception {
        String[] names = {"javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType"};
        String[] old = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            old[i] = System.getProperty(names[i]);
        }
        System.setProperty(names[0], trustStore.toString());
        System.setProperty(names[1], new String(PASSWORD));
        System.setProperty(names[2], "PKCS12");
        FeedFetcher fetcher = fetcher();
        try {
            return fetch(fetcher, FetchRequest.of(url));
        } finally {
            fetcher.close();
            for (int i = 0; i < names.length; i++) {
                if (old[i] == null) {
                    System.clearProperty(names[i]);
                } else {
                    System.setProperty(names[i], old[i]);
                }
            }
        }
    }

    /** A self-signed EC key and certificate in {@code keyStore}, its certificate alone in {@code trustStore}. */
    private static void certificate(Path keyStore, Path trustStore, String dname, String san)
            throws IOException, InterruptedException {
        Path cert = keyStore.resolveSibling(keyStore.getFileName() + ".crt");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname,
                "-ext", san, "-validity", "2", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD));
        keytool("-exportcert", "-alias", "server", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", cert.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD));
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed: " + out);
        }
    }
}

package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.FetchState;
import org.junit.jupiter.api.Test;

class FeedFetcherHeadersTest extends FetcherTestBase {

    @Test
    void saysHonestlyWhoItIs() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES));

        fetch(fetcher(), "/feed");

        assertThat(server.requests("/feed").get(0).header("User-Agent"))
                .matches("Dossier/\\S+ \\(\\+https://github\\.com/dossier-reader/dossier\\)");
        assertThat(FeedFetcher.defaultUserAgent())
                .isEqualTo("Dossier/dev (+https://github.com/dossier-reader/dossier)");
    }

    @Test
    void sendsNoCookiesNoReferrerAndOnlyGets() throws Exception {
        server.on("/feed", LoopbackServer.answer(200, RSS_BYTES, "Set-Cookie", "visitor=abc; Path=/",
                "Set-Cookie", "tracker=1"));
        server.on("/moved", LoopbackServer.answer(302, null, "Set-Cookie", "hop=1", "Location", "/feed"));
        FeedFetcher fetcher = fetcher();

        FetchResult first = fetch(fetcher, "/feed");
        fetch(fetcher, new FetchRequest(server.url("/feed"), first.nextState(FetchState.NEW), false));
        fetch(fetcher, "/moved");

        assertThat(server.requests()).hasSize(4);
        for (LoopbackServer.Seen seen : server.requests()) {
            assertThat(seen.method()).isEqualTo("GET");
            assertThat(seen.header("Cookie")).isNull();
            assertThat(seen.header("Referer")).isNull();
            assertThat(seen.header("Accept")).startsWith("application/atom+xml, application/rss+xml");
        }
    }
}

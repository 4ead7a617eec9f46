package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedirectTrailTest {

    private static final URI A = URI.create("http://h.example/a");

    @Test
    void theUnbrokenPermanentChainEndsAtTheFirstTemporaryHop() {
        RedirectTrail trail = new RedirectTrail(5);
        trail.visit(A);

        URI b = trail.follow(A, 308, "/b").target();
        trail.visit(b);
        URI c = trail.follow(b, 301, "https://other.example/c").target();
        trail.visit(c);
        URI d = trail.follow(c, 302, "/d").target();
        trail.visit(d);
        trail.follow(d, 301, "/e");

        assertThat(trail.permanentTarget()).isEqualTo("https://other.example/c");
    }

    @Test
    void aLoopIsCaughtBeforeTheLimit() {
        RedirectTrail trail = new RedirectTrail(5);
        trail.visit(A);

        RedirectTrail.Step step = trail.follow(A, 302, "http://h.example/a");

        assertThat(step.target()).isNull();
        assertThat(step.problem()).isEqualTo("the server redirects in a loop (back to http://h.example/a)");
    }

    @Test
    void theLimitCounts() {
        RedirectTrail trail = new RedirectTrail(1);
        trail.visit(A);

        assertThat(trail.follow(A, 302, "/b").target()).isNotNull();
        assertThat(trail.follow(A, 302, "/c").problem()).isEqualTo("more than 1 redirects");
    }
}

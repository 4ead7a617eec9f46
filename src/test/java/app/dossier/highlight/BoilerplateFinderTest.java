package app.dossier.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written matcher of furniture sentences answers exactly as the pattern it replaces. */
class BoilerplateFinderTest {

    private static final Pattern SENTENCE = Pattern.compile(
            "(?i)\\W{0,2}(see our|read our|sign up for our|subscribe to our|follow us on|click here to|"
            + "download our app|listen to our|watch our|you can read|for more on this)\\b");

    private static final String[] OPENINGS = {"see our", "read our", "sign up for our", "subscribe to our",
        "follow us on", "click here to", "download our app", "listen to our", "watch our", "you can read",
        "for more on this"};

    @Test
    void sentenceOpeningsMatchLikeThePattern() {
        List<String> cases = new ArrayList<>(List.of(
                "See our coverage of the war.", "— Read our live blog", "\u201CSign up for our newsletter",
                "SUBSCRIBE TO OUR channel", "Follow us on X", "follow us online", "Click here to donate",
                "Download our app today", "Listen to our podcast", "Watch our video", "You can read more",
                "For more on this story", "..see our", "...see our", "see ours", "see our_", "see our2",
                "see our\u0301", "see our\u00E9", "see our.", "see ou", "", "s", "See  our", "Sée our",
                "\u017Fee our", "read our\uD835\uDC00", "watch our\uD83D\uDE00", "_ see our", "12see our",
                "The minister said she would see our delegation."));
        String[] words = {"see", "our", "read", "sign", "up", "for", "follow", "us", "on", "click", "here", "to",
            "you", "can", "more", "this", "watch", "listen", "SEE", "Our", "\u2014", "\"", "(", " ", "x"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextBoolean()) { // an opening, maybe in capitals, maybe cut short
                String opening = OPENINGS[random.nextInt(OPENINGS.length)];
                opening = random.nextBoolean() ? opening.toUpperCase(java.util.Locale.ROOT) : opening;
                sb.append(random.nextInt(4) == 0 ? opening.substring(0, random.nextInt(opening.length())) : opening);
            }
            int count = 1 + random.nextInt(5);
            for (int w = 0; w < count; w++) {
                sb.append(words[random.nextInt(words.length)]);
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            cases.add(sb.toString());
        }
        int matched = 0;
        for (String c : cases) {
            String padded = "ab " + c + " cd";
            int a = 3;
            int b = 3 + c.length();
            boolean expected = SENTENCE.matcher(padded).region(a, b).lookingAt();
            assertThat(BoilerplateFinder.sentenceFurniture(padded.toCharArray(), a, b)).as(c).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(200);
    }

    @Test
    void theHeaderPrecheckLetsEveryHeaderThrough() {
        String[] openings = {"Related", "related stories", "Read more", "READ ALSO", "See also", "More on this story",
            "Also read", "More from", "Recommended for you", "You may also like", "Most popular", "Advertisement",
            "Sponsored content", "Share this", "Follow us", "Subscribe", "Sign up", "Newsletter", "Filed under",
            "Editor's note", "Editors note", "Leave a comment", "Support our", "We use cookies",
            "Listen to this article", "Click here", "Copyright", "\u00A9 2026", "All rights reserved",
            "This story was originally published", "Originally published", "Keep reading", "Continue reading",
            "Join us", "Become a member", "The minister said", "Relatedly", "Readers", "seeing", "\u00C9ditor"};
        java.util.Random random = new java.util.Random(11);
        int headers = 0;
        for (int n = 0; n < 4000; n++) {
            String o = openings[random.nextInt(openings.length)];
            String text = (random.nextBoolean() ? o : o.toLowerCase(java.util.Locale.ROOT))
                    + (random.nextBoolean() ? ": the next words" : random.nextBoolean() ? "" : "x and more");
            boolean header = BoilerplateFinder.HEADER.matcher(text).lookingAt();
            headers += header ? 1 : 0;
            if (header) {
                assertThat(BoilerplateFinder.mayOpenHeader(text.toCharArray(), 0, text.length())).as(text).isTrue();
            }
        }
        assertThat(headers).isGreaterThan(1000);
        assertThat(BoilerplateFinder.mayOpenHeader("The minister said".toCharArray(), 0, 17)).isFalse();
    }

    @Test
    void appealWordsAreCountedLikeContainsOnTheLowerCase() {
        java.util.Random random = new java.util.Random(5);
        String[] fillers = {"the", "Minister", "said", " ", ", ", "SUPPORT", "Us", "\u00C9", "\u2019", "-"};
        int appeals = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                String w = random.nextInt(3) == 0 ? BoilerplateFinder.APPEAL_WORDS[random.nextInt(
                        BoilerplateFinder.APPEAL_WORDS.length)] : fillers[random.nextInt(fillers.length)];
                if (random.nextInt(4) == 0) {
                    w = w.toUpperCase(java.util.Locale.ROOT);
                } else if (random.nextInt(4) == 0 && w.length() > 2) {
                    w = w.substring(0, w.length() - 1);
                }
                sb.append(w).append(random.nextBoolean() ? " " : "");
            }
            String text = "x " + sb + " y";
            String lower = sb.toString().toLowerCase(java.util.Locale.ROOT);
            int expected = 0;
            for (String w : BoilerplateFinder.APPEAL_WORDS) {
                expected += lower.contains(w) ? 1 : 0;
            }
            appeals += expected >= 2 ? 1 : 0;
            long scan = BoilerplateFinder.scanParagraph(text.toCharArray(), 2, 2 + sb.length());
            assertThat(scan >>> 32).as(text).isEqualTo(expected);
            assertThat((int) scan).as(text).isEqualTo(BoilerplateFinder.countWords(sb.toString()));
        }
        assertThat(appeals).isGreaterThan(300);
    }
}

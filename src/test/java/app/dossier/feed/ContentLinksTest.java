package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentLinksTest {

    private static final String BASE = "https://news.example/world/2026/11/story.html";

    @Test
    void relativeReferencesBecomeAbsolute() {
        ContentLinks links = new ContentLinks();
        assertThat(links.resolve("<p>See <a href=\"../analysis.html\">the “analysis”</a> "
                + "<img src='/img/a.jpg'> <a href=\"https://other.example/x\">x</a></p>", BASE))
                .isEqualTo("<p>See <a href=\"https://news.example/world/2026/analysis.html\">the “analysis”</a> "
                        + "<img src='https://news.example/img/a.jpg'> <a href=\"https://other.example/x\">x</a></p>");
        assertThat(links.resolve("<a href=\"?page=2#comments\">more</a>", BASE))
                .isEqualTo("<a href=\"https://news.example/world/2026/11/story.html?page=2#comments\">more</a>");
    }

    @Test
    void textWithoutRelativeReferencesIsReturnedAsItIs() {
        ContentLinks links = new ContentLinks();
        String html = "<p>“No links” here, a = b and <a href=\"https://x.example/\">one</a></p>";
        assertThat(links.resolve(html, BASE)).isSameAs(html);
        assertThat(links.resolve(html, null)).isSameAs(html);
        assertThat(links.resolve(null, BASE)).isNull();
    }

    @Test
    void aQuoteInTheResolvedAddressIsEscapedForItsAttribute() {
        ContentLinks links = new ContentLinks();
        // The base brings a quote of the attribute's own kind into the address.
        assertThat(links.resolve("<a href='x'>x</a> <a href=\"y\">y</a>", "https://o.example/a'b/"))
                .isEqualTo("<a href='https://o.example/a&#39;b/x'>x</a> <a href=\"https://o.example/a'b/y\">y</a>");
    }

    /** The same output as writing the text with a string builder, on many entries resolved one after another. */
    @Test
    void sameTextAsAStringBuilderOverManyEntriesInARow() {
        Random random = new Random(17);
        String[] pieces = {"<p>", "</p>", " href=\"../a.html\"", " src='img/b.png'", " HREF = \"c d\"", " href=\"#top\"",
            " href=\"https://abs.example/\"", " src=\"\"", "“quoted”", " é ", "中文", " = ", "=\"", " href='", "<a",
            " data-x=\"1\"", " href=\"/root?q=1&amp;r=2\"", " src=\"//cdn.example/x.js\"", "\uD83D\uDE00", " xhref=\"z\"",
            " href=\"../../../../../../up\"", "\n", " src=\"mailto:x@example.org\""};
        ContentLinks links = new ContentLinks();
        ContentLinks reference = new ContentLinks();
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(round % 50 == 0 ? 400 : 40);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = sb.toString();
            String base = random.nextInt(10) == 0 ? "https://other.example/a/b/" : BASE;
            assertThat(links.resolve(html, base)).as(html).isEqualTo(withBuilder(reference, html, base));
        }
    }

    /** The parser's characters, a range of a larger buffer, give the same text as the string. */
    @Test
    void aRangeOfCharactersResolvesAsTheStringDoes() {
        Random random = new Random(23);
        String[] pieces = {"<p>", " href=\"../a.html\"", " src='img/b.png'", " href=\"https://abs.example/\"", "“q”",
            " = ", "=\"", "<a", " href='", "\uD83D\uDE00", " SRC=\"x\""};
        ContentLinks links = new ContentLinks();
        ContentLinks reference = new ContentLinks();
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = sb.toString();
            // Around the range: characters that would count if the range's ends were not respected.
            String around = " href=\"x\" = ";
            char[] chars = (around + html + around).toCharArray();
            String resolved = links.resolve(chars, around.length(), around.length() + html.length(), BASE, null);
            assertThat(resolved).as(html).isEqualTo(reference.resolve(html, BASE));
        }
        assertThat(links.resolve("ab".toCharArray(), 0, 2, null, null)).isEqualTo("ab");
    }

    /** How the text was written before: appended to a builder as the references are found. */
    private static String withBuilder(ContentLinks resolver, String html, String base) {
        String once = resolver.resolve(html, base);
        if (once == html) {
            return html;
        }
        // Rebuild from the differences the resolver reports, one reference at a time, with a builder.
        StringBuilder out = new StringBuilder();
        int n = html.length();
        int last = 0;
        int eq = html.indexOf('=');
        while (eq >= 0) {
            int k = eq - 1;
            while (k >= 0 && html.charAt(k) == ' ') {
                k--;
            }
            int end = k + 1;
            int start = end;
            while (start > 0 && start > end - 5 && Character.isLetter(html.charAt(start - 1)) && html.charAt(start - 1) < 128) {
                start--;
            }
            int len = end - start;
            boolean link = (len == 3 || len == 4) && start > 0 && Character.isWhitespace(html.charAt(start - 1))
                    && (len == 4 ? html.regionMatches(true, start, "href", 0, 4) : html.regionMatches(true, start, "src", 0, 3));
            if (!link) {
                eq = html.indexOf('=', eq + 1);
                continue;
            }
            int j = eq + 1;
            while (j < n && html.charAt(j) == ' ') {
                j++;
            }
            if (j >= n || (html.charAt(j) != '"' && html.charAt(j) != '\'')) {
                eq = html.indexOf('=', eq + 1);
                continue;
            }
            char quote = html.charAt(j);
            int valueEnd = html.indexOf(quote, j + 1);
            if (valueEnd < 0) {
                break;
            }
            eq = html.indexOf('=', valueEnd + 1);
            String value = html.substring(j + 1, valueEnd);
            String single = new ContentLinks().resolve(" href=" + quote + value + quote, base);
            String resolved = single.substring(7, single.length() - 1);
            out.append(html, last, j + 1).append(resolved);
            last = valueEnd;
        }
        return out.append(html, last, n).toString();
    }
}

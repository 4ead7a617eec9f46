package app.dossier.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.Quote;
import app.dossier.model.TextSpan;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain paragraph                 | <p>Hello world</p>                                     | Hello world
            two paragraphs                  | <p>One.</p><p>Two.</p>                                 | One.\\n\\nTwo.
            line break                      | <p>One<br>Two</p>                                      | One\\nTwo
            inline tags join words          | <p>Ukr<b>aine</b> and <a href="x">NATO</a></p>          | Ukraine and NATO
            named entities                  | <p>Tom &amp; Jerry &ldquo;hi&rdquo;</p>               | Tom & Jerry \u201Chi\u201D
            numeric entities                | <p>&#8220;Yes&#8221; &#x2014; no</p>                   | \u201CYes\u201D \u2014 no
            nbsp becomes a space            | <p>5&nbsp;billion&#160;euros</p>                       | 5 billion euros
            whitespace collapses            | <p>  a \\n\\t  b  </p>                                  | a b
            script and style are dropped    | <p>a</p><script>var x = "<p>";</script><style>p{}</style><p>b</p> | a\\n\\nb
            comments are dropped            | <p>a<!-- hidden <p> --> b</p>                          | a b
            unknown entity stays            | <p>AT&T &bogus; x</p>                                  | AT&T &bogus; x
            lone angle bracket              | <p>a < b and c > d</p>                                 | a < b and c > d
            unclosed tag at the end         | <p>text <a href="x                                     | text
            attribute with angle bracket    | <p title="a>b">text</p>                                | text
            cdata                           | <![CDATA[<b>x</b>]]>                                   | <b>x</b>
            soft hyphen is removed          | <p>cease&shy;fire</p>                                  | ceasefire
            list items are blocks           | <ul><li>One</li><li>Two</li></ul>                      | One\\n\\nTwo
            """)
    void extractsTextWithParagraphs(String name, String html, String expected) {
        String input = html.replace("\\n", "\n").replace("\\t", "\t");
        assertThat(HtmlText.extract(input).text()).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void everyTextCharacterMapsBackToTheHtmlItCameFrom() {
        String html = "<p>Zelensky said: &ldquo;We will <b>win</b>.&rdquo;</p><p>Caf&eacute; &amp; bar</p>";
        HtmlText.Result r = HtmlText.extract(html);
        String text = r.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String source = html.substring(r.from()[i], r.to()[i]);
            if (c == '\n' || c == ' ') {
                continue;
            }
            if (source.startsWith("&")) {
                assertThat(source).endsWith(";");
            } else {
                assertThat(source).isEqualTo(String.valueOf(c));
            }
        }
    }

    @Test
    void quoteSpansMapToTheSameWordsInTheHtml() {
        String html = "<div class=\"story\"><p>&#8220;We need air defence <em>now</em>,&#8221; said Kaja Kallas.</p></div>";
        ArticleAnalysis a = Highlighter.load().analyzeHtml(html, DocumentFrequencies.NONE, Set.of());
        assertThat(a.quotes()).hasSize(1);
        Quote q = a.quotes().get(0);
        TextSpan inHtml = a.sourceSpan(q.span());
        assertThat(html.substring(inHtml.start(), inHtml.end())).isEqualTo("We need air defence <em>now</em>,");
        TextSpan speaker = a.sourceSpan(q.speaker().span());
        assertThat(html.substring(speaker.start(), speaker.end())).isEqualTo("Kaja Kallas");
    }

    @Test
    void furnitureElementsAreBoilerplate() {
        String html = "<p>The talks resumed on Monday in Geneva after a long break.</p>"
                + "<aside><p>Read more: NATO and the EU agree on new sanctions</p></aside>"
                + "<div class=\"share-buttons\">Share on Facebook</div><p>Both sides said little.</p>";
        ArticleAnalysis a = Highlighter.load().analyzeHtml(html, DocumentFrequencies.NONE, Set.of());
        String text = a.text();
        int read = text.indexOf("Read more");
        int share = text.indexOf("Share on");
        assertThat(a.boilerplate()).anyMatch(b -> b.start() <= read && read < b.end());
        assertThat(a.boilerplate()).anyMatch(b -> b.start() <= share && share < b.end());
        assertThat(a.entities()).noneMatch(e -> e.text().equals("NATO"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            paragraph markup              | <p>Hello</p>                                | true
            document                      | <!DOCTYPE html><html><body>x</body></html> | true
            inline markup twice           | Some <b>bold</b> and <i>italic</i> text     | true
            plain text                    | Zelensky said the talks failed.             | false
            comparison in text            | If a < b and c > d then stop.               | false
            email address in angles       | Write to <editor@example.org> today.        | false
            one tag at the start          | <p>Hello                                    | true
            """)
    void detectsHtml(String name, String input, boolean html) {
        assertThat(Highlighter.looksLikeHtml(input)).isEqualTo(html);
    }

    @Test
    void plainTextIsItsOwnSource() {
        ArticleAnalysis a = Highlighter.load().analyzeText("Kyiv said the strike hit a school.", DocumentFrequencies.NONE,
                Set.of());
        assertThat(a.sourceMap().isIdentity()).isTrue();
        assertThat(a.sourceSpan(new TextSpan(0, 4))).isEqualTo(new TextSpan(0, 4));
        assertThat(a.analyzerVersion()).isEqualTo(Highlighter.VERSION);
    }
}

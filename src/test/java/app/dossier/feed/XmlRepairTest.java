package app.dossier.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlRepairTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<a>x&nbsp;y</a>                 | <a>x&#160;y</a>",
        "<a>Q&A</a>                      | <a>Q&amp;A</a>",
        "<a>&unknown; &amp; &#38;</a>    | <a>&amp;unknown; &amp; &#38;</a>",
        "<a>1 < 2</a>                    | <a>1 &lt; 2</a>",
        "<a>bad\u0001char</a>            | <a>badchar</a>",
        "junk<a/>                        | <a/>",
        "<a><![CDATA[a & b]]></a>        | <a><![CDATA[a & b]]></a>",
        "<a href='x?a=1&b=2'/>           | <a href='x?a=1&amp;b=2'/>",
    })
    void repairsWithoutTouchingWhatIsFine(String broken, String repaired) {
        assertThat(XmlRepair.repair(broken)).isEqualTo(repaired);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<rss><itunes:author>x</itunes:author></rss>     | <rss xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><itunes:author>x</itunes:author></rss>",
        "<rss><x:y z:w='1'/></rss>                       | <rss xmlns:x=\"urn:x-undeclared:x\" xmlns:z=\"urn:x-undeclared:z\"><x:y z:w='1'/></rss>",
        "<rss xmlns:a='u'><a:b/></rss>                   | <rss xmlns:a='u'><a:b/></rss>",
    })
    void declaresPrefixesNobodyDeclared(String broken, String repaired) {
        assertThat(XmlRepair.declarePrefixes(broken)).isEqualTo(repaired);
    }
}

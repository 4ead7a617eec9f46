package app.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.SharedFiles;
import app.dossier.feed.FeedParser;
import app.dossier.model.ParsedItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SearchText} scans the HTML's UTF-8 in one pass; it must give exactly the UTF-8 of what
 * the string-scanning version it replaced gave, kept here as the reference: on every item of the
 * NetNewsWire and feedparser corpora, and on random HTML-like text built from the pieces where the
 * two could differ (tags of every case, comments, script and style, entities, odd letters whose
 * case folds to ASCII).
 */
class SearchTextEquivalenceTest {

    @Test
    void sameTextAsTheStringScanningVersionOnRealFeeds() throws Exception {
        FeedParser parser = new FeedParser();
        List<String> bodies = new ArrayList<>();
        for (String corpus : new String[] {"netnewswire", "feedparser"}) {
            try (Stream<Path> files = Files.walk(SharedFiles.corpora().resolve(corpus))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                    try {
                        for (ParsedItem item : parser.parse(f).items()) {
                            bodies.add(item.content());
                            bodies.add(item.summary());
                        }
                    } catch (Exception notAFeed) {
                        // the corpora hold broken documents on purpose
                    }
                }
            }
        }
        assertThat(bodies).hasSizeGreaterThan(1000);
        for (String html : bodies) {
            if (html != null) {
                assertSame(html);
            }
        }
    }

    @Test
    void sameTextAsTheStringScanningVersionOnRandomMarkup() {
        String[] pieces = {"<", ">", "&", ";", "/", "!", "?", "-", " ", "a", "B", "x", "1", "#", "#x", "2019",
            "201D", "amp", "nbsp", "shy", "<p>", "</P>", "<b>", "</B>", "<em>", "<EM>", "<Strong>", "<span class=x>",
            "<wbr>", "<figure>", "<section>", "<h1>", "<br/>", "<!--", "-->", "<script>", "</SCRIPT>", "<style",
            "</style>", "<Script", "<scriptx>", "\u017F", "\u212A", "\u0130", "К", "«", "“", "<!DOCTYPE html>",
            "<?xml?>", "&#8220;", "&#x1F600;", "&#0;", "&#xZZ;", "&unknown;", "&nbsp", "<a href='x'>", "<a", "\u0131",
            "<scr\u0131pt>", "</SCR\u0130PT>", "&#\u0661\u0662;", "\uD83D\uDE00", "é", "<é", "<\uD83D\uDE00", "&#x1F600",
            "ssssssssss", "<\u017Fcript>", "<s\u212Aript", "<\u017Ftyle>", "\u00E9\u00E9\u00E9\u00E9\u00E9"};
        Random random = new Random(20261126);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder html = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int k = 0; k < length; k++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = html.toString();
            assertSame(s);
        }
    }

    /** What reaches the index, the UTF-8 of the search text, is byte for byte what the reference gave. */
    private static void assertSame(String html) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        assertThat(SearchText.utf8(utf8)).as(html).isEqualTo(Reference.text(html).getBytes(StandardCharsets.UTF_8));
        assertThat(utf8).as("the input is never written to").isEqualTo(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The previous implementation, unchanged but for sharing {@link SearchText#decode}. */
    static final class Reference {

        static String text(String html) {
            if (html == null || html.isEmpty()) {
                return "";
            }
            int n = html.length();
            int nextTag = html.indexOf('<');
            int nextEntity = html.indexOf('&');
            if (nextTag < 0 && nextEntity < 0) {
                return html;
            }
            StringBuilder out = new StringBuilder(n);
            int i = 0;
            while (i < n) {
                if (nextTag >= 0 && nextTag < i) {
                    nextTag = html.indexOf('<', i);
                }
                if (nextEntity >= 0 && nextEntity < i) {
                    nextEntity = html.indexOf('&', i);
                }
                int stop = nextTag < 0 ? nextEntity : nextEntity < 0 ? nextTag : Math.min(nextTag, nextEntity);
                if (stop < 0) {
                    out.append(html, i, n);
                    break;
                }
                out.append(html, i, stop);
                i = stop;
                if (stop == nextTag) {
                    int end = skipMarkup(html, i);
                    if (end > i) {
                        if (!isInline(html, i + 1)) {
                            out.append(' ');
                        }
                        i = end;
                        continue;
                    }
                } else {
                    int semi = html.indexOf(';', i + 1);
                    if (semi > i + 1 && semi - i <= 12) {
                        String decoded = SearchText.decode(html, i + 1, semi);
                        if (decoded != null) {
                            out.append(decoded);
                            i = semi + 1;
                            continue;
                        }
                    }
                }
                out.append(html.charAt(i));
                i++;
            }
            return out.toString();
        }

        private static int skipMarkup(String html, int i) {
            int n = html.length();
            if (i + 1 >= n) {
                return i;
            }
            char next = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                return end < 0 ? n : end + 3;
            }
            if (!(Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
                return i;
            }
            int close = html.indexOf('>', i + 1);
            if (close < 0) {
                return n;
            }
            char first = Character.toLowerCase(next);
            if ((first == 's') && (startsWithTag(html, i + 1, "script") || startsWithTag(html, i + 1, "style"))) {
                String name = startsWithTag(html, i + 1, "script") ? "</script" : "</style";
                int end = indexOfIgnoreCase(html, name, close + 1);
                if (end < 0) {
                    return n;
                }
                int gt = html.indexOf('>', end);
                return gt < 0 ? n : gt + 1;
            }
            return close + 1;
        }

        private static boolean isInline(String html, int at) {
            int n = html.length();
            int i = at < n && html.charAt(at) == '/' ? at + 1 : at;
            int start = i;
            while (i < n && i - start < 8 && isAsciiLetterOrDigit(html.charAt(i))) {
                i++;
            }
            int len = i - start;
            if (len == 0 || len > 6 || (i < n && isAsciiLetterOrDigit(html.charAt(i)))) {
                return false;
            }
            char a = Character.toLowerCase(html.charAt(start));
            if (len == 1) {
                return a == 'b' || a == 'i' || a == 'a' || a == 'u' || a == 's' || a == 'q';
            }
            String name = html.substring(start, i).toLowerCase(java.util.Locale.ROOT);
            return switch (name) {
                case "em", "strong", "span", "sup", "sub", "small", "mark", "abbr", "cite", "code", "font", "strike",
                        "ins", "del", "time", "bdi", "bdo", "wbr" -> true;
                default -> false;
            };
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        private static boolean startsWithTag(String html, int at, String name) {
            int end = at + name.length();
            if (end > html.length() || !html.regionMatches(true, at, name, 0, name.length())) {
                return false;
            }
            return end == html.length() || !Character.isLetterOrDigit(html.charAt(end));
        }

        private static int indexOfIgnoreCase(String s, String what, int from) {
            for (int i = from; i + what.length() <= s.length(); i++) {
                if (s.regionMatches(true, i, what, 0, what.length())) {
                    return i;
                }
            }
            return -1;
        }
    }
}

package app.dossier.feed;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectation comment at the top of a feedparser test file: {@code Description:},
 * {@code Expect:} (a Python expression) and the {@code Header:} lines its test server sends
 * (see corpora/feedparser/PROVENANCE.md).
 *
 * @param expect      the expression, or {@code null} when the file has none
 * @param headers     HTTP headers by lower-case name
 * @param documentUrl the URL the upstream test server serves the file at
 */
record FeedparserFixture(String expect, Map<String, String> headers, String documentUrl) {

    private static final Pattern EXPECT = Pattern.compile("Description:\\s*(.*?)\\s*Expect:\\s*(.*?)\\s*-->", Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("^Header:\\s+([^:]+):(.*)$", Pattern.MULTILINE);

    /** Reads the fixture from the decoded text of a file at {@code relativePath} below feedparser/. */
    static FeedparserFixture of(String text, String relativePath) {
        Matcher m = EXPECT.matcher(text);
        String expect = m.find() ? m.group(2).strip() : null;
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher h = HEADER.matcher(text.substring(0, Math.min(text.length(), 4000)));
        while (h.find()) {
            headers.put(h.group(1).strip().toLowerCase(Locale.ROOT), h.group(2).strip());
        }
        String url = "http://127.0.0.1:8097/" + relativePath;
        String location = headers.get("content-location");
        if (location != null && !location.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            url = URI.create(url).resolve(location).toString();
        }
        return new FeedparserFixture(expect, headers, url);
    }

    String contentType() {
        return headers.get("content-type");
    }
}

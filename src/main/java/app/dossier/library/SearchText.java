package app.dossier.library;

import app.dossier.store.IndexEntry;
import app.dossier.store.IndexSource;
import org.jsoup.Jsoup;

/** The plain text an article is searched by, made from its stored HTML. */
final class SearchText {

    private SearchText() {
    }

    static IndexEntry of(IndexSource source) {
        String body = source.content() != null && !source.content().isBlank() ? source.content() : source.summary();
        return new IndexEntry(source.id(), source.title(), source.authors(), text(body));
    }

    static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        return Jsoup.parseBodyFragment(html).text();
    }
}

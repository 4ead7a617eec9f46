package app.dossier;

import java.nio.file.Files;

/** Article bodies with known quotes, as a feed would carry them, for tests of stored analyses. */
public final class QuotedArticles {

    /** A foreign minister quoted directly, and unnamed analysts reported. */
    public static final String LAVROV = "<p>“We will not accept any ceasefire that freezes the front line,” Russian "
            + "Foreign Minister Sergei Lavrov told reporters in Moscow on Saturday.</p><p>Analysts said the remarks "
            + "hardened Moscow’s position.</p>";

    private QuotedArticles() {
    }

    /** The seed article (../shared/examples) as HTML, one paragraph per block. */
    public static String seedHtml() throws java.io.IOException {
        String text = Files.readString(SharedFiles.resolve("examples/seed-article.txt"));
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return html.toString();
    }
}

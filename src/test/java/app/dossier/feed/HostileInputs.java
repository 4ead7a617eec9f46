package app.dossier.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes the hostile and oversized documents the parser must refuse, in a temporary folder, so no
 * big or dangerous file is ever committed. Also writes one large but legitimate feed.
 */
final class HostileInputs {

    static final String SECRET = "TOP-SECRET-3f9c2a7e-local-file-content";

    private HostileInputs() {
    }

    /** File name to the refusal reason expected for it ({@code null}: must parse). */
    static Map<Path, String> write(Path dir) throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(hundredMegabytes(dir.resolve("huge-100mb.xml")), "TOO_LARGE");
        files.put(Files.writeString(dir.resolve("billion-laughs.xml"), billionLaughs()), "UNSAFE");
        files.put(Files.writeString(dir.resolve("quadratic-blowup.xml"), quadraticBlowup()), "UNSAFE");
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        files.put(Files.writeString(dir.resolve("xxe.xml"), xxe(secret)), "UNSAFE");
        files.put(Files.writeString(dir.resolve("xxe-parameter.xml"), xxeParameter(secret)), "UNSAFE");
        files.put(binary(dir.resolve("random.bin")), "NOT_TEXT");
        files.put(Files.write(dir.resolve("empty.xml"), new byte[0]), "EMPTY");
        files.put(Files.writeString(dir.resolve("not-a-feed.json"), "{\"name\": \"x\", \"values\": [1, 2, {\"a\": null}]}"),
                "NOT_A_FEED");
        files.put(Files.writeString(dir.resolve("deep.xml"), "<rss>" + "<a>".repeat(200_000)), "UNSAFE");
        files.put(largeFeed(dir.resolve("large-legit-19mb.xml")), null);
        return files;
    }

    private static Path hundredMegabytes(Path file) throws IOException {
        byte[] item = ("<item><title>Item</title><description>" + "x".repeat(1000) + "</description></item>\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<rss version=\"2.0\"><channel><title>Huge</title>\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 100L * 1024 * 1024; written += item.length) {
                out.write(item);
            }
            out.write("</channel></rss>".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private static Path largeFeed(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<rss version=\"2.0\"><channel><title>Велика стрічка</title>\n");
            int i = 0;
            while (Files.size(file) < 19L * 1024 * 1024 && i < 1_000_000) {
                for (int k = 0; k < 200; k++, i++) {
                    w.write("<item><title>Новина " + i + "</title><link>https://example.org/" + i + "</link>"
                            + "<pubDate>Mon, 15 Aug 2022 09:30:00 +0300</pubDate><description>"
                            + "Текст новини про переговори. ".repeat(8) + "</description></item>\n");
                }
                w.flush();
            }
            w.write("</channel></rss>");
        }
        return file;
    }

    static String billionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        b.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
        for (int i = 2; i <= 9; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return b.append("]>\n<rss><channel><title>&lol9;</title></channel></rss>").toString();
    }

    private static String quadraticBlowup() {
        String big = "a".repeat(50_000);
        return "<!DOCTYPE rss [<!ENTITY a \"" + big + "\">]><rss><channel><title>" + "&a;".repeat(20_000)
                + "</title></channel></rss>";
    }

    private static String xxe(Path secret) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>";
    }

    private static String xxeParameter(Path secret) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY % q \"<!ENTITY leak SYSTEM 'http://127.0.0.1:9/?%p;'>\"> %q;]>\n"
                + "<rss version=\"2.0\"><channel><title>&leak;</title></channel></rss>";
    }

    private static Path binary(Path file) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(42).nextBytes(bytes);
        return Files.write(file, bytes);
    }
}

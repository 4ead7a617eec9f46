package app.dossier.highlight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One annotated text from a case file. The format, one case after another:
 *
 * <pre>
 * == name: what the case is about
 * The text, one or more lines; a blank line separates paragraphs.
 * Q direct | the quoted words | Speaker Name | as=Surname | role=the role | type=person | official=yes
 * Q indirect | reported words | -              (a dash: the speaker must be left out)
 * Q direct | words | ?                          (a question mark: any speaker or none)
 * NOQ words that must not be a quote
 * NOSPK a name that must be nobody's speaker
 * ANY                                           (other quotes than those listed are allowed)
 * E country | U.S. | United States              (an entity: type | as written | canonical)
 * NOE words that must not be an entity
 * NOE country | Georgia                        (words that must not be an entity of that type)
 * K key phrase that must be among the key phrases
 * NOK phrase that must not be a key phrase
 * KEYS phrase; phrase; ...                      (reader-assigned key phrases, for F1@10)
 * B words inside boilerplate
 * </pre>
 *
 * Lines starting with {@code #} are comments.
 */
record AnnotatedCase(String name, String text, List<GoldQuote> quotes, List<String> noQuotes,
                     List<String> noSpeakers, boolean anyOtherQuotes, List<String[]> entities,
                     List<String> noEntities, List<String> keyPhrases, List<String> noKeyPhrases,
                     List<String> readerKeys, List<String> boilerplate) {

    /** A quote a reader marks. {@code speaker} is null for "must abstain", "?" for "any". */
    record GoldQuote(String kind, String text, String speaker, Map<String, String> attributes) {
        String attr(String key) {
            return attributes.get(key);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    static List<AnnotatedCase> load(String resource) {
        try (InputStream in = AnnotatedCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<AnnotatedCase> parse(String content) {
        List<AnnotatedCase> out = new ArrayList<>();
        Builder b = null;
        for (String line : content.split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (b != null) {
                    out.add(b.build());
                }
                b = new Builder(line.substring(3).trim());
                continue;
            }
            if (b == null) {
                continue;
            }
            b.line(line);
        }
        if (b != null) {
            out.add(b.build());
        }
        return out;
    }

    private static final class Builder {
        final String name;
        final StringBuilder text = new StringBuilder();
        boolean inText = true;
        final List<GoldQuote> quotes = new ArrayList<>();
        final List<String> noQuotes = new ArrayList<>();
        final List<String> noSpeakers = new ArrayList<>();
        boolean any;
        final List<String[]> entities = new ArrayList<>();
        final List<String> noEntities = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final List<String> noKeys = new ArrayList<>();
        final List<String> readerKeys = new ArrayList<>();
        final List<String> boilerplate = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        void line(String line) {
            String marker = line.contains(" ") ? line.substring(0, line.indexOf(' ')) : line;
            String rest = line.contains(" ") ? line.substring(line.indexOf(' ') + 1).trim() : "";
            switch (marker) {
                case "Q" -> {
                    String[] f = rest.split("\\|");
                    Map<String, String> attrs = new LinkedHashMap<>();
                    for (int i = 3; i < f.length; i++) {
                        String kv = f[i].trim();
                        int eq = kv.indexOf('=');
                        attrs.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                    }
                    String speaker = f.length > 2 ? f[2].trim() : "?";
                    quotes.add(new GoldQuote(f[0].trim(), f[1].trim(), speaker.equals("-") ? null : speaker, attrs));
                }
                case "NOQ" -> noQuotes.add(rest);
                case "NOSPK" -> noSpeakers.add(rest);
                case "ANY" -> any = true;
                case "E" -> {
                    String[] f = rest.split("\\|");
                    entities.add(new String[] {f[0].trim(), f[1].trim(), f.length > 2 ? f[2].trim() : f[1].trim()});
                }
                case "NOE" -> noEntities.add(rest);
                case "K" -> keys.add(rest);
                case "NOK" -> noKeys.add(rest);
                case "KEYS" -> {
                    for (String k : rest.split(";")) {
                        if (!k.isBlank()) {
                            readerKeys.add(k.trim());
                        }
                    }
                }
                case "B" -> boilerplate.add(rest);
                default -> {
                    if (!inText) {
                        if (line.isBlank()) {
                            return;
                        }
                        throw new IllegalArgumentException("case " + name + ": unexpected line: " + line);
                    }
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(line);
                    return;
                }
            }
            inText = false;
        }

        AnnotatedCase build() {
            String t = text.toString().strip();
            return new AnnotatedCase(name, t, quotes, noQuotes, noSpeakers, any, entities, noEntities, keys,
                    noKeys, readerKeys, boilerplate);
        }
    }
}

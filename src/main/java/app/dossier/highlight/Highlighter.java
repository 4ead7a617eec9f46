package app.dossier.highlight;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.Entity;
import app.dossier.model.KeyPhrase;
import app.dossier.model.SourceMap;
import app.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The public door of the analysis: who said what (quotes, speakers, roles, officials), key phrases,
 * entities and boilerplate of one article. Create it once with {@link #load()} (it reads the
 * gazetteers); it is immutable and thread-safe, so any number of threads may analyse at once.
 * Deterministic: the same input always gives the same result.
 *
 * <p>Pipeline: HTML to text (with an offset map) → quote marks → sentences → boilerplate →
 * tokens → entities and the article's name table → speech cues and speakers → key phrases.
 */
public final class Highlighter {

    /** Bumped whenever the output for some input changes; stored results of older versions are stale. */
    public static final int VERSION = 6;

    /** Longest input analysed, in characters; the rest of a longer article is left out. */
    static final int MAX_CHARS = 400_000;

    /** Whether only the beginning of this input is analysed (see {@link #MAX_CHARS}). */
    public static boolean analysesOnlyPartOf(String input) {
        return input != null && input.length() > (looksLikeHtml(input) ? MAX_CHARS * 4 : MAX_CHARS);
    }

    /** Characters of text analysed at most, for telling the user. */
    public static int maxCharacters() {
        return MAX_CHARS;
    }

    private final Gazetteer gazetteer;
    private final KeyPhraseLexicon lexicon;

    private Highlighter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.lexicon = new KeyPhraseLexicon(gazetteer.lexicon());
    }

    /** Loads the gazetteers from the class path. */
    public static Highlighter load() {
        return new Highlighter(Gazetteer.load());
    }

    /** Analyses plain text; offsets in the result refer to {@code plainText} itself. */
    public ArticleAnalysis analyzeText(String plainText, DocumentFrequencies df, Set<String> watchTerms) {
        String text = plainText == null ? "" : plainText;
        return analyze(text, List.of(), SourceMap.identity(text.length()), df, watchTerms);
    }

    /**
     * Analyses article HTML. The result's text is the extracted plain text; its
     * {@link ArticleAnalysis#sourceSpan} maps spans back into {@code html}.
     */
    public ArticleAnalysis analyzeHtml(String html, DocumentFrequencies df, Set<String> watchTerms) {
        String source = html == null ? "" : html;
        if (source.length() > MAX_CHARS * 4) {
            source = source.substring(0, MAX_CHARS * 4);
        }
        HtmlText.Result r = HtmlText.extract(source);
        return analyze(r.text(), r.furniture(), SourceMap.of(r.from(), r.to(), source.length()), df, watchTerms);
    }

    /** Analyses input that may be HTML or plain text, deciding by {@link #looksLikeHtml}. */
    public ArticleAnalysis analyze(String input, DocumentFrequencies df, Set<String> watchTerms) {
        return looksLikeHtml(input) ? analyzeHtml(input, df, watchTerms) : analyzeText(input, df, watchTerms);
    }

    /** Whether input reads as HTML markup (block or inline tags, or entities) rather than plain text. */
    public static boolean looksLikeHtml(String input) {
        if (input == null) {
            return false;
        }
        int limit = Math.min(input.length(), 4096);
        int tags = 0;
        for (int i = 0; i + 2 < limit; i++) {
            if (input.charAt(i) != '<') {
                continue;
            }
            char c = input.charAt(i + 1);
            if (c == '/' || c == '!' || Character.isLetter(c)) {
                int close = input.indexOf('>', i);
                if (close > 0 && close - i < 400) {
                    String name = input.substring(i + 1, Math.min(close, i + 12)).toLowerCase(java.util.Locale.ROOT);
                    if (name.matches("^/?(p|div|br|a|span|em|strong|b|i|ul|ol|li|h[1-6]|html|body|head|img|figure"
                            + "|blockquote|table|section|article|!doctype|!--|meta|script|style|header|footer"
                            + "|aside|nav|main|time|small|sup|sub|iframe|picture|source|u|s|q|cite|hr|pre|code)"
                            + "([\\s>/].*)?$")) {
                        tags++;
                        if (tags >= 2 || name.startsWith("!doctype") || name.startsWith("html")) {
                            return true;
                        }
                    }
                }
            }
        }
        return tags >= 1 && input.stripLeading().startsWith("<");
    }

    /**
     * The normal form of a term that key phrases are counted by (lower case, hyphens dropped, last
     * word singular): what a {@link DocumentFrequencies} implementation should key its counts by.
     */
    public static String normalizeTerm(String term) {
        return term == null ? "" : PhraseNormalizer.normalTerm(term);
    }

    /**
     * The key-phrase terms of an analysis in normal form, for counting document frequencies: each
     * phrase once.
     */
    public static List<String> terms(ArticleAnalysis analysis) {
        List<String> out = new ArrayList<>();
        for (KeyPhrase k : analysis.keyPhrases()) {
            String n = normalizeTerm(k.text());
            if (!n.isEmpty() && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private ArticleAnalysis analyze(String fullText, List<TextSpan> furniture, SourceMap map,
                                    DocumentFrequencies df, Set<String> watchTerms) {
        String text = fullText;
        DocumentFrequencies frequencies = df == null ? DocumentFrequencies.NONE : df;
        Set<String> watch = watchTerms == null ? Set.of() : watchTerms;
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        char[] chars = text.toCharArray(); // scanned by every pass: cheaper than String.charAt
        List<QuoteMarks.Span> marks = QuoteMarks.find(chars);
        Sentences sentences = Sentences.of(text, chars, marks);
        List<TextSpan> boilerplate = merge(BoilerplateFinder.find(text, sentences), furniture);
        Tokens tokens = Tokens.ofArticle(text, chars, gazetteer.words()); // valid during this analysis
        boolean[] skip = new boolean[tokens.size];
        for (TextSpan span : boilerplate) {
            int k = tokens.indexAt(span.start());
            while (k < tokens.size && tokens.start[k] < span.end()) {
                skip[k++] = true;
            }
        }
        int[] quoteAt = new int[tokens.size];
        java.util.Arrays.fill(quoteAt, -1);
        for (int q = 0; q < marks.size(); q++) {
            QuoteMarks.Span span = marks.get(q);
            int k = tokens.indexAt(span.open());
            while (k < tokens.size && tokens.start[k] < span.close()) {
                quoteAt[k++] = q;
            }
        }
        NameTable names = new NameTable();
        List<Mention> mentions = EntityFinder.find(tokens, gazetteer, skip, names);
        int[] mentionAt = new int[tokens.size];
        java.util.Arrays.fill(mentionAt, -1);
        for (int m = 0; m < mentions.size(); m++) {
            for (int k = mentions.get(m).first(); k < mentions.get(m).last(); k++) {
                mentionAt[k] = m;
            }
        }
        SpeakerResolver resolver = new SpeakerResolver(tokens, sentences, names, mentions, mentionAt, quoteAt)
                .withGivenNames(w -> gazetteer.givenName(w) != 0).withOffices(gazetteer);
        QuoteFinder.Result quotes = new QuoteFinder(text, tokens, gazetteer, sentences, marks, quoteAt, skip, resolver,
                mentions, mentionAt).find();
        boolean[] quoted = new boolean[tokens.size];
        for (app.dossier.model.Quote q : quotes.quotes()) {
            if (q.kind() == app.dossier.model.QuoteKind.DIRECT) {
                int k = tokens.indexAt(q.span().start());
                while (k < tokens.size && tokens.start[k] < q.span().end()) {
                    quoted[k++] = true;
                }
            }
        }
        List<KeyPhrase> keyPhrases = new KeyPhraseFinder(tokens, skip, mentionAt, mentions, gazetteer, lexicon,
                sentences).find(quotes.scarePhrases(), quoted, frequencies, watch);
        java.util.Set<Integer> speakingCapitals = new java.util.HashSet<>();
        for (app.dossier.model.Quote q : quotes.quotes()) {
            if (q.speaker() != null && q.speaker().type() == app.dossier.model.SpeakerType.ORGANIZATION) {
                speakingCapitals.add(q.speaker().span().start());
            }
        }
        List<Entity> entities = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String canonical = m.canonical();
            app.dossier.model.EntityType type = m.type();
            if (type == app.dossier.model.EntityType.PERSON && names.get(canonical) == null) {
                String full = names.bySurname(canonical);
                canonical = full != null ? full : canonical;
            }
            if (m.capitalOf() != null && speakingCapitals.contains(m.start())) {
                // "Kyiv said": the capital stands for its country's government.
                canonical = m.capitalOf();
                type = app.dossier.model.EntityType.COUNTRY;
            }
            entities.add(new Entity(text.substring(m.start(), m.end()), canonical, type,
                    new TextSpan(m.start(), m.end())));
        }
        return new ArticleAnalysis(text, quotes.quotes(), keyPhrases, entities, boilerplate, VERSION, map);
    }

    private static List<TextSpan> merge(List<TextSpan> a, List<TextSpan> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<TextSpan> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingInt(TextSpan::start).thenComparingInt(TextSpan::end));
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : all) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                TextSpan last = out.remove(out.size() - 1);
                out.add(new TextSpan(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}

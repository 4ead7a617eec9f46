package app.dossier.highlight;

import app.dossier.model.Cue;
import app.dossier.model.EntityType;
import app.dossier.model.Quote;
import app.dossier.model.QuoteKind;
import app.dossier.model.Speaker;
import app.dossier.model.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Assembles the quotes of an article, sentence by sentence: pairs quoted stretches with the speech
 * cue of their sentence, reports "X said that …" clauses as indirect quotes, carries a speaker
 * over to the next sentences of the same quotation, and sets scare quotes (a short quoted phrase
 * with no cue) aside as key-phrase candidates. Per article; not shared.
 */
final class QuoteFinder {

    /** Quotes in text order and the scare-quoted phrases. */
    record Result(List<Quote> quotes, List<TextSpan> scarePhrases) {
    }

    private final String text;
    private final Tokens t;
    private final Sentences s;
    private final List<QuoteMarks.Span> marks;
    private final int[] quoteAt;
    private final boolean[] skip;
    private final SpeakerResolver resolver;
    private final CueFinder cues;
    private final List<Mention> mentions;
    private final int[] mentionAt;

    private final List<Quote> quotes = new ArrayList<>();
    private final List<TextSpan> scare = new ArrayList<>();
    private final Map<Integer, Speaker> chainSpeaker = new HashMap<>();
    private final List<Integer> quoteChain = new ArrayList<>();

    QuoteFinder(String text, Tokens t, Gazetteer gazetteer, Sentences s, List<QuoteMarks.Span> marks, int[] quoteAt,
                boolean[] skip, SpeakerResolver resolver, List<Mention> mentions, int[] mentionAt) {
        this.text = text;
        this.t = t;
        this.s = s;
        this.marks = marks;
        this.quoteAt = quoteAt;
        this.skip = skip;
        this.resolver = resolver;
        this.cues = new CueFinder(t, gazetteer, quoteAt, skip, mentionAt, mentions);
        this.mentions = mentions;
        this.mentionAt = mentionAt;
    }

    Result find() {
        int m = 0;
        for (int u = 0; u < s.count; u++) {
            int a = t.indexAt(s.start[u]);
            int b = a;
            while (b < t.size && t.start[b] < s.end[u]) {
                b++;
            }
            while (m < marks.size() && marks.get(m).open() < s.start[u]) {
                m++;
            }
            int mEnd = m;
            while (mEnd < marks.size() && marks.get(mEnd).open() < s.end[u]) {
                mEnd++;
            }
            if (a >= b || allSkipped(a, b)) {
                m = mEnd;
                continue;
            }
            unit(u, a, b, m, mEnd);
            m = mEnd;
        }
        propagateChains();
        return new Result(quotes, scare);
    }

    private boolean allSkipped(int a, int b) {
        for (int k = a; k < b; k++) {
            if (!skip[k]) {
                return false;
            }
        }
        return true;
    }

    /** The paragraph taken whole as an interview answer, or -1. */
    private int answerParagraph = -1;

    /**
     * "Kovalchuk: About 870 towns lost power. …": in an interview written as a transcript, a
     * paragraph that opens with a person's name and a colon is that person's words, to the
     * paragraph's end. Only a name the article knows as a person's counts ("Q:", "Update:" and a
     * place before a colon are not speakers), and not when a quotation mark follows the colon (a
     * headline quote, found as a quote). Returns whether unit {@code u} belongs to such an answer.
     */
    private boolean interviewAnswer(int u, int a, int b, int para) {
        if (para == answerParagraph) {
            return true;
        }
        if (u > 0 && s.paragraph[u - 1] == para || !t.isWord(a) || mentionAt[a] < 0) {
            return false;
        }
        Mention label = mentions.get(mentionAt[a]);
        int colon = label.last();
        if (label.type() != EntityType.PERSON || label.first() != a || colon + 1 >= b || !t.is(colon, ':')
                || quoteAt[colon + 1] >= 0 || !t.isWord(colon + 1) || t.start[colon] != t.end[colon - 1]) {
            return false;
        }
        if (!transcript()) {
            return false; // "Ingrid Solberg: Norwegian defence researcher at …": a who's who, not an interview
        }
        Speaker sp = resolver.resolve(a, colon, null, colon, a, para);
        if (sp == null || sp == SpeakerResolver.ABSTAIN || sp.type() != app.dossier.model.SpeakerType.PERSON) {
            return false;
        }
        int last = u;
        while (last + 1 < s.count && s.paragraph[last + 1] == para) {
            last++;
        }
        int end = s.end[last];
        while (end > t.end[colon] && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int lowerWords = 0;
        boolean verb = false;
        for (int k = colon + 1; k < t.size && t.start[k] < end; k++) {
            lowerWords += t.isWord(k) && Character.isLowerCase(t.text.charAt(t.start[k])) ? 1 : 0;
            verb |= t.isWord(k) && (t.has(k, WordClass.FINITE | WordClass.IRREGULAR_PAST | WordClass.PRONOUN | WordClass.VERB)
                    || t.lower(k).endsWith("ed"));
        }
        char close = text.charAt(end - 1);
        if (lowerWords < 2 || !verb || ".!?\u2026".indexOf(close) < 0) {
            // "Joe Biden: What we know so far" is a heading; "Sadhik: Computing 100; Physics 98." a list
            return false;
        }
        quotes.add(new Quote(new TextSpan(t.start[colon + 1], end), QuoteKind.DIRECT, sp,
                new Cue(new TextSpan(t.start[colon], t.end[colon]), ":"), 0.8));
        quoteChain.add(-1);
        resolver.attributed(sp, colon, para);
        answerParagraph = para;
        return true;
    }

    /** Whether the article reads as an interview transcript; worked out once. */
    private Boolean transcript;

    /**
     * Whether some paragraph is a labelled question ("Q: What do you need most?", "Charlie Rose: So
     * if it's not wages, what is it?"): an interview, whose other labelled paragraphs are answers.
     */
    private boolean transcript() {
        if (transcript == null) {
            transcript = false;
            for (int p = 0; p < s.paragraphs && !transcript; p++) {
                int from = s.paraStart[p];
                int to = s.paraEnd[p];
                while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '\u201D'
                        || text.charAt(to - 1) == '"')) {
                    to--;
                }
                if (to <= from || text.charAt(to - 1) != '?') {
                    continue;
                }
                int colon = text.indexOf(':', from);
                if (colon > from && colon < to && colon - from <= 40 && Character.isUpperCase(text.charAt(from))
                        && text.substring(from, colon).split(" ").length <= 4) {
                    transcript = true;
                }
            }
        }
        return transcript;
    }

    private void unit(int u, int a, int b, int m0, int m1) {
        int para = s.paragraph[u];
        if (interviewAnswer(u, a, b, para)) {
            return;
        }
        List<CueFinder.Cue> found = cues.find(a, b);
        Speaker[] speakers = new Speaker[found.size()];
        for (int i = 0; i < found.size(); i++) {
            CueFinder.Cue c = found.get(i);
            speakers[i] = c.abstain ? SpeakerResolver.ABSTAIN
                    : resolver.resolve(c.subjectFirst, c.subjectLast, c.role, c.verb, a, para);
            if (speakers[i] == null && c.partialAt >= 0) {
                // "what Western leaders have called “…”": the quote is theirs even unnamed; no farther cue takes it
                speakers[i] = SpeakerResolver.ABSTAIN;
            }
        }
        boolean[] usedByDirect = new boolean[found.size()];
        for (int q = m0; q < m1; q++) {
            QuoteMarks.Span span = marks.get(q);
            if (skip[Math.min(t.indexAt(span.contentStart()), t.size - 1)]) {
                continue;
            }
            int words = span.words(text);
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            boolean bestAdjacent = false;
            for (int i = 0; i < found.size(); i++) {
                if (speakers[i] == null) {
                    continue;
                }
                CueFinder.Cue c = found.get(i);
                int attrStart = t.start[c.subjectAfterVerb ? c.verb : c.subjectFirst];
                int attrEnd = c.cueEnd;
                if (c.partialAt >= 0 && c.partialAt != t.indexAt(span.open()) && attrStart >= span.close()
                        && !(quoteAt[c.partialAt] >= 0 && titleCase(marks.get(quoteAt[c.partialAt])))) {
                    continue; // "but analysts called the cycle “underwhelming”" claims its own quote, not the one before
                }
                int distance;
                boolean adjacent;
                if (attrStart >= span.close()) {
                    // "“No,” he said": the quote ends in punctuation and only punctuation follows it.
                    adjacent = onlyPunctuation(span.close(), attrStart) && endsInPunctuation(span);
                    if (!adjacent && !c.contentBefore && !(c.contentStart < 0 && !c.colon)) {
                        continue;
                    }
                    distance = attrStart - span.close();
                } else if (span.open() >= attrEnd) {
                    if (c.contentBefore) {
                        continue;
                    }
                    distance = span.open() - attrEnd;
                    // After the cue only a colon or a comma makes a short quote the speaker's whole words:
                    // "said: “No.”"; "declared that “America first”" is a phrase inside reported speech.
                    adjacent = onlyColonOrComma(attrEnd, span.open()) || c.colon && onlyPunctuationOrThat(attrEnd, span.open());
                    if (!adjacent && (c.contentStart < 0 || span.open() < c.contentStart)) {
                        if (!(c.contentStart < 0 && distance < 60)) {
                            continue;
                        }
                    }
                } else {
                    continue;
                }
                if (distance < bestDistance) {
                    best = i;
                    bestDistance = distance;
                    bestAdjacent = adjacent;
                }
            }
            if (best >= 0 && opensReportedClause(found.get(best), span)) {
                // "said “a small number of” soldiers had crossed": the quoted words are the subject
                // of the reported clause, which goes on after them; they stay inside it.
                scare.add(new TextSpan(span.contentStart(), span.contentEnd()));
                continue;
            }
            int reporter = best >= 0 ? reportedSpeechAround(found, speakers, span, best) : -1;
            if (reporter >= 0) {
                // "Kim said the launch was a warning to “the enemies”, KCNA reported": the quoted
                // words are Kim's, inside his reported speech; the outlet only relays them. Four
                // words or more are his direct quote; fewer stay inside the indirect one.
                if (words >= 4) {
                    best = reporter;
                    bestAdjacent = false;
                } else {
                    scare.add(new TextSpan(span.contentStart(), span.contentEnd()));
                    continue;
                }
            }
            // A short quote the cue's own clause leads to ("warned of “grave consequences”") is the
            // speaker's, when there is a speaker: "I say “perhaps” because" is the writer's usage.
            boolean partial = best >= 0 && found.get(best).partialAt >= 0 && speakers[best] != SpeakerResolver.ABSTAIN
                    && found.get(best).partialAt == t.indexAt(span.open()) && !titleCase(span);
            if (best >= 0 && (words >= 4 || bestAdjacent || partial)) {
                usedByDirect[best] = true;
                Speaker sp = speakers[best] == SpeakerResolver.ABSTAIN ? null : speakers[best];
                double conf = sp == null ? 0.6 : bestAdjacent ? 0.95 : words >= 4 ? 0.85 : 0.8;
                if (sp != null && isPronoun(sp.asWritten())) {
                    conf -= 0.1;
                }
                add(span, QuoteKind.DIRECT, sp, cueOf(found.get(best)), conf, span.chain());
            } else if (best >= 0) {
                scare.add(new TextSpan(span.contentStart(), span.contentEnd()));
            } else {
                standalone(span, words, u, a, b, para);
            }
        }
        // Reported speech: the first cue with content that no direct quote used.
        for (int i = 0; i < found.size(); i++) {
            CueFinder.Cue c = found.get(i);
            if (speakers[i] == null) {
                continue;
            }
            boolean more = i + 1 < found.size() && (found.get(i + 1).participle // ", adding that …" reports on
                    || found.get(i + 1).coordinated); // "…, while Macron said …" reports too
            if (usedByDirect[i]) {
                resolver.attributed(speakers[i], c.verb, para);
                if (c.partialAt >= 0 && !c.hasContent() || more) {
                    continue; // "called the summit a “great victory” and said Spain would …": the next cue reports
                }
                break;
            }
            if (!c.hasContent() || hasLongQuote(c, m0, m1)) {
                continue;
            }
            Speaker sp = speakers[i] == SpeakerResolver.ABSTAIN ? null : speakers[i];
            double conf = c.bareClause ? 0.7 : c.contentBefore ? 0.8 : 0.85;
            if (sp == null) {
                conf -= 0.15;
            } else if (isPronoun(sp.asWritten())) {
                conf -= 0.05;
            }
            quotes.add(new Quote(new TextSpan(c.contentStart, contentEndBefore(found, i)), QuoteKind.INDIRECT, sp,
                    cueOf(c), round(conf)));
            quoteChain.add(-1);
            resolver.attributed(speakers[i], c.verb, para);
            if (!more) {
                break;
            }
        }
    }

    /**
     * Whether a short quote (six words at most) opens the reported words of cue {@code c}, which go
     * on after it: "said “a small number of” soldiers had crossed".
     */
    private boolean opensReportedClause(CueFinder.Cue c, QuoteMarks.Span span) {
        return c.hasContent() && !c.contentBefore && c.contentStart >= span.open() && c.contentStart <= span.contentStart()
                && c.contentEnd > span.close() + 1 && span.words(text) <= 6;
    }

    /**
     * Whether every word of a short quote is capitalised: the name of a programme, an operation or
     * a book ("told the “Today” programme"), not words someone said.
     */
    private boolean titleCase(QuoteMarks.Span span) {
        boolean inWord = false;
        int words = 0;
        for (int i = span.contentStart(); i < span.contentEnd(); i++) {
            char ch = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(ch);
            if (letter && !inWord) {
                words++;
                if (!Character.isUpperCase(ch) && !Character.isDigit(ch) && !(words > 1 && minorWordAt(i, span.contentEnd()))) {
                    return false;
                }
            }
            inWord = letter || ch == '\'' || ch == '\u2019' || ch == '-';
        }
        return words > 0 && words <= 5;
    }

    /** Words a title leaves in lower case: "Meet the Press", "Lord of the Rings". */
    private static final Set<String> TITLE_MINOR_WORDS = Set.of("the", "of", "and", "a", "an", "in", "on", "for",
            "to", "at", "with");

    private boolean minorWordAt(int i, int end) {
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j - i <= 4 && TITLE_MINOR_WORDS.contains(text.substring(i, j));
    }

    /**
     * The cue whose reported speech holds {@code span} when the chosen cue {@code best} comes after
     * the quote (a postposed "…, KCNA reported"), or -1.
     */
    private int reportedSpeechAround(List<CueFinder.Cue> found, Speaker[] speakers, QuoteMarks.Span span, int best) {
        CueFinder.Cue chosen = found.get(best);
        if (t.start[chosen.subjectAfterVerb ? chosen.verb : chosen.subjectFirst] < span.close()) {
            return -1;
        }
        for (int i = 0; i < found.size(); i++) {
            CueFinder.Cue c = found.get(i);
            if (i != best && speakers[i] != null && c.hasContent() && !c.contentBefore
                    && c.contentStart <= span.open() && span.close() <= c.contentEnd) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The end of cue {@code i}'s reported speech, cut before another cue's attribution that lies
     * inside it: "Kim said the launch was a warning, KCNA reported" reports up to "warning".
     */
    private int contentEndBefore(List<CueFinder.Cue> found, int i) {
        CueFinder.Cue c = found.get(i);
        int end = c.contentEnd;
        for (int j = 0; j < found.size(); j++) {
            CueFinder.Cue other = found.get(j);
            if (j == i || !other.contentBefore) {
                continue; // only a postposed attribution (", KCNA reported") ends it; a cue inside is reported too
            }
            int attr = t.start[other.subjectAfterVerb ? other.verb : other.subjectFirst];
            if (attr > c.contentStart && attr < end) {
                end = attr;
            }
        }
        while (end > c.contentStart && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ','
                || text.charAt(end - 1) == '\u2014' || text.charAt(end - 1) == '\u2013')) {
            end--;
        }
        return end > c.contentStart ? end : c.contentEnd;
    }

    /** A quote with no cue in its sentence: continuation, a quote on its own, or a scare quote. */
    private void standalone(QuoteMarks.Span span, int words, int u, int a, int b, int para) {
        int unitChars = s.end[u] - s.start[u];
        if (span.open() == s.start[u] && span.close() < text.length() && (text.charAt(span.close()) == ':'
                || text.startsWith(" \u2014", span.close()) || text.startsWith(" \u2013", span.close()))) {
            // A headline quote: "“We are running out of time”: Zelensky urges allies …"
            Speaker sp = mentionAt(t.indexAt(span.close() + 1), s.end[u]);
            add(span, QuoteKind.DIRECT, sp, null, sp == null ? 0.5 : 0.7, span.chain());
            return;
        }
        Speaker headline = nameBeforeColon(u, span);
        if (headline != null) {
            // A headline or a transcript line: "Zelensky: “We will not give up our land”".
            add(span, QuoteKind.DIRECT, headline, null, 0.7, span.chain());
            return;
        }
        boolean wholeSentence = span.contentEnd() - span.contentStart() >= 0.6 * unitChars;
        if (words >= 4 && wholeSentence || chainSpeaker.containsKey(span.chain()) && words >= 2
                || isChained(span)) {
            Speaker sp = continuation(u, para);
            if (sp == null) {
                sp = footer(para);
            }
            add(span, QuoteKind.DIRECT, sp, null, sp == null ? 0.5 : 0.75, span.chain());
            return;
        }
        if (words >= 2 && wholeSentence && ".?!".indexOf(text.charAt(span.contentEnd() - 1)) >= 0) {
            // "“It will,” Pryce said. “It will not.”": a short sentence of its own after the speaker's quote
            Speaker sp = continuation(u, para);
            if (sp != null) {
                add(span, QuoteKind.DIRECT, sp, null, 0.7, span.chain());
                return;
            }
        }
        if (words >= 8) {
            add(span, QuoteKind.DIRECT, null, null, 0.4, span.chain());
            return;
        }
        if (words >= 1 && words <= 6) {
            scare.add(new TextSpan(span.contentStart(), span.contentEnd()));
        }
    }

    private boolean isChained(QuoteMarks.Span span) {
        if (chainSizes == null) {
            chainSizes = new HashMap<>();
            for (QuoteMarks.Span other : marks) {
                chainSizes.merge(other.chain(), 1, Integer::sum);
            }
        }
        return chainSizes.getOrDefault(span.chain(), 0) > 1;
    }

    private Map<Integer, Integer> chainSizes;

    /** The speaker of the previous direct quote in the same paragraph, or of a colon introduction. */
    private Speaker continuation(int u, int para) {
        if (colonBefore(para) && (u == 0 || s.paragraph[u - 1] != para)) {
            Speaker sp = singlePerson(para - 1);
            if (sp != null) {
                return sp;
            }
        }
        if (quotes.isEmpty()) {
            return null;
        }
        Quote last = quotes.get(quotes.size() - 1);
        if (last.speaker() == null || last.kind() != QuoteKind.DIRECT && last.cue() != null
                && !text.startsWith(":", last.cue().span().end())) {
            return null;
        }
        int lastPara = s.paragraph[Math.max(0, s.sentenceAt(last.span().start()))];
        if ((lastPara == para || lastPara == para - 1 && colonBefore(para)) && s.start[u] - last.span().end() <= 400) {
            // Nobody else may have been attributed or named in between, and it follows closely.
            int from = t.indexAt(last.span().end());
            int to = t.indexAt(s.start[u]);
            for (int k = from; k < to; k++) {
                if (mentionAt[k] >= 0 && quoteAt[k] < 0 && mentions.get(mentionAt[k]).type() == EntityType.PERSON
                        && !mentions.get(mentionAt[k]).canonical().equals(last.speaker().name())) {
                    return null;
                }
            }
            return last.speaker();
        }
        return null;
    }

    private boolean colonBefore(int para) {
        if (para == 0) {
            return false;
        }
        int end = s.paraEnd[para - 1];
        return end > 0 && text.charAt(end - 1) == ':';
    }

    /** "— Name" on the paragraph after a block quote. */
    private Speaker footer(int para) {
        if (para + 1 >= s.paragraphs) {
            return null;
        }
        int start = s.paraStart[para + 1];
        char c = text.charAt(start);
        if (c != '\u2014' && c != '\u2013' && c != '-' && c != '\u2015') {
            return null;
        }
        return mentionAt(t.indexAt(start) + 1, s.paraEnd[para + 1]);
    }

    /** The speaker named by a mention that starts at token {@code k} and ends by {@code limit}. */
    private Speaker mentionAt(int k, int limit) {
        if (k < t.size && mentionAt[k] >= 0) {
            Mention m = mentions.get(mentionAt[k]);
            if (m.first() == k && m.end() <= limit && m.type() != EntityType.PLACE && m.type() != EntityType.REGION
                    && !(m.type() == EntityType.COUNTRY && t.isPossessive(m.last()))) {
                // ("“We Are Not a Colony”: Brazil's Finance Minister on …" is the minister's, not Brazil's)
                return resolver.of(m);
            }
        }
        return null;
    }

    /**
     * The person or body whose name alone opens the sentence and is followed by a colon right before
     * the quote ("Zelensky: “…”", "Kremlin: “…”"), as a speaker; else {@code null}.
     */
    private Speaker nameBeforeColon(int u, QuoteMarks.Span span) {
        int k = t.indexAt(s.start[u]);
        if (k >= t.size || mentionAt[k] < 0) {
            return null;
        }
        int colon = mentions.get(mentionAt[k]).last();
        if (colon >= t.size || !t.is(colon, ':') || !onlySpaces(t.end[colon], span.open())) {
            return null;
        }
        return mentionAt(k, t.start[colon]);
    }

    private boolean onlySpaces(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return from <= to;
    }

    /** The one person named (outside quotes) in a paragraph, as a speaker; else {@code null}. */
    private Speaker singlePerson(int para) {
        int k = t.indexAt(s.paraStart[para]);
        Mention found = null;
        for (; k < t.size && t.start[k] < s.paraEnd[para]; k++) {
            int mi = mentionAt[k];
            if (mi < 0 || quoteAt[k] >= 0 || mentions.get(mi).first() != k
                    || mentions.get(mi).type() != EntityType.PERSON) {
                continue;
            }
            if (found != null && !found.canonical().equals(mentions.get(mi).canonical())) {
                return null;
            }
            found = mentions.get(mi);
        }
        return found == null ? null : resolver.of(found);
    }

    private void add(QuoteMarks.Span span, QuoteKind kind, Speaker sp, Cue cue, double conf, int chain) {
        quotes.add(new Quote(new TextSpan(span.contentStart(), span.contentEnd()), kind, sp, cue, round(conf)));
        quoteChain.add(chain);
        if (sp != null) {
            chainSpeaker.putIfAbsent(chain, sp);
        }
    }

    /** Members of a quotation over several paragraphs share the speaker one of them was given. */
    private void propagateChains() {
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            int chain = quoteChain.get(i);
            if (q.speaker() == null && chain >= 0 && chainSpeaker.containsKey(chain)) {
                quotes.set(i, new Quote(q.span(), q.kind(), chainSpeaker.get(chain), q.cue(), 0.8));
            }
        }
    }

    /** Whether a quote of four words or more lies in what {@code c} reports, other than one opening its clause. */
    private boolean hasLongQuote(CueFinder.Cue c, int m0, int m1) {
        for (int q = m0; q < m1; q++) {
            QuoteMarks.Span span = marks.get(q);
            if (span.contentStart() < c.contentEnd && span.contentEnd() > c.contentStart && span.words(text) >= 4
                    && !opensReportedClause(c, span)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean endsInPunctuation(QuoteMarks.Span span) {
        char last = text.charAt(span.contentEnd() - 1);
        return ",.?!\u2026\u2014:;".indexOf(last) >= 0 || text.substring(span.close(),
                Math.min(text.length(), span.close() + 2)).trim().startsWith(",");
    }

    private boolean onlyColonOrComma(int from, int to) {
        String between = text.substring(from, to).trim();
        return between.equals(":") || between.equals(",");
    }

    private boolean onlyPunctuationOrThat(int from, int to) {
        String between = text.substring(from, to).trim();
        return between.isEmpty() || between.equals(":") || between.equals(",") || between.equals("that");
    }

    private Cue cueOf(CueFinder.Cue c) {
        int start = Math.min(c.cueStart, c.cueEnd);
        return new Cue(new TextSpan(start, c.cueEnd), text.substring(start, c.cueEnd));
    }

    private static boolean isPronoun(String w) {
        return w.length() <= 4 && Vocabulary.PRONOUNS.contains(w.toLowerCase(java.util.Locale.ROOT)); // he … they
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

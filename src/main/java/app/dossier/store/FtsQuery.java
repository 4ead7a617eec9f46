package app.dossier.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Translates what a user types into a search box into an FTS5 expression that cannot fail.
 *
 * <p>Understood: words, {@code "phrases"}, {@code prefix*}, {@code AND}/{@code OR}/{@code NOT}
 * (upper case; a leading {@code -} also negates), parentheses, and the fields {@code author:},
 * {@code title:} (searched in the index) and {@code feed:} (the subscription's name or URL, a
 * filter beside the index). Every term reaches FTS5 as a quoted string, so no input can produce
 * FTS5 syntax or SQL; whatever cannot be expressed (a dangling operator, a lone {@code NOT} inside
 * an {@code OR}) is dropped rather than reported.
 */
final class FtsQuery {

    /** How the index is consulted. */
    enum Mode {
        /** Nothing to search for: no results. */
        NOTHING,
        /** Articles matching {@link #expression}. */
        MATCH,
        /** Every article except those matching {@link #expression} (the query was only negations). */
        EXCLUDE,
        /** No text to search, only feed filters: every article of the matching feeds. */
        ALL
    }

    final Mode mode;
    final String expression;
    final List<String> feedIncludes;
    final List<String> feedExcludes;

    private FtsQuery(Mode mode, String expression, List<String> feedIncludes, List<String> feedExcludes) {
        this.mode = mode;
        this.expression = expression;
        this.feedIncludes = List.copyOf(feedIncludes);
        this.feedExcludes = List.copyOf(feedExcludes);
    }

    static FtsQuery parse(String input) {
        // Control characters end strings inside FTS5; nobody means them in a search.
        String text = input == null ? "" : input.replaceAll("\\p{Cntrl}", " ");
        Parser parser = new Parser(Lexer.tokens(text));
        Node root = parser.parseQuery();
        List<String> includes = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        collectFeeds(root, false, includes, excludes);
        Compiled compiled = compile(root);
        Mode mode;
        if (compiled == null) {
            mode = includes.isEmpty() && excludes.isEmpty() ? Mode.NOTHING : Mode.ALL;
        } else {
            mode = compiled.negativeOnly ? Mode.EXCLUDE : Mode.MATCH;
        }
        return new FtsQuery(mode, compiled == null ? null : compiled.text, includes, excludes);
    }

    // ---- syntax tree ----

    private sealed interface Node permits Term, Feed, And, Or, Not {
    }

    private record Term(String text, boolean prefix, String column) implements Node {
    }

    private record Feed(String text) implements Node {
    }

    private record And(List<Node> children) implements Node {
    }

    private record Or(List<Node> children) implements Node {
    }

    private record Not(Node child) implements Node {
    }

    /** FTS5 text for a node; {@code negativeOnly} when it says only what must not match. */
    private record Compiled(String text, boolean negativeOnly) {
    }

    private static void collectFeeds(Node node, boolean negated, List<String> includes, List<String> excludes) {
        if (node instanceof Feed f) {
            (negated ? excludes : includes).add(f.text());
        } else if (node instanceof And a) {
            a.children().forEach(c -> collectFeeds(c, negated, includes, excludes));
        } else if (node instanceof Or o) {
            o.children().forEach(c -> collectFeeds(c, negated, includes, excludes));
        } else if (node instanceof Not n) {
            collectFeeds(n.child(), !negated, includes, excludes);
        }
    }

    private static Compiled compile(Node node) {
        if (node == null || node instanceof Feed) {
            return null;
        }
        if (node instanceof Term t) {
            String quoted = '"' + t.text().replace("\"", "\"\"") + '"' + (t.prefix() ? " *" : "");
            return new Compiled(t.column() == null ? quoted : t.column() + " : " + quoted, false);
        }
        if (node instanceof Not n) {
            Compiled inner = compile(n.child());
            return inner == null || inner.negativeOnly ? null : new Compiled(inner.text, true);
        }
        if (node instanceof Or o) {
            List<String> parts = new ArrayList<>();
            for (Node child : o.children()) {
                Compiled c = compile(child);
                if (c != null && !c.negativeOnly) {
                    parts.add(c.text);
                }
            }
            if (parts.isEmpty()) {
                return null;
            }
            return new Compiled(parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")", false);
        }
        List<String> positive = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        for (Node child : ((And) node).children()) {
            Compiled c = compile(child);
            if (c != null) {
                (c.negativeOnly ? negative : positive).add(c.text);
            }
        }
        String neg = negative.isEmpty() ? null
                : negative.size() == 1 ? negative.get(0) : "(" + String.join(" OR ", negative) + ")";
        if (positive.isEmpty()) {
            return neg == null ? null : new Compiled(neg, true);
        }
        String pos = positive.size() == 1 ? positive.get(0) : "(" + String.join(" AND ", positive) + ")";
        return new Compiled(neg == null ? pos : "(" + pos + " NOT " + neg + ")", false);
    }

    // ---- lexer ----

    private enum Kind { WORD, PHRASE, LPAREN, RPAREN, AND, OR, NOT }

    private record Token(Kind kind, String text, boolean prefix, String field) {
    }

    private static final class Lexer {

        /** Far more than anyone types; keeps a pasted novel from building a huge expression. */
        private static final int MAX_TOKENS = 128;

        static List<Token> tokens(String input) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            int n = input.length();
            while (i < n && out.size() < MAX_TOKENS) {
                char c = input.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    out.add(new Token(c == '(' ? Kind.LPAREN : Kind.RPAREN, null, false, null));
                    i++;
                } else {
                    boolean negated = false;
                    if (c == '-' && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1))) {
                        negated = true;
                        i++;
                    }
                    String field = null;
                    int colon = fieldEnd(input, i);
                    if (colon > 0) {
                        field = input.substring(i, colon).toLowerCase(Locale.ROOT);
                        i = colon + 1;
                    }
                    int start = i;
                    Token token;
                    if (i < n && isQuote(input.charAt(i))) {
                        int end = i + 1;
                        while (end < n && !isQuote(input.charAt(end))) {
                            end++;
                        }
                        String text = input.substring(i + 1, end);
                        i = Math.min(n, end + 1);
                        boolean prefix = i < n && input.charAt(i) == '*';
                        if (prefix) {
                            i++;
                        }
                        token = new Token(Kind.PHRASE, text, prefix, field);
                    } else {
                        while (i < n && !Character.isWhitespace(input.charAt(i)) && input.charAt(i) != '('
                                && input.charAt(i) != ')' && !isQuote(input.charAt(i))) {
                            i++;
                        }
                        String word = input.substring(start, i);
                        token = word(word, field);
                    }
                    if (token == null) {
                        continue;
                    }
                    if (negated) {
                        out.add(new Token(Kind.NOT, null, false, null));
                    }
                    out.add(token);
                }
            }
            return out;
        }

        private static Token word(String word, String field) {
            if (field == null) {
                switch (word) {
                    case "AND", "&&" -> {
                        return new Token(Kind.AND, null, false, null);
                    }
                    case "OR", "||" -> {
                        return new Token(Kind.OR, null, false, null);
                    }
                    case "NOT" -> {
                        return new Token(Kind.NOT, null, false, null);
                    }
                    default -> {
                        // an ordinary word
                    }
                }
            }
            boolean prefix = false;
            String text = word;
            while (text.endsWith("*")) {
                prefix = true;
                text = text.substring(0, text.length() - 1);
            }
            return new Token(Kind.WORD, text, prefix, field);
        }

        /** The index of the colon ending a known field name at {@code i}, or -1. */
        private static int fieldEnd(String input, int i) {
            for (String field : new String[] {"author", "title", "feed"}) {
                int end = i + field.length();
                if (input.regionMatches(true, i, field, 0, field.length()) && end < input.length()
                        && input.charAt(end) == ':' && end + 1 < input.length()
                        && !Character.isWhitespace(input.charAt(end + 1))) {
                    return end;
                }
            }
            return -1;
        }

        private static boolean isQuote(char c) {
            return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
        }
    }

    // ---- parser: OR binds loosest, then AND (explicit or implied), then NOT ----

    private static final class Parser {
        private final List<Token> tokens;
        private int pos;
        private int depth;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Node parseQuery() {
            List<Node> parts = new ArrayList<>();
            while (pos < tokens.size()) {
                Node n = parseOr();
                if (n != null) {
                    parts.add(n);
                }
                if (pos < tokens.size() && tokens.get(pos).kind() == Kind.RPAREN) {
                    pos++; // an unmatched ')' is ignored
                }
            }
            return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new And(parts);
        }

        private Node parseOr() {
            List<Node> parts = new ArrayList<>();
            Node first = parseAnd();
            if (first != null) {
                parts.add(first);
            }
            while (pos < tokens.size() && tokens.get(pos).kind() == Kind.OR) {
                pos++;
                Node next = parseAnd();
                if (next != null) {
                    parts.add(next);
                }
            }
            return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new Or(parts);
        }

        private Node parseAnd() {
            List<Node> parts = new ArrayList<>();
            while (pos < tokens.size()) {
                Kind k = tokens.get(pos).kind();
                if (k == Kind.OR || k == Kind.RPAREN) {
                    break;
                }
                if (k == Kind.AND) {
                    pos++;
                    continue;
                }
                Node n = parseUnary();
                if (n != null) {
                    parts.add(n);
                }
            }
            return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new And(parts);
        }

        private Node parseUnary() {
            Token t = tokens.get(pos++);
            switch (t.kind()) {
                case NOT -> {
                    if (pos >= tokens.size()) {
                        return null;
                    }
                    Kind next = tokens.get(pos).kind();
                    if (next == Kind.OR || next == Kind.AND || next == Kind.RPAREN) {
                        return null;
                    }
                    Node inner = parseUnary();
                    return inner == null ? null : new Not(inner);
                }
                case LPAREN -> {
                    if (++depth > 32) {
                        // Deeper nesting than any person types: read the rest flat.
                        return null;
                    }
                    Node inner = parseOr();
                    if (pos < tokens.size() && tokens.get(pos).kind() == Kind.RPAREN) {
                        pos++;
                    }
                    depth--;
                    return inner;
                }
                case WORD, PHRASE -> {
                    return term(t);
                }
                default -> {
                    return null;
                }
            }
        }

        private static Node term(Token t) {
            String text = t.text().strip();
            if ("feed".equals(t.field())) {
                return hasLetterOrDigit(text) ? new Feed(text) : null;
            }
            // Words reach the index in its form: "Kraków" looks for what "Kraków" and "krakow" were indexed as.
            String folded = SearchFold.text(text).strip();
            if (!hasLetterOrDigit(folded)) {
                return null;
            }
            return new Term(folded, t.prefix(), t.field());
        }

        private static boolean hasLetterOrDigit(String s) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) {
                    return true;
                }
                i += Character.charCount(cp);
            }
            return false;
        }
    }
}

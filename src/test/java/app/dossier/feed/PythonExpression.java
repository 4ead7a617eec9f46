package app.dossier.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * The small subset of Python that feedparser's {@code Expect:} lines are written in: names,
 * attribute and item access, {@code .get()}, {@code len()}, {@code ord()}, string/number/tuple/
 * list/dict literals, {@code == != is in not and or}. Parsed once into a tree; each conjunct of a
 * top-level {@code and} can be examined and evaluated on its own ({@link PythonEvaluator}).
 */
final class PythonExpression {

    /** A node of the expression tree. */
    sealed interface Node permits Name, Literal, Item, Attr, Call, Compare, Not, BoolOp, Sequence, DictLit {
    }

    record Name(String name) implements Node {
    }

    record Literal(Object value) implements Node {
    }

    record Item(Node target, Node index) implements Node {
    }

    record Attr(Node target, String name) implements Node {
    }

    record Call(Node function, List<Node> args) implements Node {
    }

    record Compare(List<Node> operands, List<String> operators) implements Node {
    }

    record Not(Node operand) implements Node {
    }

    record BoolOp(String op, List<Node> operands) implements Node {
    }

    record Sequence(List<Node> items) implements Node {
    }

    record DictLit(List<Node> keys, List<Node> values) implements Node {
    }

    private final List<String> tokens;
    private int pos;

    private PythonExpression(List<String> tokens) {
        this.tokens = tokens;
    }

    static Node parse(String source) {
        PythonExpression p = new PythonExpression(tokenize(source));
        Node n = p.or();
        if (p.pos != p.tokens.size()) {
            throw new IllegalArgumentException("unexpected " + p.tokens.get(p.pos) + " in " + source);
        }
        return n;
    }

    /** The conjuncts of a top-level {@code and} (the node itself otherwise). */
    static List<Node> conjuncts(Node n) {
        return n instanceof BoolOp b && b.op().equals("and") ? b.operands() : List.of(n);
    }

    // ---- parser ----

    private Node or() {
        Node first = and();
        if (!peek("or")) {
            return first;
        }
        List<Node> ops = new ArrayList<>(List.of(first));
        while (accept("or")) {
            ops.add(and());
        }
        return new BoolOp("or", ops);
    }

    private Node and() {
        Node first = not();
        if (!peek("and")) {
            return first;
        }
        List<Node> ops = new ArrayList<>(List.of(first));
        while (accept("and")) {
            ops.add(not());
        }
        return new BoolOp("and", ops);
    }

    private Node not() {
        if (accept("not")) {
            return new Not(not());
        }
        return comparison();
    }

    private Node comparison() {
        Node first = postfix();
        List<Node> operands = new ArrayList<>(List.of(first));
        List<String> operators = new ArrayList<>();
        while (true) {
            String op;
            if (accept("==")) {
                op = "==";
            } else if (accept("!=")) {
                op = "!=";
            } else if (accept("is")) {
                op = accept("not") ? "is not" : "is";
            } else if (accept("in")) {
                op = "in";
            } else if (peek("not") && pos + 1 < tokens.size() && tokens.get(pos + 1).equals("in")) {
                pos += 2;
                op = "not in";
            } else {
                break;
            }
            operators.add(op);
            operands.add(postfix());
        }
        return operators.isEmpty() ? first : new Compare(operands, operators);
    }

    private Node postfix() {
        Node n = primary();
        while (true) {
            if (accept("[")) {
                Node index = or();
                expect("]");
                n = new Item(n, index);
            } else if (accept(".")) {
                n = new Attr(n, next());
            } else if (accept("(")) {
                List<Node> args = new ArrayList<>();
                while (!accept(")")) {
                    args.add(or());
                    accept(",");
                }
                n = new Call(n, args);
            } else {
                return n;
            }
        }
    }

    private Node primary() {
        String t = next();
        if (t.equals("(")) {
            List<Node> items = new ArrayList<>();
            boolean tuple = false;
            while (!accept(")")) {
                items.add(or());
                if (accept(",")) {
                    tuple = true;
                }
            }
            return tuple || items.isEmpty() ? new Sequence(items) : items.get(0);
        }
        if (t.equals("[")) {
            List<Node> items = new ArrayList<>();
            while (!accept("]")) {
                items.add(or());
                accept(",");
            }
            return new Sequence(items);
        }
        if (t.equals("{")) {
            List<Node> keys = new ArrayList<>();
            List<Node> values = new ArrayList<>();
            while (!accept("}")) {
                keys.add(or());
                expect(":");
                values.add(or());
                accept(",");
            }
            return new DictLit(keys, values);
        }
        if (t.equals("-")) {
            Object v = ((Literal) primary()).value();
            return new Literal(v instanceof Long l ? (Object) (-l) : (Object) (-((Double) v)));
        }
        if (t.startsWith("\u0000")) {
            return new Literal(t.substring(1));
        }
        if (Character.isDigit(t.charAt(0))) {
            return new Literal(t.contains(".") ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t));
        }
        return new Name(t);
    }

    private boolean peek(String t) {
        return pos < tokens.size() && tokens.get(pos).equals(t);
    }

    private boolean accept(String t) {
        if (peek(t)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String t) {
        if (!accept(t)) {
            throw new IllegalArgumentException("expected " + t);
        }
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return tokens.get(pos++);
    }

    /** Tokens; string literals come decoded and marked with a leading NUL. */
    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || ((c == 'u' || c == 'b' || c == 'r') && i + 1 < s.length()
                    && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '"'))) {
                boolean raw = c == 'r';
                if (c != '\'' && c != '"') {
                    i++;
                }
                char quote = s.charAt(i++);
                StringBuilder b = new StringBuilder();
                while (i < s.length() && s.charAt(i) != quote) {
                    char d = s.charAt(i++);
                    if (d == '\\' && !raw && i < s.length()) {
                        char e = s.charAt(i++);
                        switch (e) {
                            case 'n' -> b.append('\n');
                            case 't' -> b.append('\t');
                            case 'r' -> b.append('\r');
                            case 'x' -> {
                                b.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
                                i += 2;
                            }
                            case 'u' -> {
                                b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                                i += 4;
                            }
                            case 'U' -> {
                                b.appendCodePoint(Integer.parseInt(s.substring(i, i + 8), 16));
                                i += 8;
                            }
                            default -> b.append(e);
                        }
                    } else {
                        b.append(d);
                    }
                }
                i++;
                out.add("\u0000" + b);
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                out.add(s.substring(start, i));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                out.add(s.substring(start, i));
            } else if ((c == '=' || c == '!') && i + 1 < s.length() && s.charAt(i + 1) == '=') {
                out.add(s.substring(i, i + 2));
                i += 2;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }
}

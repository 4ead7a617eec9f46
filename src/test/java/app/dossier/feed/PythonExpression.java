package app.dossier.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The small subset of Python that feedparser's {@code Expect:} lines are written in: names,
 * attribute and item access, {@code .get()}, {@code len()}, {@code ord()}, string/number/tuple/
 * list/dict literals, {@code == != is in not and or}. Parsed once into a tree; each conjunct of a
 * top-level {@code and} can be examined (which paths it reads) and evaluated on its own.
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

    /** Values compare through this, so the view can define what "equal" means for its fields. */
    interface Comparable2 {
        boolean matches(Object literal);
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

    /** The data paths a node reads, e.g. {@code entries[].title_detail.value}; names alone too. */
    static List<String> paths(Node n) {
        List<String> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        String path = pathOf(n);
        if (path != null) {
            out.add(path);
        } else if (n instanceof Item i) {
            collect(i.target(), out);
            collect(i.index(), out);
        } else if (n instanceof Attr a) {
            collect(a.target(), out);
        } else if (n instanceof Call c) {
            if (!(c.function() instanceof Name)) {
                collect(c.function(), out);
            }
            c.args().forEach(x -> collect(x, out));
        } else if (n instanceof Compare c) {
            c.operands().forEach(x -> collect(x, out));
        } else if (n instanceof Not x) {
            collect(x.operand(), out);
        } else if (n instanceof BoolOp b) {
            b.operands().forEach(x -> collect(x, out));
        } else if (n instanceof Sequence s) {
            s.items().forEach(x -> collect(x, out));
        } else if (n instanceof DictLit d) {
            d.values().forEach(x -> collect(x, out));
        }
    }

    /** The path of an access chain rooted at a name, or {@code null} if {@code n} is not one. */
    private static String pathOf(Node n) {
        if (n instanceof Name name) {
            String v = name.name();
            return v.equals("None") || v.equals("True") || v.equals("False") ? null : v;
        }
        if (n instanceof Item i) {
            String t = pathOf(i.target());
            if (t == null) {
                return null;
            }
            return i.index() instanceof Literal l && l.value() instanceof String s ? t + "." + s : t + "[]";
        }
        if (n instanceof Attr a) {
            String t = pathOf(a.target());
            return t == null ? null : t + "." + a.name();
        }
        if (n instanceof Call c && c.function() instanceof Attr a && a.name().equals("get")
                && !c.args().isEmpty() && c.args().get(0) instanceof Literal l && l.value() instanceof String s) {
            String t = pathOf(a.target());
            return t == null ? null : t + "." + s;
        }
        return null;
    }

    /** Evaluates against named roots; a missing key or index is an exception (Python would raise). */
    static Object eval(Node n, Function<String, Object> names) {
        if (n instanceof Literal l) {
            return l.value();
        }
        if (n instanceof Name name) {
            switch (name.name()) {
                case "None":
                    return null;
                case "True":
                    return Boolean.TRUE;
                case "False":
                    return Boolean.FALSE;
                default:
                    return names.apply(name.name());
            }
        }
        if (n instanceof Item i) {
            return index(eval(i.target(), names), eval(i.index(), names));
        }
        if (n instanceof Attr a) {
            return index(eval(a.target(), names), a.name());
        }
        if (n instanceof Call c) {
            return call(c, names);
        }
        if (n instanceof Not x) {
            return !truthy(eval(x.operand(), names));
        }
        if (n instanceof BoolOp b) {
            boolean and = b.op().equals("and");
            for (Node o : b.operands()) {
                boolean t = truthy(eval(o, names));
                if (and != t) {
                    return t;
                }
            }
            return and;
        }
        if (n instanceof Compare c) {
            Object left = eval(c.operands().get(0), names);
            for (int k = 0; k < c.operators().size(); k++) {
                Object right = eval(c.operands().get(k + 1), names);
                if (!compare(left, c.operators().get(k), right)) {
                    return false;
                }
                left = right;
            }
            return true;
        }
        if (n instanceof Sequence s) {
            List<Object> items = new ArrayList<>();
            s.items().forEach(x -> items.add(eval(x, names)));
            return items;
        }
        DictLit d = (DictLit) n;
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < d.keys().size(); k++) {
            m.put(eval(d.keys().get(k), names), eval(d.values().get(k), names));
        }
        return m;
    }

    private static Object call(Call c, Function<String, Object> names) {
        if (c.function() instanceof Attr a && (a.name().equals("get") || a.name().equals("has_key"))) {
            Object target = eval(a.target(), names);
            Object key = eval(c.args().get(0), names);
            if (!(target instanceof Map<?, ?> m)) {
                throw new IllegalStateException("not a dict");
            }
            if (a.name().equals("has_key")) {
                return m.containsKey(key);
            }
            return m.containsKey(key) ? m.get(key) : c.args().size() > 1 ? eval(c.args().get(1), names) : null;
        }
        if (c.function() instanceof Name f) {
            Object arg = eval(c.args().get(0), names);
            switch (f.name()) {
                case "len" -> {
                    if (arg instanceof List<?> l) {
                        return (long) l.size();
                    }
                    if (arg instanceof Map<?, ?> m) {
                        return (long) m.size();
                    }
                    return (long) String.valueOf(plain(arg)).length();
                }
                case "ord" -> {
                    String s = String.valueOf(plain(arg));
                    if (s.codePointCount(0, s.length()) != 1) {
                        throw new IllegalStateException("ord() of a string of length " + s.length());
                    }
                    return (long) s.codePointAt(0);
                }
                default -> throw new IllegalStateException("unsupported function " + f.name());
            }
        }
        throw new IllegalStateException("unsupported call");
    }

    /** feedparser's dictionary aliases (FeedParserDict.keymap) for the keys the view provides. */
    private static final Map<String, String> ALIASES = Map.of(
            "url", "href", "guid", "id", "description", "summary", "modified_parsed", "updated_parsed",
            "issued_parsed", "published_parsed", "date_parsed", "updated_parsed");

    private static Object index(Object target, Object key) {
        if (target instanceof Map<?, ?> m) {
            if (!m.containsKey(key) && key instanceof String k && ALIASES.containsKey(k)) {
                key = ALIASES.get(k);
            }
            if (!m.containsKey(key)) {
                throw new IllegalStateException("no key " + key);
            }
            return m.get(key);
        }
        if (target instanceof List<?> l && key instanceof Long k) {
            int i = (int) (k < 0 ? l.size() + k : k);
            if (i < 0 || i >= l.size()) {
                throw new IllegalStateException("no index " + k);
            }
            return l.get(i);
        }
        throw new IllegalStateException("cannot index " + target + " with " + key);
    }

    private static boolean compare(Object left, String op, Object right) {
        return switch (op) {
            case "==" -> equal(left, right);
            case "!=" -> !equal(left, right);
            case "is" -> left == right || Objects.equals(left, right) && (left == null || left instanceof Boolean);
            case "is not" -> !(left == right || Objects.equals(left, right) && (left == null || left instanceof Boolean));
            case "in" -> contains(right, left);
            case "not in" -> !contains(right, left);
            default -> throw new IllegalStateException("operator " + op);
        };
    }

    private static boolean contains(Object container, Object element) {
        if (container instanceof Map<?, ?> m) {
            return m.containsKey(element);
        }
        if (container instanceof List<?> l) {
            return l.stream().anyMatch(x -> equal(x, element));
        }
        return String.valueOf(plain(container)).contains(String.valueOf(plain(element)));
    }

    static boolean equal(Object a, Object b) {
        if (a instanceof Comparable2 && b instanceof Comparable2) {
            return a.toString().equals(b.toString());
        }
        if (a instanceof Comparable2 c) {
            return c.matches(b);
        }
        if (b instanceof Comparable2 c) {
            return c.matches(a);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof Boolean x && b instanceof Number y) {
            return (x ? 1 : 0) == y.doubleValue();
        }
        if (b instanceof Boolean && a instanceof Number) {
            return equal(b, a);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            return x.keySet().stream().allMatch(k -> equal(x.get(k), y.get(k)));
        }
        return Objects.equals(a, b);
    }

    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return !String.valueOf(plain(v)).isEmpty();
    }

    private static Object plain(Object v) {
        return v instanceof Comparable2 ? v.toString() : v;
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

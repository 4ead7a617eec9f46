package app.dossier.feed;

import app.dossier.feed.PythonExpression.Attr;
import app.dossier.feed.PythonExpression.BoolOp;
import app.dossier.feed.PythonExpression.Call;
import app.dossier.feed.PythonExpression.Compare;
import app.dossier.feed.PythonExpression.DictLit;
import app.dossier.feed.PythonExpression.Item;
import app.dossier.feed.PythonExpression.Literal;
import app.dossier.feed.PythonExpression.Name;
import app.dossier.feed.PythonExpression.Node;
import app.dossier.feed.PythonExpression.Not;
import app.dossier.feed.PythonExpression.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Evaluates a {@link PythonExpression} tree against named roots (feedparser's {@code feed},
 * {@code entries}) with Python's semantics for the operations the {@code Expect:} lines use, and
 * lists the data paths a tree reads.
 */
final class PythonEvaluator {

    private PythonEvaluator() {
    }

    /** Values compare through this, so the view can define what "equal" means for its fields. */
    interface Comparable2 {
        boolean matches(Object literal);
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
}

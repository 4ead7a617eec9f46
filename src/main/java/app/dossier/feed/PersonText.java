package app.dossier.feed;

import app.dossier.model.Person;

/**
 * Splits the one-line authors RSS writes ({@code jo@example.com (Jo Smith)},
 * {@code Jo Smith <jo@example.com>}, {@code Jo Smith}) into name and e-mail. Stateless; any thread.
 */
final class PersonText {

    private PersonText() {
    }

    /** The person the text names, or {@code null} for blank text. */
    static Person parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        int open = t.indexOf('(');
        int close = t.lastIndexOf(')');
        if (open > 0 && close > open) {
            String outside = t.substring(0, open).strip();
            String inside = t.substring(open + 1, close).strip();
            if (isEmail(outside)) {
                return new Person(inside.isEmpty() ? null : inside, outside, null);
            }
            if (isEmail(inside)) {
                return new Person(outside.isEmpty() ? null : outside, inside, null);
            }
        }
        int lt = t.indexOf('<');
        int gt = t.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            String inside = t.substring(lt + 1, gt).strip();
            if (inside.startsWith("mailto:")) {
                inside = inside.substring(7);
            }
            if (isEmail(inside)) {
                String name = (t.substring(0, lt) + t.substring(gt + 1)).strip();
                return new Person(name.isEmpty() ? null : name, inside, null);
            }
        }
        if (isEmail(t)) {
            return new Person(null, t, null);
        }
        return new Person(t, null, null);
    }

    /** A person from separate parts, or {@code null} when all are blank. */
    static Person of(String name, String email, String uri) {
        String n = blankToNull(name);
        String e = blankToNull(email);
        String u = blankToNull(uri);
        return n == null && e == null && u == null ? null : new Person(n, e, u);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean isEmail(String s) {
        int at = s.indexOf('@');
        return at > 0 && at < s.length() - 1 && s.indexOf(' ') < 0 && s.indexOf('@', at + 1) < 0;
    }
}

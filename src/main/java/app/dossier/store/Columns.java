package app.dossier.store;

import app.dossier.model.Enclosure;
import app.dossier.model.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes small lists (authors, categories, enclosures, OPML attributes) into single TEXT
 * columns. Fields are separated by U+001F and records by U+001E, which XML cannot contain; a
 * backslash escapes them (and itself) for text that came from JSON, so any string round-trips.
 * An absent value is a lone U+001D.
 */
final class Columns {

    private static final char FIELD = '\u001f';
    private static final char RECORD = '\u001e';
    private static final char ESCAPE = '\\';
    /** A field that is absent (not empty) is this one character, escaped when it occurs in data. */
    private static final char NULL = '\u001d';

    private Columns() {
    }

    static String encodePeople(List<Person> people) {
        List<List<String>> rows = new ArrayList<>(people.size());
        for (Person p : people) {
            rows.add(Arrays.asList(p.name(), p.email(), p.uri()));
        }
        return encode(rows);
    }

    static List<Person> decodePeople(String text) {
        List<Person> out = new ArrayList<>();
        for (List<String> row : decode(text)) {
            out.add(new Person(field(row, 0), field(row, 1), field(row, 2)));
        }
        return out;
    }

    static String encodeStrings(List<String> values) {
        List<List<String>> rows = new ArrayList<>(values.size());
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                rows.add(List.of(v));
            }
        }
        return encode(rows);
    }

    static List<String> decodeStrings(String text) {
        List<String> out = new ArrayList<>();
        for (List<String> row : decode(text)) {
            String v = field(row, 0);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    static String encodeEnclosures(List<Enclosure> enclosures) {
        List<List<String>> rows = new ArrayList<>(enclosures.size());
        for (Enclosure e : enclosures) {
            rows.add(Arrays.asList(e.url(), e.type(), e.length() == null ? null : e.length().toString()));
        }
        return encode(rows);
    }

    static List<Enclosure> decodeEnclosures(String text) {
        List<Enclosure> out = new ArrayList<>();
        for (List<String> row : decode(text)) {
            String length = field(row, 2);
            Long parsed = null;
            if (length != null) {
                try {
                    parsed = Long.valueOf(length);
                } catch (NumberFormatException e) {
                    parsed = null;
                }
            }
            out.add(new Enclosure(field(row, 0), field(row, 1), parsed));
        }
        return out;
    }

    static String encodeMap(Map<String, String> map) {
        if (map.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>(map.size());
        map.forEach((k, v) -> rows.add(Arrays.asList(k, v)));
        return encode(rows);
    }

    static Map<String, String> decodeMap(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : decode(text)) {
            String key = field(row, 0);
            if (key != null) {
                out.put(key, field(row, 1));
            }
        }
        return out;
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(long millis, boolean wasNull) {
        return wasNull ? null : Instant.ofEpochMilli(millis);
    }

    private static String field(List<String> row, int i) {
        if (i >= row.size()) {
            return null;
        }
        return row.get(i);
    }

    static String encode(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                sb.append(RECORD);
            }
            List<String> row = rows.get(r);
            for (int f = 0; f < row.size(); f++) {
                if (f > 0) {
                    sb.append(FIELD);
                }
                String v = row.get(f);
                if (v == null) {
                    sb.append(NULL);
                    continue;
                }
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c == FIELD || c == RECORD || c == ESCAPE || c == NULL) {
                        sb.append(ESCAPE);
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    static List<List<String>> decode(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean absent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length()) {
                field.append(text.charAt(++i));
            } else if (c == NULL) {
                absent = true;
            } else if (c == FIELD || c == RECORD) {
                row.add(absent && field.length() == 0 ? null : field.toString());
                field.setLength(0);
                absent = false;
                if (c == RECORD) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                field.append(c);
            }
        }
        row.add(absent && field.length() == 0 ? null : field.toString());
        rows.add(row);
        return rows;
    }
}

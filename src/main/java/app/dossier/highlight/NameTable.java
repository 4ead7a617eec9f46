package app.dossier.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people of one article: full names as introduced, with the role the article gives them, and
 * the short forms that refer back to them (surname, title + surname). A short form that could mean
 * two people resolves to nobody. Created per article; not shared.
 */
final class NameTable {

    /** A person of the article. */
    static final class Person {
        final String fullName;
        String role;
        boolean official;
        final char gender;

        Person(String fullName, String role, boolean official, char gender) {
            this.fullName = fullName;
            this.role = role;
            this.official = official;
            this.gender = gender;
        }
    }

    private final Map<String, Person> byFullName = new HashMap<>();
    private final Map<String, String> bySurname = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final List<Person> people = new ArrayList<>();

    /** Registers a full name (two or more words), or adds a role it was missing. */
    Person add(String fullName, String role, boolean official, char gender) {
        Person p = byFullName.get(fullName);
        if (p == null) {
            p = new Person(fullName, role, official, gender);
            byFullName.put(fullName, p);
            people.add(p);
            String[] parts = fullName.split(" ");
            if (parts.length > 1) {
                String surname = parts[parts.length - 1];
                String known = bySurname.putIfAbsent(surname, fullName);
                if (known != null && !known.equals(fullName)) {
                    ambiguous.add(surname);
                }
            }
        } else {
            if (p.role == null && role != null) {
                p.role = role;
            }
            p.official |= official;
        }
        return p;
    }

    Person get(String fullName) {
        return byFullName.get(fullName);
    }

    /** The full name a surname refers to in this article, or {@code null} (unknown or ambiguous). */
    String bySurname(String surname) {
        return ambiguous.contains(surname) ? null : bySurname.get(surname);
    }

    boolean isAmbiguous(String surname) {
        return ambiguous.contains(surname);
    }

    /**
     * The one person whose role ends with the given role noun phrase ("foreign minister",
     * "spokesman"), or {@code null} when none or several have it.
     */
    Person byRole(String roleWords) {
        Person found = null;
        String want = roleWords.toLowerCase(Locale.ROOT);
        for (Person p : people) {
            if (p.role != null && p.role.toLowerCase(Locale.ROOT).endsWith(want)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }
}

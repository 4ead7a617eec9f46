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
    private final Map<String, String> bySecondary = new HashMap<>();
    private final Set<String> ambiguousSecondary = new HashSet<>();
    private final List<Person> people = new ArrayList<>();

    /**
     * Registers a full name (two or more words), or adds a role it was missing.
     *
     * @param gender the gender of the name's first word as a given name ('m', 'f', 'u'), or 0 when
     *               it is not a known given name
     */
    Person add(String fullName, String role, boolean official, char gender) {
        Person p = byFullName.get(fullName);
        if (p == null) {
            String family = familyNameFirst(fullName, gender != 0);
            p = new Person(fullName, role, official, family != null ? 'u' : gender);
            byFullName.put(fullName, p);
            people.add(p);
            String[] parts = fullName.split(" ");
            if (parts.length > 1) {
                String last = parts[parts.length - 1];
                boolean suffix = parts.length > 2 && (isGenerationSuffix(last) || last.equals("II") || last.equals("III"));
                String surname = family != null ? family : parts[parts.length - (suffix ? 2 : 1)]; // "King" of "Martin Luther King Jr."
                indexSurname(surname, fullName);
                for (int i = 1; family == null && i < parts.length - 1; i++) {
                    String part = parts[i];
                    if (part.length() > 2 && Character.isUpperCase(part.charAt(0)) && part.indexOf('.') < 0
                            && !part.equals(surname)) {
                        // "Javier Molina Achával" is "Molina" later, "Asim Munir Ahmed" "Munir"
                        indexSecondary(part, fullName);
                    }
                }
                if (family == null && parts.length == 2 && FAMILY_NAMES_FIRST.contains(parts[0])) {
                    indexSurname(parts[0], fullName); // "Wang Jianguo" may be "Wang" later, though "Wang" is also a given name
                }
                for (int i = 2; i + 1 < parts.length && family == null; i++) {
                    if (PARTICLES.contains(parts[i]) && Character.isUpperCase(parts[i - 1].charAt(0))) {
                        indexSurname(parts[i - 1], fullName); // "Luiz Inácio Lula da Silva" is also "Lula"
                        break;
                    }
                }
                int hyphen = surname.indexOf('-');
                if (hyphen == 2 && surname.length() > 4 && Character.isLowerCase(surname.charAt(0))
                        && Character.isUpperCase(surname.charAt(3))) {
                    indexSurname(surname.substring(3), fullName); // "al-Burhan" is also "Burhan"
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

    /**
     * The family name of a name written family name first, as Chinese, Korean and Vietnamese names
     * are in the press ("Xi Jinping" is "Xi", "Kim Jong Un" "Kim", "Lee Jae-myung" "Lee"), or
     * {@code null}. A first word that is also an English given name ("Lee Anderson", "Kim Darroch")
     * counts only before a given name of two parts ("Jong Un", "Jae-myung").
     */
    static String familyNameFirst(String fullName, boolean firstIsGivenName) {
        String[] parts = fullName.split(" ");
        if (parts.length < 2 || parts.length > 3 || !FAMILY_NAMES_FIRST.contains(parts[0])) {
            return null;
        }
        boolean twoPartGiven = parts.length == 3 || parts[1].indexOf('-') > 0;
        return twoPartGiven || !firstIsGivenName ? parts[0] : null;
    }

    /** Common Chinese, Korean and Vietnamese family names, as romanised in the press. */
    private static final Set<String> FAMILY_NAMES_FIRST = Set.of("Xi", "Li", "Wang", "Zhang", "Liu", "Chen",
            "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma",
            "Luo", "Liang", "Song", "Zheng", "Xie", "Han", "Tang", "Feng", "Yu", "Dong", "Xiao", "Cheng", "Cao",
            "Yuan", "Deng", "Fu", "Shen", "Zeng", "Peng", "Lu", "Su", "Jiang", "Cai", "Jia", "Ding", "Wei",
            "Xue", "Ye", "Yan", "Pan", "Du", "Dai", "Xia", "Zhong", "Tian", "Ren", "Fan", "Fang", "Shi", "Yao",
            "Tan", "Liao", "Zou", "Xiong", "Jin", "Hao", "Kong", "Bai", "Cui", "Kang", "Mao", "Qiu", "Qin",
            "Gu", "Hou", "Shao", "Meng", "Duan", "Lei", "Qian", "Yin", "Yi", "Chang", "Qiao", "Lai", "Gong",
            "Wen", "Hun", "Kim", "Lee", "Park", "Choi", "Jung", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo",
            "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Nam",
            "Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Ngo", "Duong", "Ly");

    /** "Jr", "Sr", "Jnr", "Snr", with or without their period: after a name, not a surname. */
    static boolean isGenerationSuffix(String w) {
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return bare.equals("Jr") || bare.equals("Sr") || bare.equals("Jnr") || bare.equals("Snr");
    }

    /** Particles before a Portuguese or Spanish family name: the word before one is a name in itself. */
    private static final Set<String> PARTICLES = Set.of("da", "de", "do", "dos", "das", "del");

    Person get(String fullName) {
        return byFullName.get(fullName);
    }

    private void indexSurname(String surname, String fullName) {
        String known = bySurname.putIfAbsent(surname, fullName);
        if (known != null && !known.equals(fullName)) {
            ambiguous.add(surname);
        }
    }

    /**
     * A middle part of a longer name, which may be how the article names the person later. Weaker
     * than a surname: a real surname of someone else wins, and two such parts cancel out.
     */
    private void indexSecondary(String part, String fullName) {
        String known = bySecondary.putIfAbsent(part, fullName);
        if (known != null && !known.equals(fullName)) {
            ambiguousSecondary.add(part);
        }
    }

    /** The full name a surname refers to in this article, or {@code null} (unknown or ambiguous). */
    String bySurname(String surname) {
        if (ambiguous.contains(surname)) {
            return null;
        }
        String full = bySurname.get(surname);
        if (full != null || ambiguousSecondary.contains(surname)) {
            return full;
        }
        return bySecondary.get(surname);
    }

    boolean isAmbiguous(String surname) {
        return ambiguous.contains(surname);
    }

    /** Titles of heads of state and government. */
    private static final List<String> LEADER_TITLES = List.of("president", "prime minister", "premier", "chancellor", "leader");

    /**
     * "the Brazilian leader" after "Brazilian President Luiz Inácio Lula da Silva", "the French
     * president" after "French President Emmanuel Macron": the one person whose role has the
     * country adjective and the title ({@code head}; "leader" stands for any head of state's or
     * government's title). {@code null} when none or several have, when a former one is in the
     * article, or when someone has the title with no country ("Prime Minister Benjamin Netanyahu"
     * beside "Israeli President Isaac Herzog": "the Israeli leader" may be either).
     */
    Person leaderOf(String adjective, String head) {
        Person found = null;
        String want = " " + adjective.toLowerCase(Locale.ROOT) + " ";
        String title = head.toLowerCase(Locale.ROOT);
        for (Person p : people) {
            if (p.role == null) {
                continue;
            }
            String role = " " + p.role.toLowerCase(Locale.ROOT) + " ";
            String held = leaderTitle(role, title);
            if (held == null || role.contains(" vice ") || role.contains(" deputy ")) {
                continue;
            }
            boolean country = role.contains(want);
            if (!country && role.contains(" former ") && role.trim().equals("former " + held)) {
                return null; // "Former President Petro Poroshenko": a former one the description may mean
            }
            if (!country && !role.trim().equals(held)) {
                continue; // another country's: "German Chancellor Friedrich Merz"
            }
            if (!country || found != null && found != p || role.contains(" former ")) {
                return null; // a title with no country, two of them, or a former one the description may mean as well
            }
            found = p;
        }
        return found;
    }

    /** Endings that mark a surname in the news of Eastern Europe, the Caucasus, the Balkans, Turkey and Greece. */
    private static final String[] SURNAME_ENDINGS = {"enko", "chuk", "czuk", "yuk", "iuk", "shvili", "idze", "vych", "vich",
        "ović", "ovic", "ević", "evic", "escu", "oglu", "oğlu", "poulos", "akis", "ovsky", "evsky", "owski", "ewski",
        "inski", "yshyn", "ishyn"};

    /**
     * Whether a single unknown word looks like a surname by its ending ("Hrytsenko", "Kovalchuk",
     * "Gvaramiashvili", "Popescu"): such a word speaking is a person, where an unknown word
     * otherwise more often names a company ("Volkswagen said").
     */
    static boolean surnameShape(String word) {
        if (word.length() < 6 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : SURNAME_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a role another office than the one they qualify: a former or deputy foreign minister is not "the foreign minister". */
    private static final Set<String> OTHER_OFFICE = Set.of("former", "ex", "deputy", "vice", "assistant", "acting",
            "shadow", "junior", "under", "outgoing", "late");

    private static boolean anotherOffice(String before, String want) {
        for (String w : before.replace('-', ' ').split(" ")) {
            if (OTHER_OFFICE.contains(w) && !(" " + want + " ").contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether someone's role in this article is a title of that country the description may mean,
     * former ones included: "Former Ukrainian president Petro Poroshenko" for "the Ukrainian
     * president", but not "French Prime Minister" for "the French president".
     */
    boolean hasRoleWith(String adjective, String head) {
        String want = " " + adjective.toLowerCase(Locale.ROOT) + " ";
        String title = head.toLowerCase(Locale.ROOT);
        for (Person p : people) {
            if (p.role == null) {
                continue;
            }
            String role = " " + p.role.toLowerCase(Locale.ROOT) + " ";
            if (role.contains(want) && leaderTitle(role, title) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head of state's or government's title in a role (lower case, padded with spaces) that
     * "the … {@code title}" may describe ("leader" any of them), or {@code null}.
     */
    private static String leaderTitle(String role, String title) {
        for (String candidate : LEADER_TITLES) {
            if (role.contains(" " + candidate + " ") && (title.equals("leader") || candidate.equals(title))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The one person whose role ends with the given role noun phrase ("foreign minister",
     * "spokesman"), or {@code null} when none or several have it.
     */
    Person byRole(String roleWords) {
        Person found = null;
        String want = roleWords.toLowerCase(Locale.ROOT);
        for (Person p : people) {
            String role = p.role == null ? null : p.role.toLowerCase(Locale.ROOT);
            if (role != null && role.endsWith(want) && !anotherOffice(role.substring(0, role.length() - want.length()), want)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }
}

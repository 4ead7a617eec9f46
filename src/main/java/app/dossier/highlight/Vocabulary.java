package app.dossier.highlight;

import java.util.Set;

/**
 * The closed word classes of English news speech that the analyser relies on: speech verbs, role
 * and title words, unnamed-source nouns, pronouns. Language rules rather than data, so they live in
 * code. Immutable.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** An immutable set that tolerates repeated words in the lists below. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Verbs that attribute speech or writing to their subject. */
    static final Set<String> SPEECH_VERBS = set("said", "says", "say", "told", "tells", "stated",
            "suggested", "suggests", "argued", "argues", "warned", "warns", "claimed", "insisted", "insists",
            "added", "adds", "noted", "explained", "explains", "announced", "announces", "acknowledged",
            "admitted", "asserted", "wrote", "writes", "reported", "confirmed", "confirms", "denied",
            "stressed", "stresses", "emphasized", "emphasised", "predicted", "cautioned", "maintained",
            "contended", "alleged", "indicated", "signaled", "signalled", "conceded", "promised", "vowed",
            "pledged", "declared", "declares", "estimated", "observed", "recalled", "replied", "responded",
            "answered", "asked", "commented", "remarked", "tweeted", "posted", "continued", "concluded",
            "countered", "complained", "revealed", "disclosed", "hinted", "proclaimed", "boasted", "assured",
            "reiterated", "underlined", "underscored", "threatened", "demanded", "urged", "reports",
            "claims", "notes", "shouted", "whispered", "joked", "quipped", "agreed", "believes", "thinks",
            "told", "recounted", "testified", "briefed", "informed", "summed", "mused", "retorted", "snapped",
            "lamented", "objected", "exclaimed", "wondered",
            // Attribution verbs kept in translated articles.
            "sagte", "erklärte", "betonte", "sagt", "déclaré", "affirmé", "dijo", "afirmó");

    /** Speech verbs that may stand in noun positions too; they need a named or pronoun subject. */
    static final Set<String> AMBIGUOUS_VERBS = set("reports", "claims", "notes", "say", "posted",
            "continued", "agreed", "believes", "thinks", "briefed", "informed", "summed", "threatened",
            "demanded", "urged", "asked", "denied", "answered", "responded", "replied");

    /** Verbs whose clause complement may come without "that": "X said the talks failed". */
    static final Set<String> BARE_CLAUSE_VERBS = set("said", "says", "say", "told", "tells", "added", "adds",
            "warned", "warns", "argued", "argues", "insisted", "insists", "wrote", "writes", "claimed",
            "stressed", "noted", "explained", "suggested", "acknowledged", "admitted", "confirmed",
            "predicted", "believes", "thinks", "reported", "announced", "estimated", "emphasized",
            "emphasised", "indicated", "conceded", "maintained", "contended", "asserted", "declared");

    /** Verbs never used for reported clauses: they attribute only quotes. */
    /**
     * Verbs that characterise with the speaker's own words rather than report speech: "called the
     * strike “a deliberate act of terror”", "described the talks as “constructive”", "accused
     * Israel of “genocide”". They cue only a quote that follows in the same clause.
     */
    static final Set<String> CHARACTERIZING_VERBS = set("called", "calls", "described", "describes", "dismissed",
            "dismisses", "labelled", "labeled", "labels", "branded", "brands", "termed", "accused", "accuses");

    /**
     * Participles that go on reporting the speaker of the clause before the comma: "Shoukry agreed,
     * adding that …", "…, saying the talks had failed", "…, calling it “a disgrace”".
     */
    static final Set<String> PARTICIPLE_CUES = set("adding", "saying", "noting", "warning", "insisting",
            "arguing", "stressing", "explaining", "calling", "describing", "citing");

    static final Set<String> QUOTE_ONLY_VERBS = set("asked", "replied", "responded", "answered", "joked",
            "quipped", "shouted", "whispered", "continued", "tweeted", "posted", "recalled", "commented",
            "remarked", "mused", "summed", "threatened", "demanded", "urged", "agreed", "briefed",
            "informed", "testified", "recounted");

    /** Words that may stand between a subject and its speech verb: "has also said". */
    static final Set<String> VERB_PRELUDE = set("also", "even", "later", "previously", "earlier",
            "reportedly", "again", "recently", "repeatedly", "then", "has", "had", "have", "would", "will",
            "once", "separately", "further", "publicly", "privately", "only", "already", "subsequently",
            "quickly", "immediately", "simply", "clearly", "flatly", "openly", "bluntly", "firmly",
            "angrily", "calmly", "often", "frequently", "last", "has", "had", "reiterated", "just",
            "himself", "herself", "themselves", "itself", "personally", "directly", "explicitly", "is", "was");

    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i");

    /** Role and title nouns: what a person is. */
    static final Set<String> ROLE_NOUNS = set("minister", "president", "premier", "chancellor",
            "spokesman", "spokeswoman", "spokesperson", "official", "ambassador", "envoy", "diplomat",
            "general", "admiral", "colonel", "commander", "chief", "secretary", "secretary-general", "commander-in-chief", "director-general",
            "senator", "lawmaker", "congressman", "congresswoman", "mp", "governor", "mayor", "adviser",
            "advisor", "aide", "analyst", "expert", "professor", "researcher", "fellow", "director", "head",
            "leader", "chairman", "chairwoman", "chair", "ceo", "founder", "co-founder", "journalist",
            "correspondent", "editor", "negotiator", "representative", "commissioner", "speaker", "deputy",
            "king", "queen", "emir", "prince", "sheikh", "ayatollah", "pope", "prosecutor", "judge",
            "attorney", "lawyer", "economist", "strategist", "officer", "soldier", "pilot", "resident",
            "witness", "activist", "member", "reporter", "analyst", "candidate", "nominee", "vice-president", "vice-chancellor",
            "chief-of-staff", "ombudsman", "counselor", "counsellor", "commentator", "historian", "scholar",
            "politician", "mp", "legislator", "monarch", "lieutenant", "captain", "major", "sergeant",
            "marshal", "colonel-general", "lieutenant-general", "major-general", "brigadier", "deputy",
            "undersecretary", "under-secretary", "attaché", "consul", "delegate", "mediator", "rapporteur",
            "coordinator", "manager", "executive", "president-elect", "presidente", "mufti", "imam",
            "patriarch", "metropolitan", "archbishop", "cardinal", "bishop", "rabbi", "doctor", "surgeon",
            "medic", "nurse", "teacher", "student", "worker", "farmer", "owner", "volunteer", "survivor",
            // Family: "said Navalny's mother, Lyudmila Navalnaya"; never official by themselves.
            "mother", "father", "wife", "husband", "widow", "widower", "son", "daughter", "brother",
            "sister", "uncle", "aunt", "cousin", "nephew", "niece", "grandmother", "grandfather",
            "fiancée", "fiance", "fiancé");

    /** Role nouns that make a speaker an official (former ones included). */
    static final Set<String> OFFICIAL_ROLES = set("minister", "president", "premier", "chancellor",
            "spokesman", "spokeswoman", "spokesperson", "official", "ambassador", "envoy", "diplomat",
            "general", "admiral", "colonel", "commander", "secretary", "secretary-general", "commander-in-chief", "director-general", "senator",
            "lawmaker", "congressman", "congresswoman", "mp", "governor", "mayor", "king", "queen", "emir",
            "sheikh", "ayatollah", "negotiator", "commissioner", "vice-president", "vice-chancellor",
            "chief-of-staff", "legislator", "monarch", "lieutenant-general", "major-general",
            "colonel-general", "brigadier", "marshal", "undersecretary", "under-secretary", "consul",
            "attaché", "president-elect", "prosecutor", "rapporteur", "officials", "diplomats",
            "lawmakers", "legislators", "ministers", "authorities", "commanders", "negotiators",
            "spokespeople", "governors", "senators", "ambassadors", "envoys", "generals");

    /** Words in a role that make an otherwise neutral role (adviser, aide, head) official. */
    static final Set<String> GOVERNMENT_WORDS = set("government", "diplomatic", "governmental", "ministerial", "presidential", "national", "security",
            "ministry", "state", "kremlin", "cabinet", "parliament", "parliamentary", "military", "defense",
            "defence", "foreign", "administration", "white", "pentagon", "army", "navy", "intelligence",
            "president", "minister", "prime", "chancellor", "council", "commission", "embassy", "nato",
            "un", "u.n.", "eu", "office", "deputy");

    /** Honorifics and titles written before a name. */
    static final Set<String> TITLES = set("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sen", "Rep", "Brig",
            "Cmdr", "MP", "MEP",
            "Gov", "Adm", "Sgt", "Capt", "Maj", "President", "Prime", "Minister", "Chancellor", "King",
            "Queen", "Pope", "Sheikh", "Ayatollah", "Emir", "Prince", "General", "Admiral", "Colonel",
            "Senator", "Governor", "Mayor", "Secretary", "Ambassador", "Judge", "Justice", "Speaker",
            "Commissioner", "Envoy", "Lieutenant", "Captain", "Marshal", "Premier", "Vice", "Deputy",
            "Foreign", "Defense", "Defence", "Interior", "Finance", "Economy", "Energy", "Justice",
            "Health", "Trade", "Agriculture", "Culture", "Education", "Chief", "Spokesman",
            "Spokeswoman", "Spokesperson", "Former", "Acting", "State", "Crown", "Supreme", "Leader",
            "Secretary-General", "Commander", "Director", "Chairman", "Chairwoman", "Chair", "Professor",
            "Rabbi", "Imam", "Patriarch", "Cardinal", "Bishop", "Archbishop", "Father", "Sister", "Saint",
            "Mrs.", "Sir", "Dame", "Lord", "Lady", "Baroness", "Minister-President", "Home", "Treasury",
            "Attorney", "High", "Representative", "Affairs", "Security", "Ministry", "Interior",
            "Field", "Brigadier", "Major", "Sergeant", "Private", "Corporal", "Officer", "Chief-of-Staff",
            "National", "Adviser", "Advisor", "Counselor", "Special", "Senior", "First", "Lady", "CEO", "CFO",
            "COO", "CTO", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Councilman",
            "Councilwoman", "Councillor", "Councilor", "Lawmaker", "Legislator", "Delegate", "Information",
            "Communications", "Environment", "Transport", "Labour", "Labor", "Petroleum", "Immigration",
            "Homeland", "Veterans", "Vice-President", "Vice-Premier");

    /** Company officers' titles, written after the company: "AT&T CFO John Stephens". */
    static final Set<String> OFFICER_TITLES = set("CEO", "CFO", "COO", "CTO");

    /** Plural nouns for unnamed sources. */
    static final Set<String> GROUP_NOUNS = set("officials", "sources", "diplomats", "analysts", "experts",
            "observers", "people", "residents", "witnesses", "lawmakers", "legislators", "critics", "aides",
            "advisers", "advisors", "commanders", "soldiers", "ministers", "leaders", "authorities",
            "investigators", "prosecutors", "activists", "negotiators", "mediators", "insiders",
            "politicians", "economists", "researchers", "historians", "scientists", "doctors", "medics",
            "rescuers", "militants", "rebels", "protesters", "organizers", "organisers",
            "spokespeople", "representatives", "members", "allies", "partners", "governments", "generals",
            "senators", "governors", "ambassadors", "envoys", "officers", "troops", "survivors", "families",
            "villagers", "locals", "journalists", "reporters", "correspondents", "commentators", "pollsters",
            "campaigners", "groups", "organizations", "organisations", "agencies", "countries", "nations",
            "states", "capitals", "neighbours", "neighbors", "supporters", "opponents", "voters", "crowd",
            "protesters", "demonstrators", "audience");

    /** Nouns for a news outlet: "the media outlet writes". */
    static final Set<String> MEDIA_NOUNS = set("outlet", "newspaper", "paper", "daily", "broadcaster",
            "publication", "magazine", "channel", "website", "tabloid", "weekly", "agency", "network",
            "station", "portal");

    /** Nouns for an institution speaking: "the ministry said". */
    static final Set<String> INSTITUTION_NOUNS = set("ministry", "government", "administration", "army",
            "military", "office", "embassy", "department", "council", "commission", "parliament", "cabinet",
            "presidency", "regime", "kremlin", "court", "company", "firm", "committee", "alliance", "bloc",
            "union", "organization", "organisation", "agency", "service", "command", "headquarters",
            "authority", "police", "party", "coalition", "mission", "delegation", "secretariat", "navy",
            "forces", "force", "guard", "staff", "bank", "inspectorate", "prosecutor's", "service's", "fund", "institute", "watchdog", "group", "movement", "campaign", "wing");

    /** Nouns for texts that speak: "the statement said". */
    static final Set<String> DOCUMENT_NOUNS = set("statement", "report", "document", "letter", "memo",
            "message", "communique", "communiqué", "readout", "study", "survey", "assessment", "declaration",
            "announcement", "filing", "indictment", "post", "transcript", "release", "bulletin", "note",
            "cable", "email", "briefing", "reports", "sources");

    /** Sentence-initial connectives that are not part of reported content. */
    static final Set<String> CONNECTIVES = set("in addition", "however", "but", "and", "also", "meanwhile",
            "moreover", "still", "yet", "further", "furthermore", "instead", "indeed", "so", "therefore",
            "thus", "now", "separately", "similarly", "nevertheless", "nonetheless", "besides",
            "at the same time", "in turn", "for his part", "for her part", "for their part", "then",
            "in fact", "on the other hand", "as a result", "finally", "first", "second", "third");

    /** Words that show a clause has a finite verb: the complement of a bare "said". */
    static final Set<String> FINITE_MARKERS = set("is", "are", "was", "were", "will", "would", "could", "cannot",
            "can", "should", "must", "has", "have", "had", "may", "might", "did", "does", "do", "shall",
            "won't", "wouldn't", "couldn't", "can't", "isn't", "aren't", "wasn't", "weren't", "hasn't",
            "haven't", "didn't", "doesn't", "don't", "needs", "remains", "wants", "plans", "intends",
            "hopes", "expects", "seeks", "aims", "means", "shows", "makes", "lacks", "faces", "risks");

    /** Irregular past tenses that show a clause: "Russian glide bombs hit two blocks". */
    static final Set<String> IRREGULAR_PAST = set("hit", "began", "brought", "built", "came", "fell", "fought",
            "found", "gave", "got", "grew", "held", "kept", "knew", "led", "left", "lost", "made", "met", "paid",
            "ran", "saw", "sent", "shot", "spent", "stood", "struck", "took", "thought", "went", "won", "sought",
            "sold", "bought", "rose", "drew", "drove", "flew", "threw", "broke", "chose", "spoke", "fled", "meant",
            "felt", "dealt", "became", "forgot", "overran", "withdrew", "undertook", "shut", "hid", "froze",
            // short regular forms the "-ed" test leaves out, and more irregular ones news uses
            "died", "used", "owed", "tied", "fed", "slid", "swept", "sank", "sat", "lay", "laid", "hung", "shook",
            "stuck", "stole", "dug", "tore", "swore", "wore", "wrote", "arose", "overtook", "upheld");

    static final Set<String> WEEKDAYS = set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    static final Set<String> MONTHS_AND_DAYS = set("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /** Capitalised words that end an organisation's or an event's name, never a person's. */
    static final Set<String> NON_PERSON_HEADS = set("Ministry", "Council", "Agency", "Bank", "Party", "Times",
            "Post", "News", "Institute", "University", "Committee", "Forces", "Army", "Navy", "Command",
            "Office", "Department", "Group", "Company", "Corporation", "Union", "Court", "Parliament",
            "Government", "Assembly", "Fund", "Organization", "Organisation", "Service", "Center", "Centre",
            "Foundation", "Association", "Republic", "Federation", "Kingdom", "Sea", "River", "Street",
            "Administration", "Authority", "Bureau", "Directorate", "Inspectorate", "Regulator",
            "Square", "Airport", "Station", "Plant", "Summit", "Conference", "Forum", "Treaty", "Accord",
            "Accords", "Agreement", "Act", "Law", "Day", "War", "Operation", "Brigade", "Regiment",
            "Battalion", "Division", "Corps", "Guard", "Guards", "Council", "Commission", "Region",
            "Oblast", "Province", "Island", "Islands", "Mountains", "Valley", "Bridge", "Port", "Network",
            "Initiative", "Coalition", "Alliance", "Front", "Movement", "Church", "Mosque", "Hospital",
            "School", "Press", "Journal", "Review", "Magazine", "Radio", "Television", "TV", "Inc",
            "Ltd", "Corp", "Co", "Club", "League", "Cup", "Games", "Olympics", "Prize", "Award",
            "Management", "Capital", "Partners", "Holdings", "Investments", "Securities", "Industries", "Motors",
            "Airlines", "Energy", "Technologies", "Systems", "Pharmaceuticals", "Media", "Labs",
            "Palace", "House", "Hall", "Tower", "Capitol", "Hill", "Media", "Reuters", "Program",
            "Programme", "Project", "Plan", "Strategy", "Doctrine", "Index", "Report", "Affairs",
            "Security", "Defense", "Defence", "Intelligence", "Police", "Unit", "System", "Systems",
            "Industries", "Energy", "Oil", "Gas", "Force", "Air", "Fleet", "Bureau", "Mission", "Operator", "Staff", "Airlines", "Motors", "Group", "Holdings", "Partners",
            "Studies", "Research", "Policy", "Affairs", "Europe", "America", "Africa", "Asia", "Gulf", "East",
            "West", "North", "South", "Strip", "Bank", "Heights", "Peninsula", "Canal", "Strait", "Ocean",
            "Motor", "Refinery", "Petroleum", "Shipping", "Logistics", "Telecom", "Mining", "Exchange");

    /** Lower-case words allowed inside a person's name. */
    static final Set<String> NAME_PARTICLES = set("de", "da", "van", "von", "der", "den", "bin", "bint",
            "ibn", "al", "el", "la", "le", "du", "di", "dos", "das", "del", "ter", "ten", "y", "abu");
}

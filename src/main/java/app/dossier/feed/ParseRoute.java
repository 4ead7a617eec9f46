package app.dossier.feed;

/** Which reader produced a result; counted by the corpus test and reported in docs/parsing.md. */
enum ParseRoute {
    /** The streaming parser on the document as it came. */
    STREAMING,
    /** The streaming parser after the one-pass repair (entities, prefixes, bare ampersands). */
    REPAIRED,
    /** ROME 2.1.0, the second opinion. */
    ROME,
    /** jsoup's forgiving XML parser, then the streaming parser. */
    LENIENT,
    /** The JSON Feed reader. */
    JSON
}

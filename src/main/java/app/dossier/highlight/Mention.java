package app.dossier.highlight;

import app.dossier.model.EntityType;

/**
 * An entity mention found in one article, by token range and character range. Internal to the
 * analysis; becomes an {@link app.dossier.model.Entity} in the result.
 *
 * @param first      first token
 * @param last       one past the last token
 * @param start      first character
 * @param end        one past the last character
 * @param type       what it names
 * @param canonical  the full or canonical name
 * @param government whether its statements are official (governments, ministries, leaders)
 * @param capitalOf  for a capital city, the country whose government it can stand for
 */
record Mention(int first, int last, int start, int end, EntityType type, String canonical,
               boolean government, String capitalOf) {
}

package app.dossier.model;

import java.util.Objects;

/**
 * One mention of an actor of the story.
 *
 * @param text      the mention as written ("U.S.", "Zagorodnyuk")
 * @param canonical the entity it names ("United States", "Andriy Zagorodnyuk")
 * @param type      country, person, organisation, media, place or region
 * @param span      where the mention stands in the analysed text
 */
public record Entity(String text, String canonical, EntityType type, TextSpan span) {

    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }
}

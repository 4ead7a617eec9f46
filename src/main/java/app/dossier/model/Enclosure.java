package app.dossier.model;

/**
 * A media file attached to an item (podcast audio, an image).
 *
 * @param url    absolute URL, never {@code null}
 * @param type   MIME type as declared, or {@code null}
 * @param length size in bytes as declared, or {@code null} when absent or not a number
 */
public record Enclosure(String url, String type, Long length) {
}

package app.dossier.feed;

/** An OPML file could not be read. The message is one line for the user. */
public final class OpmlFormatException extends Exception {

    public OpmlFormatException(String message) {
        super(message);
    }

    public OpmlFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

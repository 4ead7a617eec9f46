package app.dossier.store;

/**
 * The library database refused an operation. The message is one line for the user; the cause
 * keeps the driver's detail for diagnostics.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package app.dossier.cli;

/** A command could not do what was asked; the message is the one line the user sees. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}

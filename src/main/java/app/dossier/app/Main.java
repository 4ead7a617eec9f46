package app.dossier.app;

/**
 * The launcher: the jar's main class. It is deliberately not a JavaFX {@code Application}, so the
 * jar runs from a plain classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        System.out.println("Dossier");
        return 0;
    }
}

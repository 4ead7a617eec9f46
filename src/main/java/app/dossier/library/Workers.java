package app.dossier.library;

import java.util.concurrent.Executor;

/**
 * The threads the library may use, created and owned by the composition root.
 *
 * @param network runs HTTP exchanges (a small fixed pool: the JDK resolves host names on it)
 * @param cpu     parses feeds and prepares search text (one thread per core)
 * @param writer  the single thread that writes to the library database
 */
public record Workers(Executor network, Executor cpu, Executor writer) {
}

package app.dossier.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest, or "development" when run from classes. */
final class Version implements IVersionProvider {

    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Dossier " + current()};
    }
}

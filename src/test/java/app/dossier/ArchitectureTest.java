package app.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of the code base (docs/architecture.md), checked on every build.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.dossier");
    }

    @Test
    void layersOnlyUseTheArrowsWeAllow() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("app.dossier.model..")
                .layer("feed").definedBy("app.dossier.feed..")
                .layer("store").definedBy("app.dossier.store..")
                .layer("highlight").definedBy("app.dossier.highlight..")
                .layer("render").definedBy("app.dossier.render..")
                .layer("library").definedBy("app.dossier.library..")
                .layer("cli").definedBy("app.dossier.cli..")
                .layer("ui").definedBy("app.dossier.ui..")
                .layer("app").definedBy("app.dossier.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("library").mayOnlyBeAccessedByLayers("cli", "ui", "app")
                .whereLayer("render").mayOnlyBeAccessedByLayers("cli", "ui", "app")
                .whereLayer("feed").mayOnlyBeAccessedByLayers("library", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("library", "app")
                .whereLayer("highlight").mayOnlyBeAccessedByLayers("library", "app")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modelDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("app.dossier.model..")
                .should().dependOnClassesThat()
                .resideOutsideOfPackages("app.dossier.model..", "java..")
                .check(classes);
    }

    @Test
    void highlightIsPureJava() {
        noClasses().that().resideInAPackage("app.dossier.highlight..")
                .should().dependOnClassesThat()
                .resideOutsideOfPackages("app.dossier.model..", "app.dossier.highlight..", "java..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyFeedKnowsRomeAndHttp() {
        noClasses().that().resideOutsideOfPackage("app.dossier.feed..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.rometools..", "org.jdom2..", "java.net.http..",
                        "com.sun.net.httpserver..")
                .check(classes);
    }

    @Test
    void onlyStoreKnowsJdbc() {
        noClasses().that().resideOutsideOfPackage("app.dossier.store..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyStoreKnowsHowArticlesAreCompressed() {
        noClasses().that().resideOutsideOfPackage("app.dossier.store..")
                .should().dependOnClassesThat().resideInAnyPackage("net.jpountz..")
                .check(classes);
    }

    @Test
    void javaFxStaysInTheUiAndTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackages("app.dossier.ui..", "app.dossier.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..",
                        "org.controlsfx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootCreatesThreads() {
        noClasses().that().resideOutsideOfPackage("app.dossier.app..")
                .should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callConstructor(Thread.class, String.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadPoolExecutor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ForkJoinPool")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread$Builder")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineAndTheLauncherWriteToTheConsole() {
        noClasses().that().resideOutsideOfPackages("app.dossier.cli..", "app.dossier.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void backgroundWorkRunsOnExecutorsTheCompositionRootOwns() {
        noClasses().that().resideOutsideOfPackage("app.dossier.app..")
                .should().callMethod(java.util.concurrent.CompletableFuture.class, "runAsync", Runnable.class)
                .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "supplyAsync",
                        java.util.function.Supplier.class)
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("app.dossier.(*)..").should().beFreeOfCycles().check(classes);
    }
}

package io.twinnet.experiments;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the experiments module, as DESIGN.md draws them: data → lab → catalog → app, with
 * files (experiments defined by a file) at the catalog's level, beside it: it uses data and lab, and
 * only app uses it. Each layer may use only the layers before it (and core, the bridge and reports as the module's
 * dependencies allow); no two packages of the module depend on each other in a cycle.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.twinnet.experiments");
    }

    @Test
    void eachLayerUsesOnlyTheLayersBeforeIt() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("io.twinnet.experiments..")
                .layer("data").definedBy("io.twinnet.experiments.data..")
                .layer("lab").definedBy("io.twinnet.experiments.lab..")
                .layer("catalog").definedBy("io.twinnet.experiments.catalog..")
                .layer("files").definedBy("io.twinnet.experiments.files..")
                .layer("app").definedBy("io.twinnet.experiments.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("catalog").mayOnlyBeAccessedByLayers("app")
                .whereLayer("files").mayOnlyBeAccessedByLayers("app")
                .whereLayer("lab").mayOnlyBeAccessedByLayers("catalog", "files", "app")
                .whereLayer("data").mayOnlyBeAccessedByLayers("lab", "catalog", "files", "app")
                .check(classes);
    }

    @Test
    void theLabKnowsNothingOfReports() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("io.twinnet.experiments.lab..")
                .should().dependOnClassesThat().resideInAPackage("io.twinnet.reports..")
                .check(classes);
    }

    @Test
    void noPackagesOfTheModuleFormACycle() {
        slices().matching("io.twinnet.experiments.(**)").should().beFreeOfCycles().check(classes);
    }
}

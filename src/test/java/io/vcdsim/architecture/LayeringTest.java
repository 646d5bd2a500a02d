package io.vcdsim.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The request path, stated once: http → api (resources) → domain services → tasks → store and model,
 * all on core. Nothing below the resources knows HTTP, and no two packages depend on each other.
 * The JUnit extension (testing) starts a whole vcdsim, so it sits with the wiring on top.
 */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.vcdsim");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Wiring").definedBy("io.vcdsim", "io.vcdsim.testing..")
                .layer("Resources").definedBy("io.vcdsim.api..")
                .layer("Http").definedBy("io.vcdsim.http..")
                .layer("Domain").definedBy("io.vcdsim.auth..", "io.vcdsim.blocking..", "io.vcdsim.compute..",
                        "io.vcdsim.config..", "io.vcdsim.events..", "io.vcdsim.extension..", "io.vcdsim.metadata..",
                        "io.vcdsim.query..", "io.vcdsim.simulation..", "io.vcdsim.tenancy..")
                .layer("Tasks").definedBy("io.vcdsim.tasks..")
                .layer("Store").definedBy("io.vcdsim.store..", "io.vcdsim.model..")
                .layer("Core").definedBy("io.vcdsim.core..")
                .whereLayer("Resources").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Http").mayOnlyBeAccessedByLayers("Resources", "Wiring")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Resources", "Http", "Wiring")
                .whereLayer("Tasks").mayOnlyBeAccessedByLayers("Domain", "Resources", "Http", "Wiring")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Tasks", "Domain", "Resources", "Http", "Wiring")
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.vcdsim.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}

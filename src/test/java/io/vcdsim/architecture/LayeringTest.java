package io.vcdsim.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The request path, stated once: http → api (resources) → domain services and views → tasks → store
 * and model, all on core. Nothing below the resources knows HTTP, and no two packages depend on each
 * other. Every package of main is in a layer, so a new one must be placed here.
 */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.vcdsim");

    /** Main, the wiring, and what starts vcdsim inside users' tests. */
    private static final String[] WIRING = {"io.vcdsim", "io.vcdsim.testing.."};
    private static final String[] RESOURCES = {"io.vcdsim.api.."};
    private static final String[] HTTP = {"io.vcdsim.http.."};
    private static final String[] DOMAIN = {"io.vcdsim.auth..", "io.vcdsim.blocking..", "io.vcdsim.catalog..",
        "io.vcdsim.compute..", "io.vcdsim.config..", "io.vcdsim.events..", "io.vcdsim.extensibility..", "io.vcdsim.extension..",
        "io.vcdsim.metadata..", "io.vcdsim.metrics..", "io.vcdsim.network..", "io.vcdsim.provider..", "io.vcdsim.query..", "io.vcdsim.rde..", "io.vcdsim.simulation..", "io.vcdsim.tenancy..",
        "io.vcdsim.views.."};
    private static final String[] TASKS = {"io.vcdsim.tasks.."};
    private static final String[] STORE = {"io.vcdsim.store..", "io.vcdsim.model.."};
    private static final String[] CORE = {"io.vcdsim.core.."};

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Wiring").definedBy(WIRING)
                .layer("Resources").definedBy(RESOURCES)
                .layer("Http").definedBy(HTTP)
                .layer("Domain").definedBy(DOMAIN)
                .layer("Tasks").definedBy(TASKS)
                .layer("Store").definedBy(STORE)
                .layer("Core").definedBy(CORE)
                .whereLayer("Resources").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Http").mayOnlyBeAccessedByLayers("Resources", "Wiring")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Resources", "Http", "Wiring")
                .whereLayer("Tasks").mayOnlyBeAccessedByLayers("Domain", "Resources", "Http", "Wiring")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Tasks", "Domain", "Resources", "Http", "Wiring")
                .check(MAIN);
    }

    @Test
    void everyPackageIsInALayer() {
        String[] all = Stream.of(WIRING, RESOURCES, HTTP, DOMAIN, TASKS, STORE, CORE).flatMap(Arrays::stream)
                .toArray(String[]::new);
        classes().should().resideInAnyPackage(all).check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.vcdsim.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}

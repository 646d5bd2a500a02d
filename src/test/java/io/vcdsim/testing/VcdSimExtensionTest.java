package io.vcdsim.testing;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One vcdsim per class on a static field, one per test on an instance field, each with its own data
 * directory that is gone after close. The ordered second test of each pair checks what the first left.
 */
class VcdSimExtensionTest {
    static VcdSim classSim;
    static Path classDir;
    static VcdSim firstTestSim;
    static Path firstTestDir;

    static long catalogsNamed(Http who, String name) {
        return Long.parseLong(who.get("/api/query?type=catalog&format=references&filter=name==" + name).attr("total"));
    }

    @Test
    void nothingRunsOutsideATest() {
        assertThatThrownBy(() -> VcdSimExtension.create().sim()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no vcdsim is running");
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class OnAStaticField {
        @RegisterExtension
        static final VcdSimExtension vcd = VcdSimExtension.create();

        @Test
        @Order(1)
        void first() {
            classSim = vcd.sim();
            classDir = vcd.dataDir();
            assertThat(classDir).isDirectory();
            assertThat(vcd.sim().config().dataDir()).isEqualTo(classDir);
            Http tenant = Sim.tenant(vcd.sim());
            assertThat(tenant.awaitTask(Sim.createCatalog(tenant, "kept-for-the-class")).attr("status"))
                    .isEqualTo("success");
        }

        @Test
        @Order(2)
        void secondSeesTheSameSim() {
            assertThat(classSim).isNotNull();
            assertThat(vcd.sim()).isSameAs(classSim);
            assertThat(vcd.dataDir()).isEqualTo(classDir);
            assertThat(catalogsNamed(Sim.tenant(vcd.sim()), "kept-for-the-class")).isEqualTo(1);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class OnAnInstanceField {
        @RegisterExtension
        final VcdSimExtension vcd = VcdSimExtension.create().configuredBy(c -> c.withIdleTimeout(Duration.ofMinutes(7)));

        @Test
        @Order(1)
        void first() {
            firstTestSim = vcd.sim();
            firstTestDir = vcd.dataDir();
            assertThat(firstTestDir).isDirectory();
            assertThat(vcd.sim().config().sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(7));
            assertThat(new Http(vcd.httpUrl()).get("/api/versions").status).isEqualTo(200);
            Http tenant = Sim.tenant(vcd.sim());
            assertThat(tenant.awaitTask(Sim.createCatalog(tenant, "only-in-the-first")).attr("status"))
                    .isEqualTo("success");
        }

        @Test
        @Order(2)
        void secondGetsAFreshSimAndTheFirstDataDirIsGone() {
            assertThat(firstTestSim).isNotNull();
            assertThat(vcd.sim()).isNotSameAs(firstTestSim);
            assertThat(vcd.dataDir()).isNotEqualTo(firstTestDir).isDirectory();
            assertThat(firstTestDir).doesNotExist();
            assertThat(catalogsNamed(Sim.tenant(vcd.sim()), "only-in-the-first")).isZero();
        }
    }

    /** Runs after the nested classes, so after the class-level vcdsim was closed. */
    @AfterAll
    static void theClassDataDirIsGoneAfterClose() {
        assertThat(classDir).isNotNull().doesNotExist();
        assertThatThrownBy(OnAStaticField.vcd::sim).isInstanceOf(IllegalStateException.class);
    }
}

package io.vcdsim.store;

import io.vcdsim.Sim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Saved states, loads and resets cover every table of the simulated cloud, read from the schema itself. */
class SavedStateTest {

    @Test
    void everyStateTableIsTakenParentsFirstAndTheOthersAreNot() throws Exception {
        Database db = new Database(Database.h2Url(Sim.tempDir()), null, null);
        try {
            List<String> tables = db.read(tx -> SavedState.tables(tx.handle()));
            assertThat(tables).contains("org", "vdc", "vapp", "vm", "disk", "vm_affinity_rule", "disk_attachment", "task", "event",
                    "metadata").doesNotContainAnyElementsOf(SavedState.NOT_STATE).doesNotHaveDuplicates();
            assertThat(tables.indexOf("org")).isLessThan(tables.indexOf("vdc"));
            assertThat(tables.indexOf("vdc")).isLessThan(tables.indexOf("disk"));
            assertThat(tables.indexOf("vm_affinity_rule")).isLessThan(tables.indexOf("vm_affinity_rule_vm"));
            assertThat(tables.indexOf("vm")).isLessThan(tables.indexOf("vm_affinity_rule_vm"));
            assertThat(tables.indexOf("vm")).isLessThan(tables.indexOf("disk_attachment"));
            assertThat(tables.indexOf("disk")).isLessThan(tables.indexOf("disk_attachment"));
            assertThat(tables.indexOf("edge_gateway")).isLessThan(tables.indexOf("alb_pool"));
            assertThat(tables.indexOf("alb_pool")).isLessThan(tables.indexOf("alb_virtual_service"));
            assertThat(tables.indexOf("alb_service_engine_group")).isLessThan(tables.indexOf("alb_virtual_service"));
        } finally {
            db.close();
        }
    }
}

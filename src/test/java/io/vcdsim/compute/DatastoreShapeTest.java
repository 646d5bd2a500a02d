package io.vcdsim.compute;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Main;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import io.vcdsim.config.Config;
import io.vcdsim.provider.Inventory;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vc1's datastores, stored with its inventory and as many as {@code --vcenter-shape}'s fourth number says: the
 * datastore query, the extension's datastore list, and a provider VDC's DataStoreRefs (go-vcloud-director's
 * Test_GetProviderVdcExtended counts four of these in a vCD whose vCenter has four).
 */
class DatastoreShapeTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    static List<String> queried(Http admin, String attribute) {
        return admin.get("/api/query?type=datastore&format=records&sortAsc=name").children("DatastoreRecord").stream()
                .map(r -> r.getAttribute(attribute)).toList();
    }

    /** The morefs of the seeded provider VDC's DataStoreRefs, as go-vcloud-director's VMWProviderVdc reads them. */
    static List<String> providerVdcDatastores(Http admin) {
        String adminHref = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"),
                "ProviderVdcReference").get(0).getAttribute("href");
        Http.Res pvdc = admin.get(admin.get(adminHref).link("alternate", ProviderVdcTest.VMW_PVDC));
        assertThat(pvdc.status).as(pvdc.body).isEqualTo(200);
        Element refs = ProviderVdcTest.vmext(pvdc.root(), "DataStoreRefs");
        return Http.Res.children(refs, Http.VMEXT, "VimObjectRef").stream()
                .map(r -> ProviderVdcTest.text(r, "MoRef")).toList();
    }

    static List<String> extensionList(Http admin) {
        return Http.Res.children(admin.get("/api/admin/extension/datastores").root(), "Reference").stream()
                .map(r -> r.getAttribute("name")).toList();
    }

    @Test
    void theDefaultShapeHasTheTwoDatastoresItAlwaysHad() {
        Http admin = Sim.admin(vcd.sim());
        assertThat(queried(admin, "name")).containsExactly("shared-disk-1", "shared-disk-2");
        assertThat(queried(admin, "moref")).containsExactly("datastore-21", "datastore-22");
        assertThat(extensionList(admin)).containsExactly("shared-disk-1", "shared-disk-2");
        assertThat(providerVdcDatastores(admin)).containsExactly("datastore-21", "datastore-22");
    }

    @Test
    void aShapeOfFourDatastoresListsFourEverywhere() throws Exception {
        try (VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withVCenterShape(
                new Inventory.Shape(2, 2, 2, 4)))) {
            Http admin = Sim.admin(sim);
            assertThat(queried(admin, "name"))
                    .containsExactly("shared-disk-1", "shared-disk-2", "shared-disk-3", "shared-disk-4");
            assertThat(extensionList(admin)).hasSize(4);
            assertThat(providerVdcDatastores(admin))
                    .containsExactly("datastore-21", "datastore-22", "datastore-23", "datastore-24");
            String fourth = Http.Res.children(admin.get("/api/admin/extension/datastores").root(), "Reference")
                    .get(3).getAttribute("href");
            Http.Res ds = admin.get(fourth);
            assertThat(ds.status).as(ds.body).isEqualTo(200);
            assertThat(ds.attr("name")).isEqualTo("shared-disk-4");
            String vc = Http.Res.children(admin.get("/api/admin/extension/vimServerReferences").root(), Http.VMEXT,
                    "VimServerReference").get(0).getAttribute("href");
            assertThat(admin.get(vc + "/DATASTORE/datastore-24/vSphereWebClientUrl").status).isEqualTo(200);
            assertThat(admin.get(vc + "/DATASTORE/datastore-25/vSphereWebClientUrl").status).isEqualTo(404);

            // a reset seeds the shape again
            assertThat(admin.post("/api/vcdsim/reset", null, null).status).isLessThan(300);
            Http again = Sim.admin(sim);
            assertThat(queried(again, "moref")).hasSize(4);

            // a state saved before the datastores were stored had the two fixed ones, which its VMs may name
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode state = (ObjectNode) mapper.readTree(again.get("/api/vcdsim/state").body);
            assertThat(state.withArray("vcenter_datastore")).hasSize(4);
            state.remove("vcenter_datastore");
            Http.Res loaded = again.send(again.request("/api/vcdsim/state").header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(state))));
            assertThat(loaded.status).as(loaded.body).isEqualTo(204);
            assertThat(queried(again, "moref")).containsExactly("datastore-21", "datastore-22");
            assertThat(providerVdcDatastores(again)).containsExactly("datastore-21", "datastore-22");
        }
    }

    @Test
    void aDatastoreCountOutOfRangeIsRefusedAtStart() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            for (String shape : new String[]{"2,2,2,0", "2,2,2,-1", "2,2,2,65"}) {
                assertThat(new CommandLine(new Main()).execute("--vcenter-shape", shape, "--data-dir",
                        Sim.tempDir().toString())).as(shape).isEqualTo(2);
            }
            assertThat(new CommandLine(new Main()).execute("--vcenter-shape", "2,2,2,2,2", "--data-dir",
                    Sim.tempDir().toString())).isEqualTo(2);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString()).contains("--vcenter-shape: a vCenter has 1 to 64 datastores")
                .contains("three or four numbers");
    }
}

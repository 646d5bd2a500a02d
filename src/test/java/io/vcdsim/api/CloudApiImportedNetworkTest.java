package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Org VDC networks on an NSX-T segment (networkType OPAQUE, as go-vcloud-director's
 * Test_NsxtOrgVdcNetworkImportedNsxtLogicalSwitch makes them) and networks given a segment profile template.
 */
class CloudApiImportedNetworkTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String vdcUrn;
    static String vdcId;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("38.0");
        tenant = Sim.tenant(vcd.sim()).version("38.0");
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        vdcId = vdcUrn.replaceAll(".*:", "");
    }

    /** The importable segments of the VDC: name to the manager's id. */
    static List<JsonNode> importable() {
        List<JsonNode> out = new ArrayList<>();
        admin.send(admin.request("/network/orgvdcnetworks/importableswitches/?orgVdc=" + vdcId)
                .header("Accept", "application/json").GET()).json().forEach(out::add);
        return out;
    }

    static String segmentId(String name) {
        return importable().stream().filter(s -> s.get("name").asText().equals(name)).findFirst().orElseThrow()
                .get("id").asText();
    }

    static String network(String name, String type, String extra) {
        return "{\"name\":\"" + name + "\",\"networkType\":\"" + type + "\",\"ownerRef\":{\"id\":\"" + vdcUrn
                + "\"},\"subnets\":{\"values\":[{\"gateway\":\"2.1.1.1\",\"prefixLength\":24,\"ipRanges\":{\"values\":"
                + "[{\"startAddress\":\"2.1.1.20\",\"endAddress\":\"2.1.1.30\"}]}}]}" + extra + "}";
    }

    @Test
    void anImportedNetworkStandsOnASegmentWhichIsNotImportableUntilItIsDeleted() {
        String segment = segmentId("segment-3");
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/orgVdcNetworks", network("imported-3", "OPAQUE",
                ",\"backingNetworkId\":\"" + segment + "\"")));
        JsonNode net = get(admin, V1 + "/orgVdcNetworks/" + id).json();
        assertThat(net.get("networkType").asText()).isEqualTo("OPAQUE");
        assertThat(net.get("backingNetworkId").asText()).isEqualTo(segment);
        assertThat(net.get("backingNetworkType").asText()).isEqualTo("NSXT_FLEXIBLE_SEGMENT");
        assertThat(importable()).noneMatch(s -> s.get("name").asText().equals("segment-3"));
        // a segment backs one network
        assertThat(send(admin, "POST", V1 + "/orgVdcNetworks", network("imported-3b", "OPAQUE",
                ",\"backingNetworkId\":\"" + segment + "\"")).status).isEqualTo(400);

        awaitOwner(admin, admin.delete(V1 + "/orgVdcNetworks/" + id));
        assertThat(importable()).anyMatch(s -> s.get("name").asText().equals("segment-3"));
    }

    @Test
    void anImportNeedsAKnownSegmentASystemAdministratorAndNoPortGroup() {
        String segment = segmentId("segment-4");
        assertThat(send(admin, "POST", V1 + "/orgVdcNetworks", network("imp-bad", "OPAQUE",
                ",\"backingNetworkId\":\"no-such-segment\"")).status).isEqualTo(400);
        assertThat(send(admin, "POST", V1 + "/orgVdcNetworks", network("imp-bad", "OPAQUE", "")).status)
                .isEqualTo(400);
        assertThat(send(admin, "POST", V1 + "/orgVdcNetworks", network("imp-bad", "OPAQUE",
                ",\"backingNetworkId\":\"" + segment + "\",\"backingNetworkType\":\"DV_PORTGROUP\"")).status)
                .isEqualTo(400);
        assertThat(send(tenant, "POST", V1 + "/orgVdcNetworks", network("imp-bad", "OPAQUE",
                ",\"backingNetworkId\":\"" + segment + "\"")).status).isEqualTo(403);
        assertThat(get(admin, V1 + "/orgVdcNetworks?" + filter("name==imp-bad")).json().get("values")).isEmpty();
    }

    @Test
    void aNetworkMadeWithATemplateHasItsProfilesFromTheNetworkButDoesNotShowIt() {
        String template = CloudApiSegmentProfileTest.createdBy(admin, "spt-for-network");
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/orgVdcNetworks", network("templated", "ISOLATED",
                ",\"segmentProfileTemplateRef\":{\"id\":\"" + template + "\"}")));
        assertThat(get(admin, V1 + "/orgVdcNetworks/" + id).json().has("segmentProfileTemplateRef")).isFalse();
        JsonNode profiles = get(admin, V1 + "/orgVdcNetworks/" + id + "/segmentProfiles").json();
        assertThat(profiles.get("segmentProfileTemplate").get("source").asText()).isEqualTo("NETWORK");
        assertThat(profiles.get("segmentProfileTemplate").get("templateRef").get("id").asText()).isEqualTo(template);
        assertThat(profiles.get("qosProfile").get("name").asText()).isEqualTo("qos-1");
    }

    @Test
    void aTenantCannotGiveANetworkATemplateAndNoNetworkIsMade() {
        String template = CloudApiSegmentProfileTest.createdBy(admin, "spt-tenant-net");
        assertThat(send(tenant, "POST", V1 + "/orgVdcNetworks", network("tenant-templated", "ISOLATED",
                ",\"segmentProfileTemplateRef\":{\"id\":\"" + template + "\"}")).status).isEqualTo(403);
        assertThat(send(admin, "POST", V1 + "/orgVdcNetworks", network("unknown-templated", "ISOLATED",
                ",\"segmentProfileTemplateRef\":{\"id\":\"urn:vcloud:segmentProfileTemplate:"
                        + java.util.UUID.randomUUID() + "\"}")).status).isEqualTo(400);
        assertThat(get(admin, V1 + "/orgVdcNetworks?" + filter("name==*-templated")).json().get("values"))
                .isEmpty();
    }
}

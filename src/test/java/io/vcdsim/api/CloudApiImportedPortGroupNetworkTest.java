package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Org VDC networks imported from a distributed port group of the vCenter (networkType OPAQUE, backingNetworkType
 * DV_PORTGROUP), as go-vcloud-director's Test_NsxtOrgVdcNetworkImportedDistributedVirtualPortGroup makes them: the
 * port group from Vdc.GetVcenterImportableDvpgByName (the importable list filtered by orgVdcId), created, found by id
 * and by name, updated, deleted; and what is refused with a 400.
 */
class CloudApiImportedPortGroupNetworkTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String orgHref;
    static String nsxtVdc;
    static String nsxvVdc;

    @BeforeAll
    static void nsxtVdc() {
        admin = Sim.admin(vcd.sim()).version("38.0");
        tenant = Sim.tenant(vcd.sim()).version("38.0");
        nsxvVdc = CloudApiCalls.acmeVdcUrn(tenant);
        orgHref = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        nsxtVdc = CloudApiVdcGroupTest.vdc(admin, orgHref, "dvpg-nsxt",
                CloudApiVdcGroupTest.nsxtProviderVdc(admin, "dvpg-pvdc"));
    }

    /** The names of the port groups the VDC may import (go-vcloud-director's Vdc.GetAllVcenterImportableDvpgs). */
    static List<String> importable(String vdc) {
        Http.Res r = get(admin, V1 + "/virtualCenters/resources/importableDvpgs?" + filter("orgVdcId==" + vdc));
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r.json().get("values").findValues("backingRef").stream().map(b -> b.get("name").asText()).toList();
    }

    /** The importable port group's backingRef.id, which a client sends as backingNetworkId. */
    static String backingId(String vdc, String name) {
        JsonNode values = get(admin, V1 + "/virtualCenters/resources/importableDvpgs?" + filter("orgVdcId==" + vdc))
                .json().get("values");
        for (JsonNode pg : values) {
            if (pg.get("backingRef").get("name").asText().equals(name)) {
                return pg.get("backingRef").get("id").asText();
            }
        }
        throw new AssertionError(name + " is not importable: " + values);
    }

    /** The network go-vcloud-director's test sends: one subnet with DNS and two IP ranges. */
    static String network(String name, String owner, String backingId) {
        return "{\"name\":\"" + name + "\",\"description\":\"" + name + "-description\",\"ownerRef\":{\"id\":\""
                + owner + "\"},\"networkType\":\"OPAQUE\",\"backingNetworkId\":\"" + backingId + "\","
                + "\"backingNetworkType\":\"DV_PORTGROUP\",\"subnets\":{\"values\":[{\"gateway\":\"2.1.1.1\","
                + "\"prefixLength\":24,\"dnsServer1\":\"8.8.8.8\",\"dnsServer2\":\"8.8.4.4\",\"dnsSuffix\":\"foo.bar\","
                + "\"ipRanges\":{\"values\":[{\"startAddress\":\"2.1.1.20\",\"endAddress\":\"2.1.1.30\"},"
                + "{\"startAddress\":\"2.1.1.40\",\"endAddress\":\"2.1.1.50\"}]}}]}}";
    }

    /** An external network on the port group, as CloudApiNetworkTest makes one. */
    static String externalNetwork(String moref) {
        String vc = get(admin, V1 + "/virtualCenters").json().get("values").get(0).get("vcId").asText();
        return "{\"name\":\"dvpg-ext\",\"subnets\":{\"values\":[{\"gateway\":\"1.1.1.1\",\"prefixLength\":24,"
                + "\"ipRanges\":{\"values\":[{\"startAddress\":\"1.1.1.3\",\"endAddress\":\"1.1.1.50\"}]}}]},"
                + "\"networkBackings\":{\"values\":[{\"backingId\":\"" + moref + "\",\"backingTypeValue\":"
                + "\"DV_PORTGROUP\",\"networkProvider\":{\"id\":\"" + vc + "\"}}]}}";
    }

    @Test
    void anNsxtVdcImportsAFreePortGroupWhichIsNotImportableUntilTheNetworkIsDeleted() {
        String moref = backingId(nsxtVdc, "dvpg-external-3");
        String id = awaitOwner(admin, send(admin, "POST", V1 + "/orgVdcNetworks", network("dvpg-net", nsxtVdc, moref)));

        JsonNode net = get(admin, V1 + "/orgVdcNetworks/" + id).json();
        assertThat(net.get("name").asText()).isEqualTo("dvpg-net");
        assertThat(net.get("description").asText()).isEqualTo("dvpg-net-description");
        assertThat(net.get("networkType").asText()).isEqualTo("OPAQUE");
        assertThat(net.get("backingNetworkId").asText()).isEqualTo(moref);
        assertThat(net.get("backingNetworkType").asText()).isEqualTo("DV_PORTGROUP");
        assertThat(net.get("ownerRef").get("id").asText()).isEqualTo(nsxtVdc);
        assertThat(net.get("orgVdcIsNsxTBacked").asBoolean()).isTrue();
        JsonNode subnet = net.get("subnets").get("values").get(0);
        assertThat(subnet.get("gateway").asText()).isEqualTo("2.1.1.1");
        assertThat(subnet.get("dnsSuffix").asText()).isEqualTo("foo.bar");
        assertThat(subnet.get("ipRanges").get("values").findValuesAsText("startAddress"))
                .containsExactly("2.1.1.20", "2.1.1.40");
        // found by name, in its VDC, as Vdc.GetOpenApiOrgVdcNetworkByName and GetAllOpenApiOrgVdcNetworks look
        assertThat(names(get(admin, V1 + "/orgVdcNetworks?" + filter("name==dvpg-net;ownerRef.id==" + nsxtVdc))
                .json())).containsExactly("dvpg-net");
        // the port group is taken: not importable, not importable again, and shown used in the portgroup query
        assertThat(importable(nsxtVdc)).doesNotContain("dvpg-external-3").contains("dvpg-external-4");
        Http.Res again = send(admin, "POST", V1 + "/orgVdcNetworks", network("dvpg-net-2", nsxtVdc, moref));
        assertThat(again.status).as(again.body).isEqualTo(400);
        assertThat(again.json().get("message").asText()).contains("in use");
        assertThat(admin.get("/api/query?type=portgroup&format=records&filter=name==dvpg-external-3")
                .children("PortgroupRecord").get(0).getAttribute("networkName")).isEqualTo("dvpg-net");
        Http.Res external = send(admin, "POST", V1 + "/externalNetworks", externalNetwork(moref));
        assertThat(external.status).as(external.body).isEqualTo(400);
        assertThat(external.json().get("message").asText()).contains(moref, "already backs");

        ((ObjectNode) net).put("description", "dvpg-net updated description");
        assertThat(awaitOwner(admin, send(admin, "PUT", V1 + "/orgVdcNetworks/" + id, net.toString()))).isEqualTo(id);
        JsonNode updated = get(admin, V1 + "/orgVdcNetworks/" + id).json();
        assertThat(updated.get("description").asText()).isEqualTo("dvpg-net updated description");
        assertThat(updated.get("backingNetworkId").asText()).isEqualTo(moref);
        assertThat(updated.get("backingNetworkType").asText()).isEqualTo("DV_PORTGROUP");

        awaitOwner(admin, send(admin, "DELETE", V1 + "/orgVdcNetworks/" + id, ""));
        assertThat(get(admin, V1 + "/orgVdcNetworks?" + filter("name==dvpg-net")).json().get("values")).isEmpty();
        assertThat(importable(nsxtVdc)).contains("dvpg-external-3");
    }

    @Test
    void aPortGroupThatIsUnknownStandardOrUsedIsNotImported() {
        // dvportgroup-11 backs the seeded external network; network-1 is a standard port group
        for (String moref : List.of("dvportgroup-11", "network-1", "dvportgroup-404")) {
            Http.Res r = send(admin, "POST", V1 + "/orgVdcNetworks", network("dvpg-bad", nsxtVdc, moref));
            assertThat(r.status).as(moref + " " + r.body).isEqualTo(400);
            assertThat(r.json().get("minorErrorCode").asText()).as(r.body)
                    .isIn("BAD_REQUEST", "INVALID_REFERENCE");
        }
        assertThat(importable(nsxtVdc)).doesNotContain("dvpg-external-1");
        assertThat(get(admin, V1 + "/orgVdcNetworks?" + filter("name==dvpg-bad")).json().get("values")).isEmpty();
    }

    @Test
    void onlyASystemAdministratorImportsAPortGroupIntoAnNsxtVdcItself() {
        String moref = backingId(nsxtVdc, "dvpg-external-4");
        Http.Res nsxv = send(admin, "POST", V1 + "/orgVdcNetworks", network("dvpg-nsxv", nsxvVdc, moref));
        assertThat(nsxv.status).as(nsxv.body).isEqualTo(400);
        assertThat(nsxv.json().get("message").asText()).contains("NSX-T");
        String group = CloudApiVdcGroupTest.group(admin, orgHref, "dvpg-group", nsxtVdc);
        Http.Res inGroup = send(admin, "POST", V1 + "/orgVdcNetworks", network("dvpg-group-net", group, moref));
        assertThat(inGroup.status).as(inGroup.body).isEqualTo(400);
        assertThat(send(tenant, "POST", V1 + "/orgVdcNetworks", network("dvpg-tenant", nsxtVdc, moref)).status)
                .isEqualTo(403);
        assertThat(importable(nsxtVdc)).contains("dvpg-external-4");
        assertThat(get(admin, V1 + "/orgVdcNetworks?" + filter("name==dvpg-*")).json().get("values")).isEmpty();
    }
}

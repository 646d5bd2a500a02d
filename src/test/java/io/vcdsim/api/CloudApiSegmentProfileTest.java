package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segment profile templates, the global defaults, an org VDC network's segment profiles and a VDC's network profile,
 * as go-vcloud-director's nsxt_segment_profile_template.go, openapi_org_network_segment_profiles.go and
 * vdc_network_profile.go use them.
 */
class CloudApiSegmentProfileTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static final String TEMPLATES = V1 + "/segmentProfileTemplates/";
    static Http admin;
    static Http tenant;
    static String managerUrn;
    static String vdcUrn;
    static String networkUrn;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("38.0");
        tenant = Sim.tenant(vcd.sim()).version("38.0");
        managerUrn = CloudApiNsxtTest.managerUrn(admin);
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        networkUrn = get(tenant, V1 + "/orgVdcNetworks?" + filter("name==acme-net")).json().get("values").get(0)
                .get("id").asText();
    }

    /** Whether a document leaves a field out or has it null (the cloudapi leaves nulls out). */
    static boolean absent(JsonNode json, String field) {
        return json.path(field).isMissingNode() || json.path(field).isNull();
    }

    /** The id of the manager's profile of a list, by its name. */
    static String profile(String list, String name) {
        return profile(admin, managerUrn, list, name);
    }

    static String profile(Http who, String manager, String list, String name) {
        for (JsonNode p : get(who, V1 + "/nsxTResources/" + list + "?" + filter("nsxTManagerRef.id=="
                + manager)).json().get("values")) {
            if (p.get("displayName").asText().equals(name)) {
                return p.get("id").asText();
            }
        }
        throw new AssertionError("no profile " + name);
    }

    static String templateBody(String name, String ipDiscoveryId) {
        return templateBody(admin, managerUrn, name, ipDiscoveryId);
    }

    static String templateBody(Http who, String manager, String name, String ipDiscoveryId) {
        return "{\"name\":\"" + name + "\",\"description\":\"d\",\"sourceNsxTManagerRef\":{\"id\":\"" + manager
                + "\"},\"ipDiscoveryProfile\":{\"id\":\"" + ipDiscoveryId + "\"},\"macDiscoveryProfile\":{\"id\":\""
                + profile(who, manager, "segmentMacDiscoveryProfiles", "mac-discovery-1") + "\"},\"qosProfile\":"
                + "{\"id\":\"" + profile(who, manager, "segmentQoSProfiles", "qos-1") + "\"},"
                + "\"segmentSecurityProfile\":{\"id\":\"" + profile(who, manager, "segmentSecurityProfiles",
                "segment-security-1") + "\"},\"spoofGuardProfile\":{\"id\":\"" + profile(who, manager,
                "segmentSpoofGuardProfiles", "spoofguard-1") + "\"}}";
    }

    /** A new template of the seeded profiles, made by a system administrator; its URN. */
    static String createdBy(Http who, String name) {
        String manager = CloudApiNsxtTest.managerUrn(who);
        Http.Res res = send(who, "POST", TEMPLATES, templateBody(who, manager, name, profile(who, manager,
                "segmentIpDiscoveryProfiles", "ip-discovery-1")));
        assertThat(res.status).as(res.body).isEqualTo(201);
        return res.json().get("id").asText();
    }

    static JsonNode created(String name) {
        Http.Res res = send(admin, "POST", TEMPLATES, templateBody(name, profile("segmentIpDiscoveryProfiles",
                "ip-discovery-1")));
        assertThat(res.status).as(res.body).isEqualTo(201);
        return res.json();
    }

    @Test
    void aTemplateIsCreatedReadListedUpdatedAndDeleted() {
        JsonNode t = created("spt-crud");
        String id = t.get("id").asText();
        assertThat(id).startsWith("urn:vcloud:segmentProfileTemplate:");
        assertThat(t.get("ipDiscoveryProfile").get("name").asText()).isEqualTo("ip-discovery-1");
        assertThat(t.get("sourceNsxTManagerRef").get("id").asText()).isEqualTo(managerUrn);
        assertThat(get(admin, TEMPLATES + id).json()).isEqualTo(t);
        assertThat(get(admin, V1 + "/segmentProfileTemplates?" + filter("name==spt-crud")).json().get("values"))
                .hasSize(1);

        ((com.fasterxml.jackson.databind.node.ObjectNode) t).put("description", "updated");
        Http.Res updated = send(admin, "PUT", TEMPLATES + id, t.toString());
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(get(admin, TEMPLATES + id).json().get("description").asText()).isEqualTo("updated");

        assertThat(admin.delete(TEMPLATES + id).status).isEqualTo(204);
        assertThat(get(admin, TEMPLATES + id).status).isEqualTo(403); // the cloudapi's answer for what is not there
    }

    @Test
    void aTemplateNamingAnUnknownProfileOrManagerOrWithoutANameIsRefused() {
        assertThat(send(admin, "POST", TEMPLATES, templateBody("spt-bad", "no-such-profile")).status).isEqualTo(400);
        String qosAsIp = profile("segmentQoSProfiles", "qos-1");
        assertThat(send(admin, "POST", TEMPLATES, templateBody("spt-bad", qosAsIp)).status).isEqualTo(400);
        String ip = profile("segmentIpDiscoveryProfiles", "ip-discovery-1");
        assertThat(send(admin, "POST", TEMPLATES, templateBody("", ip)).status).isEqualTo(400);
        assertThat(send(admin, "POST", TEMPLATES, templateBody("x".repeat(129), ip)).status).isEqualTo(400);
        assertThat(send(admin, "POST", TEMPLATES, templateBody("spt-bad", ip).replace(managerUrn,
                "urn:vcloud:nsxtmanager:" + UUID.randomUUID())).status).isEqualTo(400);
        assertThat(get(admin, V1 + "/segmentProfileTemplates?" + filter("name==spt-bad")).json().get("values"))
                .isEmpty();
    }

    @Test
    void templateNamesAreUniqueAndTemplatesAreSystemAdministrators() {
        created("spt-unique");
        String ip = profile("segmentIpDiscoveryProfiles", "ip-discovery-1");
        assertThat(send(admin, "POST", TEMPLATES, templateBody("spt-unique", ip)).status).isEqualTo(400);
        assertThat(get(tenant, V1 + "/segmentProfileTemplates").status).isEqualTo(403);
        assertThat(send(tenant, "POST", TEMPLATES, templateBody("spt-tenant", ip)).status).isEqualTo(403);
        assertThat(get(admin, TEMPLATES + "urn:vcloud:segmentProfileTemplate:" + UUID.randomUUID()).status)
                .isEqualTo(403);
    }

    @Test
    void theGlobalDefaultsAreSetReadAndResetAndKeepTheirTemplate() {
        String id = created("spt-default").get("id").asText();
        String both = "{\"vappNetworkSegmentProfileTemplateRef\":{\"id\":\"" + id + "\"},"
                + "\"vdcNetworkSegmentProfileTemplateRef\":{\"id\":\"" + id + "\"}}";
        Http.Res set = send(admin, "PUT", TEMPLATES + "default", both);
        assertThat(set.status).as(set.body).isEqualTo(200);
        assertThat(set.json().get("vdcNetworkSegmentProfileTemplateRef").get("id").asText()).isEqualTo(id);
        assertThat(get(admin, TEMPLATES + "default").json().get("vappNetworkSegmentProfileTemplateRef").get("name")
                .asText()).isEqualTo("spt-default");
        assertThat(admin.delete(TEMPLATES + id).status).isEqualTo(400); // in use

        JsonNode reset = send(admin, "PUT", TEMPLATES + "default", "{}").json();
        assertThat(absent(reset, "vdcNetworkSegmentProfileTemplateRef")).isTrue();
        assertThat(admin.delete(TEMPLATES + id).status).isEqualTo(204);
    }

    @Test
    void globalDefaultsNeedKnownTemplatesAndASystemAdministrator() {
        assertThat(send(admin, "PUT", TEMPLATES + "default", "{\"vdcNetworkSegmentProfileTemplateRef\":{\"id\":"
                + "\"urn:vcloud:segmentProfileTemplate:" + UUID.randomUUID() + "\"}}").status).isEqualTo(400);
        assertThat(send(tenant, "PUT", TEMPLATES + "default", "{}").status).isEqualTo(403);
    }

    @Test
    void aNetworksProfilesAreSetOneByOneOrByTemplate() {
        String path = V1 + "/orgVdcNetworks/" + networkUrn + "/segmentProfiles";
        String qos = profile("segmentQoSProfiles", "qos-1");
        Http.Res set = send(admin, "PUT", path, "{\"qosProfile\":{\"id\":\"" + qos + "\"}}");
        assertThat(set.status).as(set.body).isEqualTo(200);
        JsonNode read = get(tenant, path).json();
        assertThat(read.get("qosProfile").get("id").asText()).isEqualTo(qos);
        assertThat(absent(read, "segmentProfileTemplate")).isTrue();

        String template = created("spt-network").get("id").asText();
        send(admin, "PUT", path, "{\"segmentProfileTemplate\":{\"templateRef\":{\"id\":\"" + template + "\"}}}");
        read = get(admin, path).json();
        assertThat(read.get("segmentProfileTemplate").get("templateRef").get("id").asText()).isEqualTo(template);
        assertThat(read.get("segmentProfileTemplate").get("source").asText()).isEqualTo("NETWORK");
        assertThat(read.get("spoofGuardProfile").get("name").asText()).isEqualTo("spoofguard-1");
    }

    @Test
    void aNetworksProfilesMustBeKnownAndAreSetBySystemAdministrators() {
        String path = V1 + "/orgVdcNetworks/" + networkUrn + "/segmentProfiles";
        assertThat(send(admin, "PUT", path, "{\"qosProfile\":{\"id\":\"nothing\"}}").status).isEqualTo(400);
        assertThat(send(tenant, "PUT", path, "{}").status).isEqualTo(403);
        assertThat(get(admin, V1 + "/orgVdcNetworks/urn:vcloud:network:" + UUID.randomUUID() + "/segmentProfiles")
                .status).isEqualTo(403);
    }

    @Test
    void aVdcsNetworkProfileNamesTheServicesEdgeClusterAndIsReset() {
        String path = V1 + "/vdcs/" + vdcUrn + "/networkProfile";
        assertThat(absent(get(admin, path).json(), "servicesEdgeCluster")).isTrue();
        String cluster = get(admin, V1 + "/nsxTResources/edgeClusters").json().get("values").get(0).get("id")
                .asText();
        Http.Res set = send(admin, "PUT", path, "{\"servicesEdgeCluster\":{\"backingId\":\"" + cluster + "\"}}");
        assertThat(set.status).as(set.body).isEqualTo(200);
        assertThat(set.json().get("servicesEdgeCluster").get("backingId").asText()).isEqualTo(cluster);
        assertThat(get(tenant, path).json().get("servicesEdgeCluster").get("backingId").asText()).isEqualTo(cluster);

        assertThat(absent(send(admin, "PUT", path, "{}").json(), "servicesEdgeCluster")).isTrue();
        assertThat(admin.delete(path).status).isEqualTo(204);
    }

    @Test
    void aVdcsNetworkProfileRefusesUnknownClustersAndTemplates() {
        String path = V1 + "/vdcs/" + vdcUrn + "/networkProfile";
        assertThat(send(admin, "PUT", path, "{\"servicesEdgeCluster\":{\"backingId\":\"nope\"}}").status)
                .isEqualTo(400);
        assertThat(send(admin, "PUT", path, "{\"vdcNetworkSegmentProfileTemplateRef\":{\"id\":\"urn:vcloud:"
                + "segmentProfileTemplate:" + UUID.randomUUID() + "\"}}").status).isEqualTo(400);
        assertThat(send(admin, "PUT", path, "{\"primaryEdgeCluster\":{\"id\":\"x\"}}").status).isEqualTo(400);
        assertThat(get(admin, V1 + "/vdcs/urn:vcloud:vdc:" + UUID.randomUUID() + "/networkProfile").status)
                .isEqualTo(403);
    }
}

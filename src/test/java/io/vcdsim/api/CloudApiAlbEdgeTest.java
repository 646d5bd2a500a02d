package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static io.vcdsim.api.NsxtServiceCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NSX-T ALB on edge gateways as go-vcloud-director's Test_UpdateAlbSettings and
 * Test_GetAllEdgeAlbServiceEngineGroupAssignments* drive it: an edge's load balancer enabled (only on a network pool
 * with an ALB cloud), changed and disabled by tasks; service engine groups assigned to it, DEDICATED without limits
 * and SHARED with them, listed by FIQL and in the groups' edge contexts, changed and unassigned.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloudApiAlbEdgeTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static final String ASSIGNMENTS = V1 + "/loadBalancer/serviceEngineGroups/assignments/";
    static Http admin;
    static Http tenant;
    static String edge;
    static String edge2;
    static String cloud;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("38.0");
        tenant = Sim.tenant(vcd.sim()).version("38.0");
        String vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        String external = NsxtServiceCalls.tier0Network(admin, "tier0-1", "10.74.0");
        edge = NsxtServiceCalls.edge(admin, "alb-edge-1", vdcUrn, external, "10.74.0.1");
        edge2 = NsxtServiceCalls.edge(admin, "alb-edge-2", vdcUrn, external, "10.74.0.1");
    }

    static String lb(String edgeUrn) {
        return V1 + "/edgeGateways/" + edgeUrn + "/loadBalancer";
    }

    /** The edge's load balancer set by its task (owned by the edge), then read back. */
    static JsonNode put(Http who, String edgeUrn, String body) {
        assertThat(awaitOwner(who, send(who, "PUT", lb(edgeUrn), body))).isEqualTo(edgeUrn);
        Http.Res read = get(who, lb(edgeUrn));
        assertThat(read.status).as(read.body).isEqualTo(200);
        return read.json();
    }

    static String assignment(String edgeUrn, String groupUrn, String limits) {
        return "{\"gatewayRef\":{\"id\":\"" + edgeUrn + "\"},\"serviceEngineGroupRef\":{\"id\":\"" + groupUrn + "\"}"
                + limits + "}";
    }

    /** A group imported from what the cloud offers under {@code offered}'s name. */
    static String group(String name, String offered, String reservation) {
        String backing = null;
        for (JsonNode o : get(admin, CloudApiAlbServiceEngineGroupTest.IMPORTABLE + "?" + filter("_context==" + cloud))
                .json().get("values")) {
            if (o.get("displayName").asText().equals(offered)) {
                backing = o.get("id").asText();
            }
        }
        Http.Res made = send(admin, "POST", CloudApiAlbServiceEngineGroupTest.GROUPS,
                CloudApiAlbServiceEngineGroupTest.body(name, backing, cloud, reservation));
        assertThat(made.status).as(made.body).isEqualTo(201);
        return made.json().get("id").asText();
    }

    static List<String> groupNames(String fiql) {
        Http.Res res = get(admin, V1 + "/loadBalancer/serviceEngineGroups?" + filter(fiql));
        assertThat(res.status).as(res.body).isEqualTo(200);
        return CloudApiCalls.names(res.json());
    }

    @Test
    @Order(1)
    void enablingNeedsACloudOnTheEdgesNetworkPool() {
        assertThat(get(tenant, lb(edge)).json().toString()).isEqualTo("{\"enabled\":false}");
        refused(send(admin, "PUT", lb(edge), "{\"enabled\":true}"), 400, "BAD_REQUEST");

        String controller = CloudApiAlbCloudTest.controller(admin, "alb-edge-ctl", "https://avi-controller-1");
        cloud = CloudApiAlbCloudTest.imported(admin, "alb-edge-cloud", controller).get("id").asText();
    }

    @Test
    @Order(2)
    void theLoadBalancerIsEnabledChangedAndDisabled() {
        JsonNode on = put(admin, edge, "{\"enabled\":true,\"supportedFeatureSet\":\"STANDARD\"}");
        assertThat(on.get("enabled").asBoolean()).isTrue();
        assertThat(on.get("serviceNetworkDefinition").asText()).isEqualTo("192.168.255.1/25");
        assertThat(on.get("supportedFeatureSet").asText()).isEqualTo("STANDARD");
        assertThat(on.get("loadBalancerCloudRef").get("id").asText()).isEqualTo(cloud);
        assertThat(on.get("transparentModeEnabled").asBoolean()).isFalse();
        assertThat(on.has("licenseType")).isFalse();
        refused(send(admin, "PUT", lb(edge), "{\"enabled\":true,\"serviceNetworkDefinition\":\"10.1.1.1/25\"}"), 400,
                "BAD_REQUEST");
        // blank is not sent, and a value is read without its surrounding spaces: both keep the network it has
        put(admin, edge, "{\"enabled\":true,\"serviceNetworkDefinition\":\"  \"}");
        assertThat(put(admin, edge, "{\"enabled\":true,\"serviceNetworkDefinition\":\" 192.168.255.1/25 \"}")
                .get("serviceNetworkDefinition").asText()).isEqualTo("192.168.255.1/25");
        JsonNode transparent = put(admin, edge, "{\"enabled\":true,\"transparentModeEnabled\":true}");
        assertThat(transparent.get("transparentModeEnabled").asBoolean()).isTrue();
        assertThat(transparent.get("serviceNetworkDefinition").asText()).isEqualTo("192.168.255.1/25");

        assertThat(put(admin, edge, "{\"enabled\":false,\"supportedFeatureSet\":\"STANDARD\"}").toString())
                .isEqualTo("{\"enabled\":false}");
        JsonNode custom = put(admin, edge, "{\"enabled\":true,\"serviceNetworkDefinition\":\"93.93.11.1/25\","
                + "\"ipv6ServiceNetworkDefinition\":\"2001:0db8:85a3:0000:0000:8a2e:0370:7334/120\"}");
        assertThat(custom.get("serviceNetworkDefinition").asText()).isEqualTo("93.93.11.1/25");
        assertThat(custom.get("ipv6ServiceNetworkDefinition").asText())
                .isEqualTo("2001:0db8:85a3:0000:0000:8a2e:0370:7334/120");
        assertThat(custom.get("transparentModeEnabled").asBoolean()).isFalse();
        put(admin, edge, "{\"enabled\":false}");

        Http old = Sim.admin(vcd.sim()).version("36.0");
        JsonNode licensed = put(old, edge, "{\"enabled\":true,\"licenseType\":\"ENTERPRISE\","
                + "\"ipv6ServiceNetworkDefinition\":\"2001:db8::1/120\"}");
        assertThat(licensed.get("licenseType").asText()).isEqualTo("ENTERPRISE");
        assertThat(licensed.has("supportedFeatureSet") || licensed.has("ipv6ServiceNetworkDefinition")
                || licensed.has("transparentModeEnabled")).isFalse();
        assertThat(get(admin, lb(edge)).json().get("supportedFeatureSet").asText()).isEqualTo("PREMIUM");
        assertThat(put(old, edge, "{\"enabled\":true,\"licenseType\":\" BASIC \"}").get("licenseType").asText())
                .isEqualTo("BASIC");
        assertThat(get(admin, lb(edge)).json().get("supportedFeatureSet").asText()).isEqualTo("STANDARD");
        // a blank feature set is none: the one set stays
        put(admin, edge, "{\"enabled\":true,\"supportedFeatureSet\":\"PREMIUM\"}");
        assertThat(put(admin, edge, "{\"enabled\":true,\"supportedFeatureSet\":\" \"}").get("supportedFeatureSet")
                .asText()).isEqualTo("PREMIUM");
        put(admin, edge, "{\"enabled\":false}");
    }

    @Test
    @Order(3)
    void badSettingsAndOtherCallersAreRefused() {
        for (String body : new String[]{"{\"enabled\":true,\"serviceNetworkDefinition\":\"10.0.0.1/24\"}",
                "{\"enabled\":true,\"serviceNetworkDefinition\":\"nonsense\"}",
                "{\"enabled\":true,\"ipv6ServiceNetworkDefinition\":\"10.0.0.1/25\"}",
                "{\"enabled\":true,\"supportedFeatureSet\":\"GOLD\"}", "{}", "null"}) {
            Http.Res r = send(admin, "PUT", lb(edge), body);
            assertThat(r.status).as(body + " " + r.body).isEqualTo(400);
        }
        refused(send(Sim.admin(vcd.sim()).version("36.0"), "PUT", lb(edge), "{\"enabled\":true,\"licenseType\":"
                + "\"GOLD\"}"), 400, "BAD_REQUEST");
        refused(send(tenant, "PUT", lb(edge), "{\"enabled\":true}"), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(get(admin, lb("urn:vcloud:gateway:" + UUID.randomUUID())), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(get(admin, lb(edge)).json().get("enabled").asBoolean()).isFalse();
    }

    @Test
    @Order(4)
    void dedicatedAndSharedGroupsAreAssignedListedChangedAndUnassigned() {
        String dedicated = group("alb-dedicated", "Default-Group", "DEDICATED");
        String shared = group("alb-shared", "seg-active-active", "SHARED");
        String spare = group("alb-spare", "seg-active-standby", "SHARED");
        refused(send(admin, "POST", ASSIGNMENTS, assignment(edge, dedicated, "")), 400, "BAD_REQUEST");
        put(admin, edge, "{\"enabled\":true}");
        put(admin, edge2, "{\"enabled\":true}");

        String d1 = awaitOwner(admin, send(admin, "POST", ASSIGNMENTS, assignment(edge, dedicated, "")));
        assertThat(d1).startsWith("urn:vcloud:serviceEngineGroupAssignment:");
        JsonNode a = get(admin, ASSIGNMENTS + d1).json();
        assertThat(a.get("serviceEngineGroupRef").get("name").asText()).isEqualTo("alb-dedicated");
        assertThat(a.get("gatewayRef").get("name").asText()).isEqualTo("alb-edge-1");
        assertThat(a.get("gatewayOrgRef").get("name").asText()).isEqualTo("acme");
        assertThat(a.get("gatewayOwnerRef").get("name").asText()).isEqualTo("acme-vdc");
        assertThat(a.has("maxVirtualServices")).isFalse();
        assertThat(a.get("numDeployedVirtualServices").asInt()).isZero();
        refused(send(admin, "POST", ASSIGNMENTS, assignment(edge, dedicated, "")), 400, "BAD_REQUEST");
        refused(send(admin, "POST", ASSIGNMENTS, assignment(edge2, dedicated, "")), 400, "BAD_REQUEST");

        for (String limits : new String[]{"", ",\"maxVirtualServices\":101", ",\"maxVirtualServices\":0",
                ",\"maxVirtualServices\":10,\"minVirtualServices\":11", ",\"maxVirtualServices\":10,"
                + "\"minVirtualServices\":-1"}) {
            refused(send(admin, "POST", ASSIGNMENTS, assignment(edge, shared, limits)), 400, "BAD_REQUEST");
        }
        String s1 = awaitOwner(admin, send(admin, "POST", ASSIGNMENTS, assignment(edge, shared,
                ",\"maxVirtualServices\":89,\"minVirtualServices\":20")));
        String s2 = awaitOwner(admin, send(admin, "POST", ASSIGNMENTS, assignment(edge2, shared,
                ",\"maxVirtualServices\":10,\"minVirtualServices\":5")));
        assertThat(get(admin, ASSIGNMENTS + s1).json().get("maxVirtualServices").asInt()).isEqualTo(89);
        assertThat(get(admin, CloudApiAlbServiceEngineGroupTest.GROUPS + shared).json()
                .get("reservedVirtualServices").asInt()).isEqualTo(25);

        assertThat(ids("gatewayRef.id==" + edge)).containsExactlyInAnyOrder(d1, s1);
        assertThat(ids("serviceEngineGroupRef.id==" + shared)).containsExactlyInAnyOrder(s1, s2);
        assertThat(ids("gatewayRef.id==" + edge2 + ";serviceEngineGroupRef.id==" + shared)).containsExactly(s2);
        Http.Res mine = get(tenant, ASSIGNMENTS);
        assertThat(mine.json().get("resultTotal").asInt()).as(mine.body).isEqualTo(3);
        assertThat(get(tenant, ASSIGNMENTS + s2).status).isEqualTo(200);

        assertThat(groupNames("_context==" + edge)).containsExactly("alb-dedicated", "alb-shared");
        assertThat(groupNames("_context==" + edge + ";_context==assignable")).containsExactly("alb-spare");
        assertThat(groupNames("_context==" + edge2 + ";_context==assignable")).containsExactly("alb-spare");
        assertThat(groupNames("name==alb-shared;_context==" + edge2)).containsExactly("alb-shared");
        refused(get(admin, V1 + "/loadBalancer/serviceEngineGroups?" + filter("_context==assignable")), 400,
                "BAD_REQUEST");
        refused(get(admin, V1 + "/loadBalancer/serviceEngineGroups?" + filter("_context==urn:vcloud:gateway:"
                + UUID.randomUUID())), 400, "INVALID_REFERENCE");
        // the context is the edge's whole id: another id that only shares its start, or ends in it, is not the edge
        String edgeId = edge.substring(edge.lastIndexOf(':') + 1);
        String neighbour = edge.substring(0, edge.length() - 1) + (edge.endsWith("0") ? "1" : "0");
        refused(get(admin, V1 + "/loadBalancer/serviceEngineGroups?" + filter("_context==" + neighbour)), 400,
                "INVALID_REFERENCE");
        for (String lookalike : List.of("urn:vcloud:gateway:ab-" + edgeId, "urn:vcloud:gateway:other:" + edgeId)) {
            refused(get(admin, V1 + "/loadBalancer/serviceEngineGroups?" + filter("_context==" + lookalike)), 400,
                    "BAD_REQUEST");
        }
        assertThat(groupNames("name==alb-shared_context")).isEmpty();

        JsonNode sharedOne = get(admin, ASSIGNMENTS + s1).json();
        String changed = sharedOne.toString().replace("\"maxVirtualServices\":89", "\"maxVirtualServices\":50")
                .replace("\"minVirtualServices\":20", "\"minVirtualServices\":30");
        awaitOwner(admin, send(admin, "PUT", ASSIGNMENTS + s1, changed));
        assertThat(get(admin, ASSIGNMENTS + s1).json().get("minVirtualServices").asInt()).isEqualTo(30);
        refused(send(admin, "PUT", ASSIGNMENTS + s1, changed.replace(edge, edge2)), 400, "BAD_REQUEST");
        refused(send(admin, "PUT", ASSIGNMENTS + d1, assignment(edge, dedicated,
                ",\"maxVirtualServices\":50,\"minVirtualServices\":30")), 400, "BAD_REQUEST");

        refused(send(admin, "PUT", lb(edge), "{\"enabled\":false}"), 400, "BAD_REQUEST");
        refused(admin.delete(CloudApiAlbServiceEngineGroupTest.GROUPS + shared), 400, "BAD_REQUEST");
        // an assigned group keeps its reservation type: the assignments' limits follow it
        for (String[] g : new String[][]{{shared, "SHARED", "DEDICATED"}, {dedicated, "DEDICATED", "SHARED"}}) {
            String retyped = get(admin, CloudApiAlbServiceEngineGroupTest.GROUPS + g[0]).json().toString()
                    .replace("\"reservationType\":\"" + g[1] + "\"", "\"reservationType\":\"" + g[2] + "\"");
            Http.Res r = send(admin, "PUT", CloudApiAlbServiceEngineGroupTest.GROUPS + g[0], retyped);
            assertThat(CloudApiAlbControllerTest.refused(r, 400, "BAD_REQUEST").body).contains("reservationType");
        }
        refused(send(tenant, "POST", ASSIGNMENTS, assignment(edge, spare, ",\"maxVirtualServices\":5")), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(tenant.delete(ASSIGNMENTS + s1), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");

        for (String id : new String[]{d1, s1, s2}) {
            awaitOwner(admin, admin.delete(ASSIGNMENTS + id));
            refused(get(admin, ASSIGNMENTS + id), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        }
        for (String g : new String[]{dedicated, shared, spare}) {
            assertThat(admin.delete(CloudApiAlbServiceEngineGroupTest.GROUPS + g).status).isEqualTo(204);
        }
        refused(admin.delete(CloudApiAlbCloudTest.CLOUDS + cloud), 400, "BAD_REQUEST");
        put(admin, edge, "{\"enabled\":false}");
        put(admin, edge2, "{\"enabled\":false}");
    }

    @Test
    @Order(5)
    void assignmentsNeedAKnownEdgeAndGroup() {
        String group = "urn:vcloud:serviceEngineGroup:" + UUID.randomUUID();
        refused(send(admin, "POST", ASSIGNMENTS, assignment("urn:vcloud:gateway:" + UUID.randomUUID(), group, "")),
                400, "INVALID_REFERENCE");
        refused(send(admin, "POST", ASSIGNMENTS, assignment(edge, group, "")), 400, "INVALID_REFERENCE");
        refused(send(admin, "POST", ASSIGNMENTS, assignment(edge, "nothing", "")), 400, "BAD_REQUEST");
        refused(send(admin, "POST", ASSIGNMENTS, "{}"), 400, "BAD_REQUEST");
        refused(get(admin, ASSIGNMENTS + "urn:vcloud:serviceEngineGroupAssignment:" + UUID.randomUUID()), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(get(admin, ASSIGNMENTS.substring(0, ASSIGNMENTS.length() - 1) + "?" + filter("gatewayRef.id==x")),
                400, "BAD_REQUEST");
    }

    @Test
    @Order(6)
    void anEdgeGoesWithItsLoadBalancerAndAssignments() {
        String vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
        String external = NsxtServiceCalls.tier0Network(admin, "tier0-2", "10.75.0");
        String doomed = NsxtServiceCalls.edge(admin, "alb-edge-3", vdcUrn, external, "10.75.0.1");
        String group = group("alb-doomed", "Default-Group", "SHARED");
        put(admin, doomed, "{\"enabled\":true}");
        String a = awaitOwner(admin, send(admin, "POST", ASSIGNMENTS, assignment(doomed, group,
                ",\"maxVirtualServices\":5")));

        awaitOwner(admin, admin.delete(V1 + "/edgeGateways/" + doomed));
        refused(get(admin, ASSIGNMENTS + a), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(admin.delete(CloudApiAlbServiceEngineGroupTest.GROUPS + group).status).isEqualTo(204);
    }

    static List<String> ids(String fiql) {
        Http.Res res = get(admin, ASSIGNMENTS.substring(0, ASSIGNMENTS.length() - 1) + "?" + filter(fiql));
        assertThat(res.status).as(res.body).isEqualTo(200);
        return res.json().get("values").findValues("id").stream().map(JsonNode::asText)
                .filter(id -> id.startsWith("urn:vcloud:serviceEngineGroupAssignment:")).toList();
    }
}

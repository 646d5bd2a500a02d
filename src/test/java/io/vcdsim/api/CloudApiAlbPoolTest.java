package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.AlbCalls.POOLS;
import static io.vcdsim.api.AlbCalls.made;
import static io.vcdsim.api.AlbCalls.pool;
import static io.vcdsim.api.AlbCalls.summaries;
import static io.vcdsim.api.CloudApiAlbControllerTest.refused;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NSX-T ALB pools as go-vcloud-director's Test_AlbPool makes them (minimal, advanced, with CA certificates; as a
 * system administrator and as the org's administrator): created by a task, found by id and by name in the edge's
 * poolSummaries, changed, deleted; and what vCD refuses.
 */
class CloudApiAlbPoolTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static AlbCalls.Setting at;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.0");
        tenant = Sim.tenant(vcd.sim()).version("37.0");
        at = AlbCalls.setting(admin, tenant, "https://avi-controller-1", "10.71.0");
    }

    @Test
    void aMinimalPoolTakesVcdsDefaultsAndIsFoundChangedAndDeleted() {
        for (Http who : new Http[] {admin, tenant}) {
            String name = "pool-minimal-" + UUID.randomUUID().toString().substring(0, 6);
            String id = made(who, POOLS, pool(name, at.edge(), ""));
            assertThat(id).startsWith("urn:vcloud:loadBalancerPool:");
            JsonNode p = get(who, POOLS + id).json();
            assertThat(p.get("name").asText()).isEqualTo(name);
            assertThat(p.get("gatewayRef").get("name").asText()).isEqualTo("lb-edge");
            assertThat(p.get("enabled").asBoolean()).isTrue();
            assertThat(p.get("algorithm").asText()).isEqualTo("LEAST_CONNECTIONS");
            assertThat(p.get("defaultPort").asInt()).isEqualTo(80);
            assertThat(p.get("gracefulTimeoutPeriod").asInt()).isEqualTo(1);
            assertThat(p.get("passiveMonitoringEnabled").asBoolean()).isTrue();
            assertThat(p.get("memberCount").asInt()).isZero();
            assertThat(p.get("healthStatus").asText()).isEqualTo("UNAVAILABLE");
            assertThat(p.get("sslEnabled").asBoolean()).isFalse();

            JsonNode found = summaries(who, at.edge(), "poolSummaries", name);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("id").asText()).isEqualTo(id);
            assertThat(summaries(who, at.edge(), "poolSummaries", null).size()).isPositive();

            ObjectNode change = (ObjectNode) CloudApiNsxtNatTest.JSON.createObjectNode().put("id", id)
                    .put("name", name + "-updated");
            change.putObject("gatewayRef").put("id", at.edge());
            awaitOwner(who, send(who, "PUT", POOLS + id, change.toString()));
            assertThat(get(who, POOLS + id).json().get("name").asText()).isEqualTo(name + "-updated");
            awaitOwner(who, who.delete(POOLS + id));
            assertThat(get(who, POOLS + id).status).isEqualTo(403);
        }
    }

    @Test
    void anAdvancedPoolKeepsItsMembersMonitorsAndPersistence() {
        String id = made(tenant, POOLS, pool("pool-advanced", at.edge(), ",\"algorithm\":\"FEWEST_SERVERS\","
                + "\"defaultPort\":8443,\"gracefulTimeoutPeriod\":1,\"passiveMonitoringEnabled\":true,"
                + "\"healthMonitors\":[{\"type\":\"HTTP\"},{\"type\":\"PING\"}],"
                + "\"members\":[{\"enabled\":true,\"ipAddress\":\"1.1.1.1\",\"port\":8400,\"ratio\":2},"
                + "{\"enabled\":false,\"ipAddress\":\"1.1.1.2\"},{\"enabled\":true,\"ipAddress\":\"1.1.1.3\"}],"
                + "\"persistenceProfile\":{\"name\":\"PersistenceProfile1\",\"type\":\"CLIENT_IP\",\"value\":\"\"}"));
        JsonNode p = get(tenant, POOLS + id).json();
        assertThat(p.get("algorithm").asText()).isEqualTo("FEWEST_SERVERS");
        assertThat(p.get("memberCount").asInt()).isEqualTo(3);
        assertThat(p.get("enabledMemberCount").asInt()).isEqualTo(2);
        assertThat(p.get("members").get(0).get("port").asInt()).isEqualTo(8400);
        assertThat(p.get("members").get(0).get("ratio").asInt()).isEqualTo(2);
        assertThat(p.get("members").get(1).get("ratio").asInt()).isEqualTo(1);
        assertThat(p.get("members").get(1).get("healthStatus").asText()).isEqualTo("DISABLED");
        assertThat(p.get("healthMonitors").get(0).get("name").asText()).isEqualTo("System-HTTP");
        assertThat(p.get("healthMonitors").get(1).get("systemDefined").asBoolean()).isTrue();
        assertThat(p.get("persistenceProfile").get("type").asText()).isEqualTo("CLIENT_IP");
        assertThat(p.get("healthMessage").asText()).isEqualTo("The pool is unassigned.");
        JsonNode summary = summaries(tenant, at.edge(), "poolSummaries", "pool-advanced").get(0);
        assertThat(summary.get("activeMonitoringEnabled").asBoolean()).isTrue();
        assertThat(summary.has("members")).isFalse();

        awaitOwner(tenant, send(tenant, "PUT", POOLS + id, pool("pool-advanced-updated", at.edge(),
                ",\"enabled\":false,\"algorithm\":\"LEAST_LOAD\",\"gracefulTimeoutPeriod\":0,"
                        + "\"members\":[{\"enabled\":true,\"ipAddress\":\"1.1.1.1\",\"port\":8300,\"ratio\":3}]")));
        p = get(tenant, POOLS + id).json();
        assertThat(p.get("enabled").asBoolean()).isFalse();
        assertThat(p.get("healthStatus").asText()).isEqualTo("DISABLED");
        assertThat(p.get("gracefulTimeoutPeriod").asInt()).isZero();
        assertThat(p.hasNonNull("persistenceProfile")).isFalse();
        awaitOwner(tenant, tenant.delete(POOLS + id));
    }

    @Test
    void aPoolChecksItsMembersCertificatesWithSsl() {
        String cert = AlbCalls.certificate(tenant, "pool-ca", false);
        String id = made(tenant, POOLS, pool("pool-ca", at.edge(), ",\"algorithm\":\"FASTEST_RESPONSE\","
                + "\"caCertificateRefs\":[{\"id\":\"" + cert + "\"}],\"commonNameCheckEnabled\":true,"
                + "\"domainNames\":[\"one\",\"two\",\"three\"],\"defaultPort\":1211,\"sslEnabled\":true"));
        JsonNode p = get(tenant, POOLS + id).json();
        assertThat(p.get("caCertificateRefs").get(0).get("name").asText()).isEqualTo("pool-ca");
        assertThat(p.get("domainNames")).hasSize(3);
        assertThat(p.get("sslEnabled").asBoolean()).isTrue();
        assertThat(summaries(tenant, at.edge(), "poolSummaries", "pool-ca").get(0).get("memberSslEnabled")
                .asBoolean()).isTrue();
        // vCD keeps a certificate a pool checks its members with
        String library = CloudApiCertificateTest.LIBRARY + "/" + cert;
        Http.Res kept = tenant.delete(library);
        refused(kept, 400, "BAD_REQUEST");
        assertThat(kept.json().get("message").asText()).contains("load balancer pool pool-ca");
        assertThat(get(tenant, library).status).isEqualTo(200);
        awaitOwner(tenant, tenant.delete(POOLS + id));

        Http old = Sim.tenant(vcd.sim()).version("36.0");
        String before37 = made(old, POOLS, pool("pool-ca-36", at.edge(), ",\"caCertificateRefs\":[{\"id\":\""
                + cert + "\"}]"));
        assertThat(get(old, POOLS + before37).json().has("sslEnabled")).isFalse();
        assertThat(get(tenant, POOLS + before37).json().get("sslEnabled").asBoolean()).isTrue();
        awaitOwner(old, old.delete(POOLS + before37));
        assertThat(tenant.delete(library).status).isEqualTo(204);
        assertThat(get(tenant, library).status).isEqualTo(403);
    }

    @Test
    void badPoolsAreRefusedBeforeAnyTask() {
        String edge = at.edge();
        String unknownEdge = "urn:vcloud:gateway:" + UUID.randomUUID();
        String[][] bad = {
            {pool("", edge, ""), "400"},
            {"{\"name\":\"pool-bad\"}", "400"},
            {pool("pool-bad", "nothing", ""), "400"},
            {pool("pool-bad", unknownEdge, ""), "403"},
            {pool("pool-bad", edge, ",\"algorithm\":\"SOMETIMES\""), "400"},
            {pool("pool-bad", edge, ",\"defaultPort\":0"), "400"},
            {pool("pool-bad", edge, ",\"defaultPort\":65536"), "400"},
            {pool("pool-bad", edge, ",\"gracefulTimeoutPeriod\":-2"), "400"},
            {pool("pool-bad", edge, ",\"members\":[{\"ipAddress\":\"1.1.1\"}]"), "400"},
            {pool("pool-bad", edge, ",\"members\":[{\"ipAddress\":\"1.1.1.1\",\"ratio\":21}]"), "400"},
            {pool("pool-bad", edge, ",\"members\":[{\"ipAddress\":\"1.1.1.1\"},{\"ipAddress\":\"1.1.1.1\"}]"), "400"},
            {pool("pool-bad", edge, ",\"healthMonitors\":[{\"type\":\"SMTP\"}]"), "400"},
            {pool("pool-bad", edge, ",\"persistenceProfile\":{\"type\":\"HTTP_COOKIE\"}"), "400"},
            {pool("pool-bad", edge, ",\"persistenceProfile\":{\"type\":\"STICKY\"}"), "400"},
            {pool("pool-bad", edge, ",\"commonNameCheckEnabled\":true"), "400"},
            {pool("pool-bad", edge, ",\"caCertificateRefs\":[{\"id\":\"urn:vcloud:certificateLibraryItem:"
                    + UUID.randomUUID() + "\"}],\"sslEnabled\":true"), "400"},
            {pool("pool-bad", edge, ",\"caCertificateRefs\":[{\"id\":\"" + AlbCalls.certificate(tenant, "no-ssl",
                    false) + "\"}]"), "400"},
            {pool("pool-bad", edge, ",\"memberGroupRef\":{\"id\":\"urn:vcloud:firewallGroup:" + UUID.randomUUID()
                    + "\"}"), "400"},
            {pool("pool-bad", edge, ",\"members\":\"nope\""), "400"},
            {pool("pool-bad", edge, ",\"members\":[null],\"healthMonitors\":[null]"), "400"},
            {pool("pool-bad", edge, ",\"defaultPort\":\"http\""), "400"},
            {pool("pool-bad", edge, ",\"caCertificateRefs\":[null]"), "400"},
        };
        for (String[] b : bad) {
            Http.Res r = send(tenant, "POST", POOLS, b[0]);
            assertThat(r.status).as(b[0] + " " + r.body).isEqualTo(Integer.parseInt(b[1]));
            assertThat(r.json().get("minorErrorCode").asText()).as(r.body).isNotEmpty();
        }
        String off = NsxtServiceCalls.edge(admin, "lb-off", CloudApiCalls.acmeVdcUrn(tenant), get(admin,
                CloudApiCalls.V1 + "/edgeGateways/" + edge).json().get("edgeGatewayUplinks").get(0).get("uplinkId")
                .asText(), "10.71.0.1");
        refused(send(tenant, "POST", POOLS, pool("pool-off", off, "")), 400, "BAD_REQUEST"); // no load balancer
        String id = made(tenant, POOLS, pool("pool-dup", edge, ""));
        refused(send(admin, "PUT", CloudApiCalls.V1 + "/edgeGateways/" + edge + "/loadBalancer",
                "{\"enabled\":false}"), 400, "BAD_REQUEST"); // a pool stands on it
        refused(send(tenant, "POST", POOLS, pool("POOL-dup", edge, "")), 400, "DUPLICATE_NAME");
        refused(send(tenant, "PUT", POOLS + id, pool("pool-dup", "urn:vcloud:gateway:" + UUID.randomUUID(), "")),
                400, "BAD_REQUEST");
        refused(get(tenant, POOLS + "urn:vcloud:loadBalancerPool:" + UUID.randomUUID()), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        Http other = CloudApiNsxtNatTest.otherOrgAdmin(admin, vcd.httpUrl());
        refused(get(other, POOLS + id), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(other.delete(POOLS + id), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        for (String list : new String[]{"poolSummaries", "virtualServiceSummaries"}) {
            refused(get(other, CloudApiCalls.V1 + "/edgeGateways/" + edge + "/loadBalancer/" + list), 403,
                    "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        }
        awaitOwner(tenant, tenant.delete(POOLS + id));
    }

    @Test
    void aPoolsMembersMayBeAnIpSetOfItsEdgeWhichStaysWhileThePoolNamesIt() {
        String ipSet = NsxtServiceCalls.group(tenant, NsxtServiceCalls.ipSet("lb-members", at.edge(), "1.1.1.1",
                "1.1.1.2"));
        refused(send(tenant, "POST", POOLS, pool("pool-both", at.edge(), ",\"memberGroupRef\":{\"id\":\"" + ipSet
                + "\"},\"members\":[{\"ipAddress\":\"1.1.1.1\"}]")), 400, "BAD_REQUEST");
        String id = made(tenant, POOLS, pool("pool-group", at.edge(), ",\"memberGroupRef\":{\"id\":\"" + ipSet
                + "\"}"));
        JsonNode p = get(tenant, POOLS + id).json();
        assertThat(p.get("memberGroupRef").get("name").asText()).isEqualTo("lb-members");
        assertThat(p.get("memberCount").asInt()).isEqualTo(2);
        assertThat(p.has("members")).isFalse();
        assertThat(summaries(tenant, at.edge(), "poolSummaries", "pool-group").get(0).get("memberGroupType")
                .asText()).isEqualTo("IP_SET");
        refused(tenant.delete(NsxtServiceCalls.GROUPS + "/" + ipSet), 400, "BAD_REQUEST");
        awaitOwner(tenant, tenant.delete(POOLS + id));
        awaitOwner(tenant, tenant.delete(NsxtServiceCalls.GROUPS + "/" + ipSet));
    }

    @Test
    void aPoolsMemberGroupIsAnIpSetOrStaticGroupOfItsOwnEdge() {
        String staticGroup = NsxtServiceCalls.group(tenant, NsxtServiceCalls.securityGroup("lb-static", at.edge()));
        String id = made(tenant, POOLS, pool("pool-static", at.edge(), memberGroup(staticGroup)));
        JsonNode p = get(tenant, POOLS + id).json();
        assertThat(p.get("memberGroupRef").get("id").asText()).isEqualTo(staticGroup);
        assertThat(p.get("memberGroupRef").get("name").asText()).isEqualTo("lb-static");

        String dynamic = NsxtServiceCalls.group(tenant, "{\"name\":\"lb-dynamic\",\"ownerRef\":{\"id\":\""
                + at.edge() + "\"},\"typeValue\":\"VM_CRITERIA\",\"vmCriteria\":[{\"rules\":[{\"attributeType\":"
                + "\"VM_NAME\",\"operator\":\"STARTS_WITH\",\"attributeValue\":\"web\"}]}]}");
        refused(send(tenant, "POST", POOLS, pool("pool-dynamic", at.edge(), memberGroup(dynamic))), 400,
                "BAD_REQUEST");
        refused(send(tenant, "PUT", POOLS + id, pool("pool-static", at.edge(), memberGroup(dynamic))), 400,
                "BAD_REQUEST");

        String otherEdge = NsxtServiceCalls.edge(admin, "lb-other", CloudApiCalls.acmeVdcUrn(tenant), get(admin,
                CloudApiCalls.V1 + "/edgeGateways/" + at.edge()).json().get("edgeGatewayUplinks").get(0)
                .get("uplinkId").asText(), "10.71.0.1");
        String elsewhere = NsxtServiceCalls.group(tenant, NsxtServiceCalls.ipSet("lb-elsewhere", otherEdge,
                "1.1.1.1"));
        refused(send(tenant, "POST", POOLS, pool("pool-elsewhere", at.edge(), memberGroup(elsewhere))), 400,
                "INVALID_REFERENCE");
        assertThat(get(tenant, POOLS + id).json().get("memberGroupRef").get("id").asText()).isEqualTo(staticGroup);
        awaitOwner(tenant, tenant.delete(POOLS + id));
    }

    private static String memberGroup(String groupUrn) {
        return ",\"memberGroupRef\":{\"id\":\"" + groupUrn + "\"}";
    }
}

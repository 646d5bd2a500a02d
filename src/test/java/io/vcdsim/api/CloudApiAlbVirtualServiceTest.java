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
import static io.vcdsim.api.AlbCalls.SERVICES;
import static io.vcdsim.api.AlbCalls.made;
import static io.vcdsim.api.AlbCalls.pool;
import static io.vcdsim.api.AlbCalls.service;
import static io.vcdsim.api.AlbCalls.summaries;
import static io.vcdsim.api.CloudApiAlbControllerTest.refused;
import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NSX-T ALB virtual services as go-vcloud-director's Test_AlbVirtualService makes them (HTTP, HTTPS and L4_TLS with
 * a certificate, L4 with fast paths, on the edge's primary address; IPv6 from 37.0): created by a task, found by id
 * and by name in the edge's virtualServiceSummaries, changed and deleted; what they do to their pool and service
 * engine group; and what vCD refuses.
 */
class CloudApiAlbVirtualServiceTest {
    static final String PORT_80 = "[{\"portStart\":80}]";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static AlbCalls.Setting at;
    static String pool;
    static String certificate;

    @BeforeAll
    static void setUp() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        at = AlbCalls.setting(admin, tenant, "https://avi-controller-2", "10.72.0");
        pool = made(admin, POOLS, pool("vs-pool", at.edge(), ",\"enabled\":true,\"members\":[{\"ipAddress\":"
                + "\"192.168.1.10\"}]"));
        certificate = AlbCalls.certificate(tenant, "vs-service", true);
    }

    /** A body with the id a PUT carries. */
    static String withId(String id, String body) {
        return "{\"id\":\"" + id + "\"," + body.substring(1);
    }

    static String http(String name, String ports) {
        return service(name, at.edge(), pool, at.group(), "HTTP", ports, at.primaryIp(), "");
    }

    @Test
    void anHttpServiceOnTheEdgesAddressIsFoundChangedAndDeleted() {
        for (Http who : new Http[] {admin, tenant}) {
            String id = made(who, SERVICES, http("vs-http", PORT_80));
            assertThat(id).startsWith("urn:vcloud:loadBalancerVirtualService:");
            JsonNode s = get(who, SERVICES + id).json();
            assertThat(s.get("virtualIpAddress").asText()).isEqualTo(at.primaryIp());
            assertThat(s.get("loadBalancerPoolRef").get("name").asText()).isEqualTo("vs-pool");
            assertThat(s.get("serviceEngineGroupRef").get("name").asText()).isEqualTo("lb-seg");
            assertThat(s.get("applicationProfile").get("name").asText()).isEqualTo("System-HTTP");
            assertThat(s.get("servicePorts").get(0).get("tcpUdpProfile").get("type").asText()).isEqualTo("TCP_PROXY");
            assertThat(s.get("healthStatus").asText()).isEqualTo("UP");
            assertThat(s.get("transparentModeEnabled").asBoolean()).isFalse();
            assertThat(get(who, V1 + "/edgeGateways/" + at.edge() + "/usedIpAddresses").json().get("values")
                    .findValuesAsText("category")).containsExactly("PRIMARY_IP", "Load_Balancer");
            JsonNode found = summaries(who, at.edge(), "virtualServiceSummaries", "vs-http");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("applicationProfileType").asText()).isEqualTo("HTTP");

            JsonNode p = get(who, POOLS + pool).json();
            assertThat(p.get("virtualServiceRefs").get(0).get("id").asText()).isEqualTo(id);
            assertThat(p.get("healthStatus").asText()).isEqualTo("UP");
            assertThat(p.get("upMemberCount").asInt()).isEqualTo(1);
            assertThat(get(admin, V1 + "/loadBalancer/serviceEngineGroups/" + at.group()).json()
                    .get("numDeployedVirtualServices").asInt()).isEqualTo(1);

            awaitOwner(who, send(who, "PUT", SERVICES + id, "{\"id\":\"" + id + "\"," + http("vs-http",
                    "[{\"portStart\":443,\"portEnd\":449,\"sslEnabled\":false},{\"portStart\":2000,\"portEnd\":2010}]")
                    .substring(1).replace("\"enabled\":true", "\"description\":\"Updated\",\"enabled\":true")));
            s = get(who, SERVICES + id).json();
            assertThat(s.get("description").asText()).isEqualTo("Updated");
            assertThat(s.get("servicePorts").get(1).get("portEnd").asInt()).isEqualTo(2010);
            awaitOwner(who, who.delete(SERVICES + id));
            assertThat(get(who, SERVICES + id).status).isEqualTo(403);
            assertThat(get(who, POOLS + pool).json().get("healthMessage").asText()).isEqualTo("The pool is unassigned.");
        }
    }

    @Test
    void secureAndLayer4ServicesTakeTheirProfilesAndCertificates() {
        String https = made(tenant, SERVICES, service("vs-https", at.edge(), pool, at.group(), "HTTPS",
                "[{\"portStart\":80,\"sslEnabled\":true}]", at.primaryIp(), ",\"certificateRef\":{\"id\":\""
                        + certificate + "\"}"));
        assertThat(get(tenant, SERVICES + https).json().get("certificateRef").get("name").asText())
                .isEqualTo("vs-service");
        // vCD keeps a certificate a virtual service serves with
        Http.Res kept = tenant.delete(CloudApiCertificateTest.LIBRARY + "/" + certificate);
        refused(kept, 400, "BAD_REQUEST");
        assertThat(kept.json().get("message").asText()).contains("virtual service vs-https");
        awaitOwner(tenant, tenant.delete(SERVICES + https));

        String l4 = made(tenant, SERVICES, service("vs-l4", at.edge(), pool, at.group(), "L4",
                "[{\"portStart\":443,\"tcpUdpProfile\":{\"systemDefined\":true,\"type\":\"TCP_PROXY\"}},"
                        + "{\"portStart\":8443,\"portEnd\":8445,\"tcpUdpProfile\":{\"type\":\"TCP_FAST_PATH\"}},"
                        + "{\"portStart\":9000,\"tcpUdpProfile\":{\"type\":\"UDP_FAST_PATH\"}},{\"portStart\":10000}]",
                at.primaryIp(), ""));
        JsonNode ports = get(tenant, SERVICES + l4).json().get("servicePorts");
        assertThat(ports.get(2).get("tcpUdpProfile").get("name").asText()).isEqualTo("System-UDP-Fast-Path");
        awaitOwner(tenant, tenant.delete(SERVICES + l4));

        String tls = service("vs-tls", at.edge(), pool, at.group(), "L4_TLS",
                "[{\"portStart\":443,\"sslEnabled\":true,\"tcpUdpProfile\":{\"type\":\"TCP_FAST_PATH\"}}]",
                at.primaryIp(), ",\"certificateRef\":{\"id\":\"" + certificate + "\"}");
        refused(send(tenant, "POST", SERVICES, tls), 400, "BAD_REQUEST");
        String id = made(tenant, SERVICES, tls.replace("TCP_FAST_PATH", "TCP_PROXY"));
        awaitOwner(tenant, tenant.delete(SERVICES + id));

        String v6 = made(tenant, SERVICES, http("vs-v6", PORT_80).replace("\"virtualIpAddress\"", "\"ipv6VirtualIpAddress\":\"2002:0:0:1234:abcd:ffff:c0a8:103\","
                        + "\"virtualIpAddress\""));
        assertThat(get(tenant, SERVICES + v6).json().get("ipv6VirtualIpAddress").asText())
                .isEqualTo("2002:0:0:1234:abcd:ffff:c0a8:103");
        // a client before 37.0 has no IPv6 field: its change keeps the address; a 37.0 client that leaves it out
        // (go-vcloud-director omits an empty one) takes it away
        Http old = Sim.tenant(vcd.sim()).version("36.0");
        awaitOwner(old, send(old, "PUT", SERVICES + v6, withId(v6, http("vs-v6", PORT_80)
                .replace("\"enabled\":true", "\"description\":\"from 36.0\",\"enabled\":true"))));
        JsonNode changed = get(tenant, SERVICES + v6).json();
        assertThat(changed.get("description").asText()).isEqualTo("from 36.0");
        assertThat(changed.get("ipv6VirtualIpAddress").asText()).isEqualTo("2002:0:0:1234:abcd:ffff:c0a8:103");
        awaitOwner(tenant, send(tenant, "PUT", SERVICES + v6, withId(v6, http("vs-v6", PORT_80))));
        assertThat(get(tenant, SERVICES + v6).json().hasNonNull("ipv6VirtualIpAddress")).isFalse();
        awaitOwner(tenant, tenant.delete(SERVICES + v6));
    }

    @Test
    void badServicesAreRefusedBeforeAnyTask() {
        String noKey = AlbCalls.certificate(tenant, "vs-no-key", false);
        String edge = at.edge();
        String ip = at.primaryIp();
        String[][] bad = {
            {http("", PORT_80), "400"},
            {http("vs-bad", "[]"), "400"},
            {http("vs-bad", "[{\"portStart\":0}]"), "400"},
            {http("vs-bad", "[null]"), "400"},
            {http("vs-bad", "{\"portStart\":80}"), "400"},
            {http("vs-bad", "[{\"portEnd\":80}]"), "400"},
            {http("vs-bad", "[{\"portStart\":65536}]"), "400"},
            {http("vs-bad", "[{\"portStart\":90,\"portEnd\":80}]"), "400"},
            {http("vs-bad", "[{\"portStart\":80,\"portEnd\":90},{\"portStart\":85}]"), "400"},
            {http("vs-bad", "[{\"portStart\":80,\"sslEnabled\":true}]"), "400"},
            {http("vs-bad", "[{\"portStart\":80,\"tcpUdpProfile\":{\"type\":\"UDP_FAST_PATH\"}}]"), "400"},
            {http("vs-bad", "[{\"portStart\":80,\"tcpUdpProfile\":{\"type\":\"SCTP\"}}]"), "400"},
            {http("vs-bad", PORT_80).replace("\"HTTP\"", "\"FTP\""), "400"},
            {http("vs-bad", PORT_80).replace("\"HTTP\"", "\"HTTPS\""), "400"},
            {http("vs-bad", PORT_80).replace("\"HTTP\"", "\"HTTPS\"").replace("\"servicePorts\"",
                    "\"certificateRef\":{\"id\":\"" + noKey + "\"},\"servicePorts\""), "400"},
            {http("vs-bad", PORT_80).replace(ip, "10.72"), "400"},
            {http("vs-bad", PORT_80).replace(ip, "10.72.0.30"), "400"},
            {http("vs-bad", PORT_80).replace(ip, ""), "400"},
            {service("vs-bad", edge, "urn:vcloud:loadBalancerPool:" + UUID.randomUUID(), at.group(), "HTTP", PORT_80,
                    ip, ""), "400"},
            {service("vs-bad", edge, pool, "urn:vcloud:serviceEngineGroup:" + UUID.randomUUID(), "HTTP", PORT_80,
                    ip, ""), "400"},
            {service("vs-bad", "urn:vcloud:gateway:" + UUID.randomUUID(), pool, at.group(), "HTTP", PORT_80, ip, ""),
                "403"},
        };
        for (String[] b : bad) {
            Http.Res r = send(tenant, "POST", SERVICES, b[0]);
            assertThat(r.status).as(b[0] + " " + r.body).isEqualTo(Integer.parseInt(b[1]));
            assertThat(r.json().get("minorErrorCode").asText()).as(r.body).isNotEmpty();
        }
        // transparent mode keeps the client's address, which takes a pool whose members are a firewall group
        refused(send(tenant, "POST", SERVICES, http("vs-transparent", PORT_80).replace("\"enabled\":true",
                "\"enabled\":true,\"transparentModeEnabled\":true")), 400, "BAD_REQUEST");
        String ipSet = NsxtServiceCalls.group(tenant, NsxtServiceCalls.ipSet("vs-members", edge, "1.1.1.1"));
        String grouped = made(tenant, POOLS, pool("vs-grouped", edge, ",\"memberGroupRef\":{\"id\":\"" + ipSet
                + "\"}"));
        String transparent = made(tenant, SERVICES, service("vs-transparent", edge, grouped, at.group(), "HTTP",
                PORT_80, "172.16.7.7", ",\"transparentModeEnabled\":true"));
        assertThat(get(tenant, SERVICES + transparent).json().get("transparentModeEnabled").asBoolean()).isTrue();
        // a 37.0 client has no transparent mode field: its change keeps it on; a 37.1 one that leaves it out turns it
        // off (and back on)
        Http before = Sim.tenant(vcd.sim()).version("37.0");
        String plain = service("vs-transparent", edge, grouped, at.group(), "HTTP", PORT_80, "172.16.7.7", "");
        awaitOwner(before, send(before, "PUT", SERVICES + transparent, withId(transparent, plain)));
        assertThat(get(tenant, SERVICES + transparent).json().get("transparentModeEnabled").asBoolean()).isTrue();
        awaitOwner(tenant, send(tenant, "PUT", SERVICES + transparent, withId(transparent, plain)));
        assertThat(get(tenant, SERVICES + transparent).json().get("transparentModeEnabled").asBoolean()).isFalse();
        awaitOwner(tenant, send(tenant, "PUT", SERVICES + transparent, withId(transparent, service("vs-transparent",
                edge, grouped, at.group(), "HTTP", PORT_80, "172.16.7.7", ",\"transparentModeEnabled\":true"))));
        // neither the edge nor the pool is changed from under it
        assertThat(refused(send(admin, "PUT", V1 + "/edgeGateways/" + edge + "/loadBalancer", "{\"enabled\":true,"
                + "\"transparentModeEnabled\":false}"), 400, "BAD_REQUEST").body).contains("vs-transparent");
        assertThat(refused(send(tenant, "PUT", POOLS + grouped, pool("vs-grouped", edge, ",\"members\":[{"
                + "\"ipAddress\":\"1.1.1.1\"}]")), 400, "BAD_REQUEST").body).contains("vs-transparent");
        awaitOwner(tenant, tenant.delete(SERVICES + transparent));
        awaitOwner(tenant, tenant.delete(POOLS + grouped));
        // an internal address (on none of the edge's subnets) is a virtual IP too
        String internal = made(tenant, SERVICES, http("vs-internal", PORT_80).replace(ip, "172.16.5.5"));
        refused(send(tenant, "POST", SERVICES, http("VS-internal", PORT_80)), 400, "DUPLICATE_NAME");
        String other = made(tenant, POOLS, pool("vs-other-pool", edge, ""));
        refused(send(tenant, "POST", SERVICES, http("vs-second", PORT_80)), 400, "BAD_REQUEST"); // pool taken
        String sharing = service("vs-sharing", edge, other, at.group(), "HTTP", PORT_80, "172.16.5.5", "");
        refused(send(tenant, "POST", SERVICES, sharing), 400, "BAD_REQUEST"); // port 80 on 172.16.5.5 taken
        String shared = made(tenant, SERVICES, sharing.replace("\"portStart\":80", "\"portStart\":8080"));

        refused(tenant.delete(POOLS + pool), 400, "BAD_REQUEST");
        refused(admin.delete(V1 + "/loadBalancer/serviceEngineGroups/" + at.group()), 400, "BAD_REQUEST");
        awaitOwner(tenant, tenant.delete(SERVICES + shared));
        awaitOwner(tenant, tenant.delete(SERVICES + internal));
        awaitOwner(tenant, tenant.delete(POOLS + other));
    }

    @Test
    void theEdgesSettingsAndAssignmentsBoundItsServicesAndItsDeletionTakesThem() {
        String external = get(admin, V1 + "/edgeGateways/" + at.edge()).json().get("edgeGatewayUplinks").get(0)
                .get("uplinkId").asText();
        String edge = awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", "{\"name\":\"lb-doomed\","
                + "\"ownerRef\":{\"id\":\"" + CloudApiCalls.acmeVdcUrn(tenant) + "\"},\"edgeGatewayUplinks\":[{"
                + "\"uplinkId\":\"" + external + "\",\"subnets\":{\"values\":[{\"gateway\":\"10.72.0.1\","
                + "\"prefixLength\":24,\"ipRanges\":{\"values\":[{\"startAddress\":\"10.72.0.35\","
                + "\"endAddress\":\"10.72.0.36\"}]}}]}}]}"));
        AlbCalls.enable(admin, edge, "");
        String unassigned = service("doomed", edge, made(tenant, POOLS, pool("early-pool", edge, "")), at.group(),
                "L4", PORT_80, "172.16.9.9", "");
        refused(send(tenant, "POST", SERVICES, unassigned), 400, "BAD_REQUEST"); // the group is not the edge's
        AlbCalls.assign(admin, edge, at.group(), 1);
        String doomedPool = made(tenant, POOLS, pool("doomed-pool", edge, ""));
        String doomed = made(tenant, SERVICES, service("doomed", edge, doomedPool, at.group(), "L4", PORT_80,
                "10.72.0.36", "")); // an address of the edge's allocated range
        // the edge keeps an address a virtual service takes (go-vcloud-director's DeallocateIpCount(1))
        ObjectNode shrink = (ObjectNode) get(admin, V1 + "/edgeGateways/" + edge).json();
        ((ObjectNode) shrink.get("edgeGatewayUplinks").get(0).get("subnets")
                .get("values").get(0)).put("autoAllocateIpRanges", true).put("totalIpCount", 1);
        assertThat(refused(send(admin, "PUT", V1 + "/edgeGateways/" + edge, shrink.toString()), 400, "BAD_REQUEST")
                .body).contains("10.72.0.36").contains("virtual service doomed");
        String second = made(tenant, POOLS, pool("second-pool", edge, ""));
        refused(send(tenant, "POST", SERVICES, service("second", edge, second, at.group(), "L4", PORT_80,
                "172.16.9.10", "")), 400, "BAD_REQUEST"); // the assignment's one virtual service runs
        refused(send(tenant, "POST", SERVICES, service("v6", edge, second, at.group(), "L4", PORT_80,
                "172.16.9.10", ",\"ipv6VirtualIpAddress\":\"2002::5\"")), 400, "BAD_REQUEST"); // no IPv6 network
        refused(send(admin, "PUT", V1 + "/edgeGateways/" + edge + "/loadBalancer", "{\"enabled\":false}"), 400,
                "BAD_REQUEST");
        JsonNode assignment = get(admin, AlbCalls.ASSIGNMENTS + "?" + CloudApiCalls.filter("gatewayRef.id==" + edge))
                .json().get("values").get(0);
        assertThat(assignment.get("numDeployedVirtualServices").asInt()).isEqualTo(1);
        refused(admin.delete(AlbCalls.ASSIGNMENTS + assignment.get("id").asText()), 400, "BAD_REQUEST");
        awaitOwner(admin, admin.delete(V1 + "/edgeGateways/" + edge));
        assertThat(get(tenant, SERVICES + doomed).status).isEqualTo(403);
        assertThat(get(tenant, POOLS + doomedPool).status).isEqualTo(403);
    }
}

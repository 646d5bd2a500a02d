package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the ALB pool and virtual service tests start from, as go-vcloud-director's setupAlbPoolPrerequisites makes it:
 * a controller, its cloud and a service engine group, an NSX-T edge of acme-vdc (10.70.0.x) with its load balancer
 * enabled and the group assigned to it; and the bodies of types.NsxtAlbPool and types.NsxtAlbVirtualService.
 */
final class AlbCalls {
    static final String POOLS = V1 + "/loadBalancer/pools/";
    static final String SERVICES = V1 + "/loadBalancer/virtualServices/";
    static final String ASSIGNMENTS = V1 + "/loadBalancer/serviceEngineGroups/assignments/";

    private AlbCalls() {
    }

    /**
     * The setting: the edge's URN and primary address, the service engine group's URN (SHARED, assigned to the edge
     * for up to 10 virtual services) and the cloud's (which offers two more groups).
     */
    record Setting(String edge, String primaryIp, String group, String cloud) {
    }

    static Setting setting(Http admin, Http tenant, String controllerUrl, String net) {
        String controller = CloudApiAlbCloudTest.controller(admin, "lb-controller", controllerUrl);
        String cloud = CloudApiAlbCloudTest.imported(admin, "lb-cloud", controller).get("id").asText();
        String backing = get(admin, CloudApiAlbServiceEngineGroupTest.IMPORTABLE + "?" + filter("_context==" + cloud))
                .json().get("values").get(0).get("id").asText();
        String group = importedGroup(admin, cloud, "lb-seg", backing);
        String external = NsxtServiceCalls.tier0Network(admin, "tier0-1", net);
        String edge = NsxtServiceCalls.edge(admin, "lb-edge", CloudApiCalls.acmeVdcUrn(tenant), external,
                net + ".1");
        String primary = get(tenant, V1 + "/edgeGateways/" + edge).json().get("edgeGatewayUplinks").get(0)
                .get("subnets").get("values").get(0).get("primaryIp").asText();
        // the load balancer as go-vcloud-director's setup enables it on vCD 10.4.1+
        enable(admin, edge, ",\"ipv6ServiceNetworkDefinition\":\"2001:0db8:85a3:0000:0000:8a2e:0370:7334/120\","
                + "\"transparentModeEnabled\":true");
        assign(admin, edge, group, 10);
        return new Setting(edge, primary, group, cloud);
    }

    static String importedGroup(Http admin, String cloud, String name, String backing) {
        return send(admin, "POST", V1 + "/loadBalancer/serviceEngineGroups/",
                CloudApiAlbServiceEngineGroupTest.body(name, backing, cloud, "SHARED")).json().get("id").asText();
    }

    static void enable(Http admin, String edge, String more) {
        awaitOwner(admin, send(admin, "PUT", V1 + "/edgeGateways/" + edge + "/loadBalancer", "{\"enabled\":true"
                + more + "}"));
    }

    /** A SHARED group assigned to the edge for up to {@code max} virtual services; the assignment's URN. */
    static String assign(Http admin, String edge, String group, int max) {
        return awaitOwner(admin, send(admin, "POST", ASSIGNMENTS, "{\"gatewayRef\":{\"id\":\"" + edge
                + "\"},\"serviceEngineGroupRef\":{\"id\":\"" + group + "\"},\"maxVirtualServices\":" + max
                + ",\"minVirtualServices\":0}"));
    }

    /** A pool or virtual service made by its 202 task, whose owner it is; its URN. */
    static String made(Http who, String path, String body) {
        return awaitOwner(who, send(who, "POST", path, body));
    }

    static String pool(String name, String edge, String more) {
        return "{\"name\":\"" + name + "\",\"gatewayRef\":{\"id\":\"" + edge + "\"}" + more + "}";
    }

    static String service(String name, String edge, String pool, String group, String profile, String ports,
                          String vip, String more) {
        return "{\"name\":\"" + name + "\",\"enabled\":true,\"applicationProfile\":{\"systemDefined\":true,\"type\":\""
                + profile + "\"},\"gatewayRef\":{\"id\":\"" + edge + "\"},\"loadBalancerPoolRef\":{\"id\":\"" + pool
                + "\"},\"serviceEngineGroupRef\":{\"id\":\"" + group + "\"},\"servicePorts\":" + ports
                + ",\"virtualIpAddress\":\"" + vip + "\"" + more + "}";
    }

    /** The names an edge's summaries list (filtered by name when given). */
    static JsonNode summaries(Http who, String edge, String list, String name) {
        Http.Res r = get(who, V1 + "/edgeGateways/" + edge + "/loadBalancer/" + list
                + (name == null ? "" : "?" + filter("name==" + name)));
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r.json().get("values");
    }

    /** A certificate of acme's library (with its private key when asked), as AdminOrg.AddCertificateToLibrary adds it. */
    static String certificate(Http tenant, String alias, boolean withKey) {
        TestPems pems = TestPems.rsa(alias);
        Http.Res r = send(tenant, "POST", CloudApiCertificateTest.LIBRARY + "/", CloudApiCertificateTest.item(alias,
                pems.certificate, withKey ? pems.privateKey : null, null));
        assertThat(r.status).as(r.body).isEqualTo(201);
        return r.json().get("id").asText();
    }
}

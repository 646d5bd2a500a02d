package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.VcdSim;
import org.w3c.dom.Element;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls go-vcloud-director v2.22.0 makes for terraform-provider-vcd v3.11.0's network resources, as those
 * resources' tests replay them: the lookups every Create, Read, Update and Delete starts with (system.go's
 * GetOrgByName and GetAdminOrgByName, org.go's GetVDCByName), cloudapi requests as openapi.go's OpenApiGetItem,
 * OpenApiPostItem, OpenApiPutItem and OpenApiDeleteItem send them (JSON at API version 37.1, a 202's task followed
 * by its Location), and the NSX-T setup the routed network and the NSX-T edge stand on.
 */
final class TfNetworkCalls {
    static final String VERSION = "37.1";
    static final String V1 = "/cloudapi/1.0.0";
    static final ObjectMapper JSON = new ObjectMapper();

    private TfNetworkCalls() {
    }

    static Http admin(VcdSim sim) {
        return Sim.admin(sim).version(VERSION);
    }

    static Http tenant(VcdSim sim) {
        return Sim.tenant(sim).version(VERSION);
    }

    /** GetOrgByName: the org list ({@code /api/org}), the org named there by its href; the org document. */
    static Http.Res org(Http who, String name) {
        Http.Res list = who.get("/api/org");
        assertThat(list.status).isEqualTo(200);
        Element ref = list.children("Org").stream().filter(o -> o.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no org " + name + " in " + list.body));
        Http.Res org = who.get(ref.getAttribute("href"));
        assertThat(org.attr("id")).startsWith("urn:vcloud:org:");
        return org;
    }

    /** GetAdminOrgByName: as GetOrgByName, then the org's admin view, whose Vdcs it looks VDCs up in. */
    static Http.Res adminOrg(Http who, String name) {
        Http.Res admin = who.get(org(who, name).attr("href").replace("/api/org/", "/api/admin/org/"));
        assertThat(admin.status).isEqualTo(200);
        return admin;
    }

    /**
     * Org.GetVDCByName: the orgVdc query (adminOrgVdc, also filtered on the org's href, for a system administrator)
     * filtered on the org's name and the VDC's, each value escaped, then the VDC by the record's href on the tenant
     * path; the VDC document.
     */
    static Http.Res vdc(Http who, Http.Res org, String name, boolean sysAdmin) {
        String filter = (sysAdmin ? "org==" + enc(org.attr("href")) + ";" : "") + "orgName==" + enc(org.attr("name"))
                + ";name==" + enc(name);
        Http.Res q = who.send(who.request("/api/query?type=" + (sysAdmin ? "adminOrgVdc" : "orgVdc") + "&filter="
                + filter + "&filterEncoded=true").setHeader("Accept", "vnd.vmware.vcloud.org+xml;version="
                + VERSION).GET());
        assertThat(q.status).as(q.body).isEqualTo(200);
        Element record = q.children(sysAdmin ? "AdminVdcRecord" : "OrgVdcRecord").get(0);
        Http.Res vdc = who.get(record.getAttribute("href").replace("/api/admin/", "/api/"));
        assertThat(vdc.attr("id")).startsWith("urn:vcloud:vdc:");
        return vdc;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A cloudapi GET as OpenApiGetItem sends it, with the query parameters given (already encoded). */
    static Http.Res get(Http who, String path) {
        return who.send(who.cloud(path).GET());
    }

    /** A cloudapi POST, PUT or DELETE as openApiPerformPostPut and OpenApiDeleteItem send them. */
    static Http.Res send(Http who, String method, String path, Object body) {
        HttpRequest.BodyPublisher payload = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        return who.send(who.cloud(path).header("Content-Type", "application/json").method(method, payload));
    }

    /**
     * What OpenApiPostItem, OpenApiPutItem and OpenApiDeleteItem do with a 202: follow the task in Location until it
     * ends (WaitTaskCompletion); it must succeed. The task's Owner id: the URN a POST then reads the object at.
     */
    static String awaitTask(Http who, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        String task = accepted.header("Location");
        assertThat(task).as("the task in Location").contains("/api/task/");
        Http.Res done = who.awaitTask(who.get(task));
        assertThat(done.attr("status")).as(done.body).isEqualTo("success");
        return done.child("Owner").getAttribute("id");
    }

    /** The UUID at the end of a URN, as extractUuid takes it. */
    static String uuid(String urn) {
        return urn.substring(urn.lastIndexOf(':') + 1);
    }

    /** getMetadata: {@code {href}/metadata/} with the metadata media type; terraform's Read keeps its entries. */
    static Http.Res metadata(Http who, String href) {
        Http.Res m = who.send(who.request(href + "/metadata/").setHeader("Accept",
                "application/vnd.vmware.vcloud.metadata+xml;version=" + VERSION).GET());
        assertThat(m.status).as(m.body).isEqualTo(200);
        assertThat(m.root().getLocalName()).isEqualTo("Metadata");
        return m;
    }

    /**
     * Org.GetOpenApiOrgVdcNetworkById, which the v2 networks' Read, Update and Delete start with: the network by URN
     * with the org's id as a filter, after GetOrgFromResource's lookup of the org.
     */
    static Http.Res orgVdcNetwork(Http who, String orgName, String id) {
        String org = org(who, orgName).attr("id");
        return get(who, V1 + "/orgVdcNetworks/" + id + "?filter=" + enc("orgRef.id==" + org));
    }

    /** updateMetadataInStateDeprecated: a v2 network's metadata on /api, read twice (the old map, metadata_entry). */
    static void readNetworkMetadata(Http who, String id) {
        for (int i = 0; i < 2; i++) {
            assertThat(metadata(who, who.base() + "/api/network/" + uuid(id)).children("MetadataEntry")).isEmpty();
        }
    }

    /** OrgVdcNetworkSubnets with one subnet (a /24 on {@code gateway}) and its static pools, as pairs of addresses. */
    static ObjectNode subnets(ObjectNode network, String gateway, String... pools) {
        ObjectNode subnet = network.putObject("subnets").putArray("values").addObject().put("gateway", gateway)
                .put("prefixLength", 24).put("dnsServer1", "").put("dnsServer2", "").put("dnsSuffix", "");
        ArrayNode ranges = subnet.putObject("ipRanges").putArray("values");
        for (int i = 0; i < pools.length; i += 2) {
            ranges.addObject().put("startAddress", pools[i]).put("endAddress", pools[i + 1]);
        }
        return subnet;
    }

    /** A network's first subnet's static pools, as start-end, which setOpenApiOrgVdcNetworkStaticPoolData keeps. */
    static List<String> pools(JsonNode network) {
        List<String> out = new ArrayList<>();
        network.get("subnets").get("values").get(0).get("ipRanges").get("values").forEach(r ->
                out.add(r.get("startAddress").asText() + "-" + r.get("endAddress").asText()));
        return out;
    }

    /** A JSON object to fill in the order go-vcloud-director's types marshal their fields. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** A reference as OpenApiReference marshals one that has only its id. */
    static ObjectNode ref(String id) {
        return object().put("id", id);
    }

    /**
     * getNsxtEdgeGatewayType for a create with one {@code subnet} block (vcd_nsxt_edgegateway's simple example): the
     * owner VDC, the tier-0 uplink with the subnet's primary address and allocated range (and {@code enabled} false,
     * which go-vcloud-director always marshals).
     */
    static ObjectNode nsxtEdge(String name, String description, String ownerId, String uplinkId, String gateway,
                               String primaryIp, String start, String end) {
        ObjectNode e = object().put("name", name).put("description", description);
        e.set("ownerRef", ref(ownerId));
        ObjectNode subnet = e.putArray("edgeGatewayUplinks").addObject().put("uplinkId", uplinkId)
                .putObject("subnets").putArray("values").addObject().put("gateway", gateway).put("prefixLength", 24);
        subnet.putObject("ipRanges").putArray("values").addObject().put("startAddress", start)
                .put("endAddress", end);
        subnet.put("enabled", false).put("primaryIp", primaryIp);
        return e;
    }

    /** An external network on a tier-0 router of nsxt-manager-1 (system administrators'), made through the cloudapi. */
    static String tier0Network(Http admin, String name, String tier0, String net) {
        String manager = admin.get("/api/query?type=nsxTManager&format=records&filter=name==nsxt-manager-1")
                .children("NsxTManagerRecord").get(0).getAttribute("href").replaceAll(".*/", "");
        ObjectNode body = object().put("name", name);
        ObjectNode subnet = body.putObject("subnets").putArray("values").addObject().put("gateway", net + ".1")
                .put("prefixLength", 24);
        subnet.putObject("ipRanges").putArray("values").addObject().put("startAddress", net + ".10")
                .put("endAddress", net + ".50");
        body.putObject("networkBackings").putArray("values").addObject().put("backingId", tier0)
                .put("backingTypeValue", "NSXT_TIER0").set("networkProvider", ref("urn:vcloud:nsxtmanager:"
                        + manager));
        return awaitTask(admin, send(admin, "POST", V1 + "/externalNetworks", body));
    }
}

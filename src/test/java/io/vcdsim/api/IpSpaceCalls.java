package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.Http;

import java.net.http.HttpRequest;

import static io.vcdsim.api.CloudApiCalls.JSON;
import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IP space tests' setting and calls, made as go-vcloud-director's ip_space*.go make them: spaces of
 * types.IpSpace, an external network using IP spaces on a tier-0 router, an uplink, an edge that assigns the org.
 */
final class IpSpaceCalls {
    static final String SPACES = V1 + "/ipSpaces";
    static final String UPLINKS = V1 + "/ipSpaceUplinks";
    static final String ASSIGNMENTS = SPACES + "/orgAssignments";

    private IpSpaceCalls() {
    }

    /**
     * A space of {@code type} with internal scope 22.0.0.0/24, the ranges given ("start-end", ...), a /31 sequence
     * of 3 from 22.0.0.200 (quota -1) and a /30 sequence of 3 from 22.0.0.100 (quota 2); {@code org}: orgRef.
     */
    static String space(String name, String type, String org, int floatingQuota, String... ranges) {
        StringBuilder r = new StringBuilder();
        for (String range : ranges) {
            String[] ends = range.split("-");
            r.append(r.length() == 0 ? "" : ",").append("{\"startIpAddress\":\"").append(ends[0])
                    .append("\",\"endIpAddress\":\"").append(ends[1]).append("\"}");
        }
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\","
                + (org == null ? "" : "\"orgRef\":{\"id\":\"" + org + "\"},")
                + "\"utilization\":{\"floatingIPs\":{},\"ipPrefixes\":{}},"
                + "\"ipSpacePrefixes\":[{\"ipPrefixSequence\":[{\"startingPrefixIpAddress\":\"22.0.0.200\","
                + "\"prefixLength\":31,\"totalPrefixCount\":3}],\"defaultQuotaForPrefixLength\":-1},"
                + "{\"ipPrefixSequence\":[{\"startingPrefixIpAddress\":\"22.0.0.100\",\"prefixLength\":30,"
                + "\"totalPrefixCount\":3}],\"defaultQuotaForPrefixLength\":2}],"
                + "\"ipSpaceRanges\":{\"ipRanges\":[" + r + "],\"defaultFloatingIpQuota\":" + floatingQuota + "},"
                + "\"ipSpaceInternalScope\":[\"22.0.0.0/24\"],\"ipSpaceExternalScope\":\"200.0.0.1/24\","
                + "\"routeAdvertisementEnabled\":false}";
    }

    /** Makes a space; 201 with it. */
    static JsonNode create(Http who, String body) {
        Http.Res r = send(who, "POST", SPACES, body);
        assertThat(r.status).as(r.body).isEqualTo(201);
        return r.json();
    }

    /** An external network using IP spaces on {@code tier0}, dedicated to {@code org} (null: none). */
    static String ipSpaceNetwork(Http admin, String name, String tier0, String org) {
        String manager = "urn:vcloud:nsxtmanager:" + CloudApiNsxtTest.managerHref(admin).replaceAll(".*/", "");
        return awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", "{\"name\":\"" + name + "\","
                + "\"subnets\":{},\"networkBackings\":{\"values\":[{\"backingId\":\"" + tier0 + "\","
                + "\"backingTypeValue\":\"NSXT_TIER0\",\"networkProvider\":{\"id\":\"" + manager + "\"}}]},"
                + "\"usingIpSpace\":true" + (org == null ? "" : ",\"dedicatedOrg\":{\"id\":\"" + org + "\"}") + "}"));
    }

    static JsonNode uplink(Http admin, String name, String network, String space) {
        Http.Res r = send(admin, "POST", UPLINKS, "{\"name\":\"" + name + "\",\"description\":\"\","
                + "\"externalNetworkRef\":{\"id\":\"" + network + "\"},\"ipSpaceRef\":{\"id\":\"" + space + "\"}}");
        assertThat(r.status).as(r.body).isEqualTo(201);
        return r.json();
    }

    /** An NSX-T edge of the VDC with an uplink (no subnets) on the network. */
    static String edge(Http admin, String name, String vdcUrn, String network) {
        return awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", "{\"name\":\"" + name + "\",\"orgVdc\":"
                + "{\"id\":\"" + vdcUrn + "\"},\"edgeGatewayUplinks\":[{\"uplinkId\":\"" + network + "\"}]}"));
    }

    /** acme's URN. */
    static String acme(Http admin) {
        return get(admin, V1 + "/orgs?" + filter("name==acme")).json().get("values").get(0).get("id").asText();
    }

    /** A request in an org's context, as go-vcloud-director sends a system administrator's on an org's behalf. */
    static Http.Res inOrg(Http who, String org, String method, String path, String json) {
        HttpRequest.Builder b = who.cloud(path).header("X-VMWARE-VCLOUD-TENANT-CONTEXT", org.replaceAll(".*:", ""));
        return who.send(json == null ? b.GET() : b.header("Content-Type", JSON)
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Allocates (202, a task); the task's result: the JSON list of {id, value, suggestedValue}. */
    static JsonNode allocate(Http who, String org, String space, String request) {
        Http.Res accepted = inOrg(who, org, "POST", SPACES + "/" + space + "/allocate", request);
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res done = who.awaitTask(who.get(accepted.header("Location")));
        assertThat(done.attr("status")).as(done.body).isEqualTo("success");
        assertThat(done.attr("operationName")).isEqualTo("ipSpaceIpAllocate");
        String text = done.root().getElementsByTagNameNS("*", "ResultContent").item(0).getTextContent();
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }

    /** Asks for an allocation that is refused before any task starts. */
    static Http.Res allocateRefused(Http who, String org, String space, String request) {
        return inOrg(who, org, "POST", SPACES + "/" + space + "/allocate", request);
    }
}

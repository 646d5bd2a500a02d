package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;

import java.util.ArrayList;
import java.util.List;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NSX-T setting the edge services tests start from (a tier-0 external network, NSX-T edges of acme-vdc, routed
 * networks on them) and their calls, made as go-vcloud-director makes them.
 */
final class NsxtServiceCalls {
    static final String GROUPS = V1 + "/firewallGroups";
    static final String PROFILES = V1 + "/applicationPortProfiles";

    private NsxtServiceCalls() {
    }

    /** A tier-0 external network on {@code tier0} with the pool net.10-net.40. */
    static String tier0Network(Http admin, String tier0, String net) {
        String manager = "urn:vcloud:nsxtmanager:" + CloudApiNsxtTest.managerHref(admin).replaceAll(".*/", "");
        return awaitOwner(admin, send(admin, "POST", V1 + "/externalNetworks", "{\"name\":\"" + tier0 + "-net\","
                + "\"subnets\":{\"values\":[{\"gateway\":\"" + net + ".1\",\"prefixLength\":24,\"ipRanges\":{\"values\":"
                + "[{\"startAddress\":\"" + net + ".10\",\"endAddress\":\"" + net + ".40\"}]}}]},\"networkBackings\":"
                + "{\"values\":[{\"backingId\":\"" + tier0 + "\",\"backingTypeValue\":\"NSXT_TIER0\",\"networkProvider\":"
                + "{\"id\":\"" + manager + "\"}}]}}"));
    }

    /** An NSX-T edge of the VDC on the external network. */
    static String edge(Http admin, String name, String vdcUrn, String external, String gateway) {
        return awaitOwner(admin, send(admin, "POST", V1 + "/edgeGateways", "{\"name\":\"" + name + "\",\"ownerRef\":"
                + "{\"id\":\"" + vdcUrn + "\"},\"edgeGatewayUplinks\":[{\"uplinkId\":\"" + external + "\",\"subnets\":"
                + "{\"values\":[{\"gateway\":\"" + gateway + "\",\"prefixLength\":24}]}}]}"));
    }

    /** A routed network of the VDC on the edge, 192.168.{third}.0/24. */
    static String routed(Http admin, String name, String vdcUrn, String edge, int third) {
        return awaitOwner(admin, send(admin, "POST", V1 + "/orgVdcNetworks", "{\"name\":\"" + name + "\",\"networkType\":"
                + "\"NAT_ROUTED\",\"ownerRef\":{\"id\":\"" + vdcUrn + "\"},\"connection\":{\"routerRef\":{\"id\":\""
                + edge + "\"}},\"subnets\":{\"values\":[{\"gateway\":\"192.168." + third + ".1\",\"prefixLength\":24}]}}"));
    }

    static String ipSet(String name, String edge, String... addresses) {
        List<String> quoted = new ArrayList<>();
        for (String a : addresses) {
            quoted.add("\"" + a + "\"");
        }
        return "{\"name\":\"" + name + "\",\"description\":\"\",\"ipAddresses\":[" + String.join(",", quoted)
                + "],\"ownerRef\":{\"id\":\"" + edge + "\"},\"type\":\"IP_SET\"}";
    }

    static String securityGroup(String name, String edge, String... networks) {
        List<String> refs = new ArrayList<>();
        for (String n : networks) {
            refs.add("{\"id\":\"" + n + "\"}");
        }
        return "{\"name\":\"" + name + "\",\"description\":\"\",\"members\":[" + String.join(",", refs)
                + "],\"ownerRef\":{\"id\":\"" + edge + "\"},\"typeValue\":\"SECURITY_GROUP\"}";
    }

    /** A firewall group made by its 202 task, whose owner is the group. */
    static String group(Http who, String body) {
        String id = awaitOwner(who, send(who, "POST", GROUPS + "/", body));
        assertThat(id).startsWith("urn:vcloud:firewallGroup:");
        return id;
    }

    /** A SYSTEM profile's URN by name, found in the edge's context as go-vcloud-director finds it. */
    static String systemProfile(Http who, String edge, String name) {
        JsonNode page = get(who, PROFILES + "?" + filter("_context==" + edge + ";scope==SYSTEM;name==" + name)).json();
        assertThat(page.get("resultTotal").asInt()).as(name).isEqualTo(1);
        return page.get("values").get(0).get("id").asText();
    }

    /** A firewall rule of types.NsxtFirewallRule (ids of groups and profiles; none: any). */
    static String rule(String id, String name, String action, String[] sources, String[] destinations,
                       String[] profiles) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"name\":\"" + name + "\",\"action\":\"" + action
                + "\",\"enabled\":true,\"sourceFirewallGroups\":" + refs(sources) + ",\"destinationFirewallGroups\":"
                + refs(destinations) + ",\"applicationPortProfiles\":" + refs(profiles)
                + ",\"ipProtocol\":\"IPV4\",\"logging\":false,\"direction\":\"IN_OUT\"}";
    }

    static String container(String... rules) {
        return "{\"systemRules\":null,\"defaultRules\":null,\"userDefinedRules\":[" + String.join(",", rules) + "]}";
    }

    static String refs(String[] ids) {
        if (ids == null || ids.length == 0) {
            return "null";
        }
        List<String> refs = new ArrayList<>();
        for (String i : ids) {
            refs.add("{\"name\":\"\",\"id\":\"" + i + "\"}");
        }
        return "[" + String.join(",", refs) + "]";
    }

    static String[] ids(String... ids) {
        return ids;
    }

    static JsonNode firewall(Http who, String edge) {
        Http.Res r = get(who, V1 + "/edgeGateways/" + edge + "/firewall/rules");
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r.json();
    }

    static List<String> userRuleNames(Http who, String edge) {
        List<String> names = new ArrayList<>();
        firewall(who, edge).get("userDefinedRules").forEach(r -> names.add(r.get("name").asText()));
        return names;
    }

    /** Whether a field is left out (or null): vCD's way of writing "none". */
    static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    /** A 4xx cloudapi error: its status and minorErrorCode, a JSON body. */
    static void refused(Http.Res r, int status, String minorErrorCode) {
        assertThat(r.status).as(r.body).isEqualTo(status);
        assertThat(r.json().get("minorErrorCode").asText()).as(r.body).isEqualTo(minorErrorCode);
    }
}

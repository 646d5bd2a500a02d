package io.vcdsim.api;

import io.vcdsim.Http;

import java.util.concurrent.atomic.AtomicInteger;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiNetworkTest.awaitOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls the org VDC network DHCP tests make, with the bodies go-vcloud-director's Test_NsxtOrgVdcNetworkIsolated
 * and Test_NsxtOrgVdcNetworkRouted send.
 */
final class NetworkDhcpCalls {
    private static final AtomicInteger THIRD = new AtomicInteger(10);

    private NetworkDhcpCalls() {
    }

    /** A network of 192.168.n.0/24 whose static IP pool is .20-.30, as go-vcloud-director's tests make them. */
    static String network(Http who, String type, String vdc, String router) {
        String net = "192.168." + THIRD.getAndIncrement();
        return awaitOwner(who, send(who, "POST", V1 + "/orgVdcNetworks", "{\"name\":\"dhcp-net-" + net + "\","
                + "\"networkType\":\"" + type + "\",\"ownerRef\":{\"id\":\"" + vdc + "\"},"
                + (router == null ? "" : "\"connection\":{\"routerRef\":{\"id\":\"" + router + "\"},"
                + "\"connectionType\":\"INTERNAL\"},")
                + "\"subnets\":{\"values\":[{\"gateway\":\"" + net + ".1\",\"prefixLength\":24,\"ipRanges\":"
                + "{\"values\":[{\"startAddress\":\"" + net + ".20\",\"endAddress\":\"" + net + ".30\"}]}}]}}"));
    }

    /** The 192.168.n prefix of a network made by {@link #network}. */
    static String prefix(Http who, String networkId) {
        return get(who, V1 + "/orgVdcNetworks/" + networkId).json().get("subnets").get("values").get(0)
                .get("gateway").asText().replaceAll("\\.1$", "");
    }

    static String dhcp(String networkId) {
        return V1 + "/orgVdcNetworks/" + networkId + "/dhcp";
    }

    /** go-vcloud-director's OpenApiEndpointOrgVdcNetworksDhcpBindings, with its trailing slash. */
    static String bindings(String networkId) {
        return dhcp(networkId) + "/bindings/";
    }

    /** A DHCP service as go-vcloud-director sends it (UpdateOpenApiOrgVdcNetworkDhcp fills leaseTime and mode). */
    static String edgeDhcp(String p, String from, String to) {
        return "{\"enabled\":true,\"leaseTime\":86400,\"dhcpPools\":[{\"enabled\":true,\"ipRange\":{\"startAddress\":\""
                + p + "." + from + "\",\"endAddress\":\"" + p + "." + to + "\"}}],\"mode\":\"EDGE\",\"dnsServers\":"
                + "[\"8.8.8.8\",\"8.8.4.4\"]}";
    }

    static String networkDhcp(String p, String listener) {
        return "{\"enabled\":true,\"leaseTime\":86400,\"dhcpPools\":[{\"enabled\":true,\"ipRange\":{\"startAddress\":\""
                + p + ".200\",\"endAddress\":\"" + p + ".201\"}}],\"mode\":\"NETWORK\",\"ipAddress\":\"" + listener
                + "\",\"dnsServers\":[\"8.8.8.8\",\"8.8.4.4\"]}";
    }

    /** An IPV4 binding as testNsxtDhcpBinding sends it. */
    static String binding(String name, String mac, String ip) {
        return "{\"name\":\"" + name + "\",\"description\":\"dhcp binding description\",\"ipAddress\":\"" + ip
                + "\",\"macAddress\":\"" + mac + "\",\"bindingType\":\"IPV4\",\"dhcpV4BindingConfig\":{\"hostName\":"
                + "\"dhcp-binding-hostname\",\"gatewayIpAddress\":\"" + ip.replaceAll("\\.\\d+$", ".244")
                + "\"},\"version\":{\"version\":0}}";
    }

    /** The finished task a 202 names: it succeeded, and the network owns it. */
    static Http.Res done(Http who, String networkId, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = who.awaitTask(who.get(accepted.header("Location")));
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        assertThat(task.child("Owner").getAttribute("id")).isEqualTo(networkId);
        return task;
    }

    static void setDhcp(Http who, String networkId, String body) {
        done(who, networkId, send(who, "PUT", dhcp(networkId), body));
    }

    /** A new binding's id, which its creating task names in Details. */
    static String createBinding(Http who, String networkId, String body) {
        Http.Res task = done(who, networkId, send(who, "POST", bindings(networkId), body));
        assertThat(task.attr("operationName")).isEqualTo("orgVdcNetworkDhcpBindingCreate");
        return task.child("Details").getTextContent();
    }

    /** Names the manager's first edge cluster as the VDC's services edge cluster, as nsxtDhcpConfigNetworkMode does. */
    static void edgeCluster(Http admin, String vdc) {
        String cluster = get(admin, V1 + "/nsxTResources/edgeClusters").json().get("values").get(0).get("id")
                .asText();
        Http.Res set = send(admin, "PUT", V1 + "/vdcs/" + vdc + "/networkProfile", "{\"servicesEdgeCluster\":"
                + "{\"backingId\":\"" + cluster + "\"}}");
        assertThat(set.status).as(set.body).isEqualTo(200);
    }
}

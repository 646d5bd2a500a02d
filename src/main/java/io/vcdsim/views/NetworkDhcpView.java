package io.vcdsim.views;

import io.vcdsim.store.NetworkDhcpStore.Binding;
import io.vcdsim.store.NetworkDhcpStore.Dhcp;
import io.vcdsim.store.NetworkDhcpStore.Pool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An org VDC network's DHCP service and bindings as the cloudapi writes them (go-vcloud-director's
 * types.OpenApiOrgVdcNetworkDhcp and OpenApiOrgVdcNetworkDhcpBinding). An empty list is null, which JSON leaves out
 * like any null field: the client reads back the nil list it sent, and its tests compare the documents field by field.
 * The NSX-V pool fields (maxLeaseTime, defaultLeaseTime) are not written: an NSX-T network's pools have none.
 */
public final class NetworkDhcpView {
    private NetworkDhcpView() {
    }

    public static Map<String, Object> dhcp(Dhcp d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enabled", d.enabled());
        json.put("leaseTime", d.leaseTime());
        json.put("dhcpPools", d.pools().isEmpty() ? null : d.pools().stream().map(NetworkDhcpView::pool).toList());
        json.put("mode", d.mode());
        json.put("ipAddress", d.ipAddress());
        json.put("dnsServers", orNull(d.dnsServers()));
        return json;
    }

    private static Map<String, Object> pool(Pool p) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("startAddress", p.start());
        range.put("endAddress", p.end());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enabled", p.enabled());
        json.put("ipRange", range);
        return json;
    }

    public static Map<String, Object> binding(Binding b) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", b.id().toString());
        json.put("name", b.name());
        json.put("description", b.description());
        json.put("bindingType", b.bindingType());
        json.put("macAddress", b.macAddress());
        json.put("ipAddress", b.ipAddress());
        json.put("leaseTime", b.leaseTime());
        json.put("dnsServers", orNull(b.dnsServers()));
        if (b.v4() != null) {
            Map<String, Object> v4 = new LinkedHashMap<>();
            v4.put("gatewayIpAddress", b.v4().gatewayIpAddress());
            v4.put("hostName", b.v4().hostName());
            json.put("dhcpV4BindingConfig", v4);
        } else {
            json.put("dhcpV4BindingConfig", null);
        }
        if (b.v6() != null) {
            Map<String, Object> v6 = new LinkedHashMap<>();
            v6.put("domainNames", orNull(b.v6().domainNames()));
            v6.put("sntpServers", orNull(b.v6().sntpServers()));
            json.put("dhcpV6BindingConfig", v6);
        } else {
            json.put("dhcpV6BindingConfig", null);
        }
        json.put("version", Map.of("version", b.version()));
        return json;
    }

    private static List<String> orNull(List<String> values) {
        return values.isEmpty() ? null : values;
    }
}

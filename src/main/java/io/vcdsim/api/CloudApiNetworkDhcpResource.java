package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.NetworkDhcp;
import io.vcdsim.network.NetworkDhcpBindings;
import io.vcdsim.network.NetworkService;
import io.vcdsim.store.NetworkDhcpStore.V4Options;
import io.vcdsim.store.NetworkDhcpStore.V6Options;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.views.NetworkDhcpView;

import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * An NSX-T org VDC network's DHCP on the cloudapi, as go-vcloud-director v2.22's openapi_org_network_dhcp.go and
 * openapi_org_network_dhcp_binding.go use it: {@code orgVdcNetworks/{id}/dhcp} (GET; PUT and DELETE answer 202 with
 * the task in {@code Location}) and {@code orgVdcNetworks/{id}/dhcp/bindings} (a page of bindings, POST whose task's
 * Details name the new binding, and one binding's GET, PUT and DELETE). Reading needs the network view right,
 * changing the org's edit right, as the network's own changes.
 */
public final class CloudApiNetworkDhcpResource implements Routes {
    private static final String DHCP = V1 + "/orgVdcNetworks/{id}/dhcp";
    private static final String BINDINGS = DHCP + "/bindings";
    private final NetworkService networks;
    private final NetworkDhcp dhcp;
    private final NetworkDhcpBindings bindings;

    /** go-vcloud-director's types.OpenApiOrgVdcNetworkDhcp. */
    public static final class DhcpBody {
        public Boolean enabled;
        public Long leaseTime;
        public List<PoolBody> dhcpPools;
        public String mode;
        public String ipAddress;
        public List<String> dnsServers;
    }

    public static final class PoolBody {
        public Boolean enabled;
        public RangeBody ipRange;
    }

    public static final class RangeBody {
        public String startAddress;
        public String endAddress;
    }

    /** go-vcloud-director's types.OpenApiOrgVdcNetworkDhcpBinding. */
    public static final class BindingBody {
        public String id;
        public String name;
        public String description;
        public String bindingType;
        public String macAddress;
        public String ipAddress;
        public Long leaseTime;
        public List<String> dnsServers;
        public V4Body dhcpV4BindingConfig;
        public V6Body dhcpV6BindingConfig;
        public VersionBody version;
    }

    public static final class V4Body {
        public String gatewayIpAddress;
        public String hostName;
    }

    public static final class V6Body {
        public List<String> domainNames;
        public List<String> sntpServers;
    }

    public static final class VersionBody {
        public Long version;
    }

    public CloudApiNetworkDhcpResource(NetworkService networks, NetworkDhcp dhcp, NetworkDhcpBindings bindings) {
        this.networks = networks;
        this.dhcp = dhcp;
        this.bindings = bindings;
    }

    @Override
    public void register(Router r) {
        r.get(DHCP, x -> Reply.json(200, NetworkDhcpView.dhcp(dhcp.of(network(x, Right.NETWORK_VIEW)))));
        r.put(DHCP, x -> {
            NetworkRow n = network(x, Right.ORG_EDIT);
            return CloudApi.accepted(x, dhcp.set(n, request(CloudApi.body(x, DhcpBody.class,
                    "OrgVdcNetworkDhcp")), TaskResource.caller(x.principal())));
        });
        r.delete(DHCP, x -> CloudApi.accepted(x, dhcp.delete(network(x, Right.ORG_EDIT),
                TaskResource.caller(x.principal()))));

        r.get(BINDINGS, x -> CloudApi.listPage(x, bindings.list(network(x, Right.NETWORK_VIEW)).stream()
                .map(b -> (Object) NetworkDhcpView.binding(b)).toList(), "OrgVdcNetworkDhcpBindings"));
        r.post(BINDINGS, x -> {
            NetworkRow n = network(x, Right.ORG_EDIT);
            return CloudApi.accepted(x, bindings.create(n, request(binding(x)), TaskResource.caller(x.principal())));
        });
        r.get(BINDINGS + "/{binding}", x -> {
            NetworkRow n = network(x, Right.NETWORK_VIEW);
            return Reply.json(200, NetworkDhcpView.binding(bindings.get(n, bindingId(x))));
        });
        r.put(BINDINGS + "/{binding}", x -> {
            NetworkRow n = network(x, Right.ORG_EDIT);
            UUID id = bindingId(x);
            BindingBody body = binding(x);
            if (body.id != null && !body.id.isBlank() && !body.id.trim().equals(id.toString())) {
                throw ApiException.badRequest("The body's id " + Lengths.shown(body.id) + " is not the id in "
                        + "the URL.");
            }
            return CloudApi.accepted(x, bindings.update(n, id, request(body), TaskResource.caller(x.principal())));
        });
        r.delete(BINDINGS + "/{binding}", x -> {
            NetworkRow n = network(x, Right.ORG_EDIT);
            return CloudApi.accepted(x, bindings.delete(n, bindingId(x), TaskResource.caller(x.principal())));
        });
    }

    private NetworkRow network(Exchange x, Right right) {
        return networks.network(x.principal(), CloudApi.id(x, "id", Kind.NETWORK), right);
    }

    private static BindingBody binding(Exchange x) {
        return CloudApi.body(x, BindingBody.class, "OrgVdcNetworkDhcpBinding");
    }

    /** A binding's id in the path; one that is no id names no binding (vCD's 403). */
    private static UUID bindingId(Exchange x) {
        String text = x.pathParam("binding");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.forbidden("No DHCP binding with id " + Lengths.shown(text) + " is accessible.");
        }
    }

    private static NetworkDhcp.Request request(DhcpBody b) {
        List<NetworkDhcp.PoolRequest> pools = b.dhcpPools == null ? null : b.dhcpPools.stream().map(p -> p == null
                ? null : new NetworkDhcp.PoolRequest(p.enabled, p.ipRange == null ? null : p.ipRange.startAddress,
                p.ipRange == null ? null : p.ipRange.endAddress)).toList();
        return new NetworkDhcp.Request(b.enabled, b.leaseTime, b.mode, b.ipAddress, pools,
                NetworkBodies.noNulls(b.dnsServers, "dnsServers"));
    }

    private static NetworkDhcpBindings.Request request(BindingBody b) {
        V4Options v4 = b.dhcpV4BindingConfig == null ? null : new V4Options(b.dhcpV4BindingConfig.gatewayIpAddress,
                b.dhcpV4BindingConfig.hostName);
        V6Options v6 = b.dhcpV6BindingConfig == null ? null : new V6Options(
                NetworkBodies.orEmpty(b.dhcpV6BindingConfig.domainNames, "domainNames"),
                NetworkBodies.orEmpty(b.dhcpV6BindingConfig.sntpServers, "sntpServers"));
        return new NetworkDhcpBindings.Request(b.name, b.description, b.bindingType, b.macAddress, b.ipAddress,
                b.leaseTime, NetworkBodies.noNulls(b.dnsServers, "dnsServers"), v4, v6,
                b.version == null ? null : b.version.version);
    }

    /** Small checks of request lists and text shown back in messages. */
    private static final class NetworkBodies {
        private NetworkBodies() {
        }

        static List<String> noNulls(List<String> values, String field) {
            if (values != null && values.contains(null)) {
                throw ApiException.badRequest("An entry of " + field + " is null.");
            }
            return values;
        }

        static List<String> orEmpty(List<String> values, String field) {
            return values == null ? List.of() : noNulls(values, field);
        }
    }
}

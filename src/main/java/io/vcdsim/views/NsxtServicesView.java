package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.network.AppPortProfiles;
import io.vcdsim.network.DistributedFirewallRules;
import io.vcdsim.network.EdgeFirewall;
import io.vcdsim.network.EdgeNat;
import io.vcdsim.network.FirewallGroups;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtServiceStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.vcdsim.core.OpenApiReference.ref;

/**
 * The NSX-T edge services as vCD's cloudapi writes them (go-vcloud-director's types NsxtFirewallGroup,
 * NsxtFirewallRuleContainer, NsxtNatRule and NsxtAppPortProfile read them): deprecated fields are written beside
 * their replacements (type and typeValue, edgeGatewayRef and ownerRef, ruleType and type, action and actionValue), as
 * clients of either API version read one or the other.
 */
public final class NsxtServicesView {
    /** The default rule vCD lists after the user-defined ones: everything else is dropped. */
    static final UUID DEFAULT_RULE = UUID.nameUUIDFromBytes("vcdsim:nsxt:default-rule".getBytes());

    private NsxtServicesView() {
    }

    public static Map<String, Object> group(FirewallGroups.Group g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.FIREWALL_GROUP.urn(g.row().id()));
        m.put("name", g.row().name());
        m.put("description", g.description());
        if (FirewallGroups.IP_SET.equals(g.row().type())) {
            m.put("ipAddresses", g.ipAddresses());
        } else if (FirewallGroups.VM_CRITERIA.equals(g.row().type())) {
            m.put("vmCriteria", g.vmCriteria());
        } else {
            m.put("members", g.members().stream().map(NsxtServicesView::network).toList());
        }
        if (g.edge() != null) {
            Map<String, Object> edge = ref(g.edge().name(), Kind.EDGE_GATEWAY.urn(g.edge().id()));
            m.put("ownerRef", edge);
            m.put("edgeGatewayRef", edge);
        } else {
            // a VDC group's group has no edge: edgeGatewayRef is left out
            m.put("ownerRef", ref(g.vdcGroup().name(), Kind.VDC_GROUP.urn(g.vdcGroup().id())));
        }
        m.put("type", g.row().type());
        m.put("typeValue", g.row().type());
        return m;
    }

    public static Map<String, Object> memberVm(NsxtServiceStore.MemberVm vm) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vmRef", ref(vm.vmName(), Kind.VM.urn(vm.vmId())));
        m.put("vappRef", ref(vm.vappName(), Kind.VAPP.urn(vm.vappId())));
        m.put("vdcRef", ref(vm.vdcName(), Kind.VDC.urn(vm.vdcId())));
        m.put("orgRef", ref(vm.orgName(), Kind.ORG.urn(vm.orgId())));
        return m;
    }

    /** The firewall: no system rules, the user-defined ones in order, vCD's default rule. */
    public static Map<String, Object> firewall(List<EdgeFirewall.Rule> rules, Function<UUID, String> groupName,
                                               Function<UUID, String> profileName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("systemRules", List.of());
        m.put("defaultRules", List.of(rule(new EdgeFirewall.Rule(DEFAULT_RULE, "Default Rule", 0,
                new EdgeFirewall.Body("DROP", true, List.of(), List.of(), List.of(), "IPV4_IPV6", false, "IN_OUT",
                        null)), groupName, profileName)));
        m.put("userDefinedRules", rules.stream().map(r -> rule(r, groupName, profileName)).toList());
        return m;
    }

    public static Map<String, Object> rule(EdgeFirewall.Rule r, Function<UUID, String> groupName,
                                           Function<UUID, String> profileName) {
        EdgeFirewall.Body b = r.body();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("name", r.name());
        m.put("description", "");
        m.put("comments", b.comments());
        m.put("action", b.action());
        m.put("actionValue", b.action());
        m.put("enabled", b.enabled());
        m.put("sourceFirewallGroups", refs(b.sources(), Kind.FIREWALL_GROUP, groupName));
        m.put("destinationFirewallGroups", refs(b.destinations(), Kind.FIREWALL_GROUP, groupName));
        m.put("applicationPortProfiles", refs(b.profiles(), Kind.APP_PORT_PROFILE, profileName));
        m.put("ipProtocol", b.ipProtocol());
        m.put("logging", b.logging());
        m.put("direction", b.direction());
        m.put("version", Map.of("version", r.version()));
        return m;
    }

    /** A distributed firewall rule: an edge firewall rule's fields, and what only these rules have. */
    public static Map<String, Object> dfwRule(DistributedFirewallRules.Rule r, Function<UUID, String> name) {
        DistributedFirewallRules.Body b = r.body();
        Map<String, Object> m = rule(r.asEdgeRule(), name, name);
        m.put("description", b.description());
        m.put("networkContextProfiles", b.contextProfiles().stream().map(c -> ref(c.name(), c.id())).toList());
        m.put("sourceGroupsExcluded", b.sourcesExcluded());
        m.put("destinationGroupsExcluded", b.destinationsExcluded());
        return m;
    }

    public static Map<String, Object> nat(EdgeNat.Rule r) {
        EdgeNat.Body b = r.body();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("name", r.name());
        m.put("description", b.description());
        m.put("enabled", b.enabled());
        // REFLEXIVE came with "type"; the deprecated field has no such value
        m.put("ruleType", b.type().equals("REFLEXIVE") ? null : b.type());
        m.put("type", b.type());
        m.put("externalAddresses", b.externalAddresses());
        m.put("internalAddresses", b.internalAddresses());
        m.put("applicationPortProfile", b.profileId() == null ? null
                : ref(r.profileName(), Kind.APP_PORT_PROFILE.urn(b.profileId())));
        m.put("internalPort", null);
        m.put("dnatExternalPort", b.dnatExternalPort());
        m.put("snatDestinationAddresses", b.snatDestinationAddresses());
        m.put("logging", b.logging());
        m.put("systemRule", false);
        m.put("firewallMatch", b.firewallMatch());
        m.put("priority", b.priority());
        m.put("version", Map.of("version", r.version()));
        return m;
    }

    public static Map<String, Object> profile(AppPortProfiles.Profile p) {
        NsxtServiceStore.Profile r = p.row();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.APP_PORT_PROFILE.urn(r.id()));
        m.put("name", r.name());
        m.put("description", r.description());
        List<Map<String, Object>> ports = new ArrayList<>();
        for (AppPortProfiles.Port port : p.ports()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("protocol", port.protocol());
            pm.put("destinationPorts", port.destinationPorts() == null || port.destinationPorts().isEmpty() ? null
                    : port.destinationPorts());
            ports.add(pm);
        }
        m.put("applicationPorts", ports);
        m.put("orgRef", r.orgId() == null ? null : ref(p.orgName(), Kind.ORG.urn(r.orgId())));
        // vCD does not write contextEntityId back (go-vcloud-director's tests clear it before comparing)
        m.put("scope", r.scope());
        m.put("usableForNAT", true);
        return m;
    }

    private static Map<String, Object> network(NetworkRow n) {
        return ref(n.name(), Kind.NETWORK.urn(n.id()));
    }

    private static List<Map<String, Object>> refs(List<UUID> ids, Kind kind, Function<UUID, String> names) {
        // vCD leaves out an empty list: it means "any"
        return ids.isEmpty() ? null : ids.stream().map(id -> ref(names.apply(id), kind.urn(id))).toList();
    }
}

package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.AppPortProfiles;
import io.vcdsim.network.EdgeNat;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.VdcGroupStore;
import io.vcdsim.store.VdcRow;
import io.vcdsim.views.NsxtServicesView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static io.vcdsim.api.CloudApi.V1;

/**
 * An NSX-T edge's NAT rules ({@code edgeGateways/{id}/nat/rules}: list, POST, GET, PUT and DELETE of one) and
 * application port profiles ({@code applicationPortProfiles}: list filtered by {@code name}, {@code scope},
 * {@code _context} (an edge gateway, VDC, VDC group or org: the SYSTEM profiles and that org's) and {@code id}; POST,
 * GET, PUT and DELETE of one). Every change answers 202 with its task in {@code Location}.
 */
public final class CloudApiNsxtNatResource implements Routes {
    private static final String NAT = V1 + "/edgeGateways/{id}/nat/rules";
    private static final String PROFILES = V1 + "/applicationPortProfiles";
    private static final Set<String> PROFILE_FILTERS = Set.of("name", "scope", "_context", "id", "orgRef.id");
    private final Database db;
    private final EdgeNat nat;
    private final AppPortProfiles profiles;

    public CloudApiNsxtNatResource(Database db, EdgeNat nat, AppPortProfiles profiles) {
        this.db = db;
        this.nat = nat;
        this.profiles = profiles;
    }

    /** go-vcloud-director's types.NsxtNatRule, as far as a request sets it. */
    public static final class NatBody {
        public String id;
        public String name;
        public String description;
        public Boolean enabled;
        public String ruleType;
        public String type;
        public String externalAddresses;
        public String internalAddresses;
        public CloudApiNsxtFirewallResource.Ref applicationPortProfile;
        public String internalPort;
        public String dnatExternalPort;
        public String snatDestinationAddresses;
        public Boolean logging;
        public String firewallMatch;
        public Integer priority;
    }

    public static final class PortBody {
        public String protocol;
        public List<String> destinationPorts;
    }

    /** go-vcloud-director's types.NsxtAppPortProfile. */
    public static final class ProfileBody {
        public String id;
        public String name;
        public String description;
        public List<PortBody> applicationPorts;
        public CloudApiNsxtFirewallResource.Ref orgRef;
        public String contextEntityId;
        public String scope;
    }

    @Override
    public void register(Router r) {
        r.get(NAT, x -> CloudApi.listPage(x, nat.rules(x.principal(), edgeId(x)).stream()
                .map(NsxtServicesView::nat).toList(), "EdgeNatRules"));
        r.post(NAT, x -> CloudApi.accepted(x, nat.create(x.principal(), edgeId(x), spec(CloudApi.body(x,
                NatBody.class, "EdgeNatRule")), TaskResource.caller(x.principal()))));
        r.get(NAT + "/{ruleId}", x -> Reply.json(200, NsxtServicesView.nat(nat.rule(x.principal(), edgeId(x),
                ruleId(x)))));
        r.put(NAT + "/{ruleId}", x -> {
            NatBody body = CloudApi.body(x, NatBody.class, "EdgeNatRule");
            UUID id = ruleId(x);
            CloudApi.sameId(body.id, id);
            return CloudApi.accepted(x, nat.update(x.principal(), edgeId(x), id, spec(body),
                    TaskResource.caller(x.principal())));
        });
        r.delete(NAT + "/{ruleId}", x -> CloudApi.accepted(x, nat.delete(x.principal(), edgeId(x), ruleId(x),
                TaskResource.caller(x.principal()))));

        r.get(PROFILES, this::listProfiles);
        r.post(PROFILES, x -> CloudApi.accepted(x, profiles.create(x.principal(), profile(CloudApi.body(x,
                ProfileBody.class, "ApplicationPortProfile")), TaskResource.caller(x.principal()))));
        r.get(PROFILES + "/{id}", x -> Reply.json(200, NsxtServicesView.profile(profiles.get(x.principal(),
                profileId(x)))));
        r.put(PROFILES + "/{id}", x -> {
            ProfileBody body = CloudApi.body(x, ProfileBody.class, "ApplicationPortProfile");
            UUID id = profileId(x);
            CloudApi.sameId(body.id, id);
            return CloudApi.accepted(x, profiles.update(x.principal(), id, profile(body),
                    TaskResource.caller(x.principal())));
        });
        r.delete(PROFILES + "/{id}", x -> CloudApi.accepted(x, profiles.delete(x.principal(), profileId(x),
                TaskResource.caller(x.principal()))));
    }

    private Reply listProfiles(Exchange x) {
        Map<String, String> filter = CloudApi.contextFilter(x, PROFILE_FILTERS);
        List<Predicate<AppPortProfiles.Profile>> tests = new ArrayList<>();
        filter.forEach((key, value) -> tests.add(switch (key) {
            case "name" -> p -> p.row().name().equals(value);
            case "scope" -> {
                if (!List.of(AppPortProfiles.SYSTEM, AppPortProfiles.TENANT, AppPortProfiles.PROVIDER)
                        .contains(value)) {
                    throw ApiException.badRequest("scope is SYSTEM, PROVIDER or TENANT, not '"
                            + Lengths.shown(value) + "'.");
                }
                yield p -> p.row().scope().equals(value);
            }
            case "id" -> p -> Kind.APP_PORT_PROFILE.urn(p.row().id()).equals(value);
            case "orgRef.id" -> p -> p.row().orgId() != null && Kind.ORG.urn(p.row().orgId()).equals(value);
            default -> {
                UUID org = orgOfContext(value);
                yield p -> p.row().orgId() == null || p.row().orgId().equals(org);
            }
        }));
        List<Object> found = profiles.list(x.principal(), CloudApi.listedOrg(x)).stream()
                .filter(p -> tests.stream().allMatch(t -> t.test(p)))
                .map(p -> (Object) NsxtServicesView.profile(p)).toList();
        return CloudApi.contextPage(x, found, "ApplicationPortProfiles");
    }

    /** The org of the edge gateway, VDC, VDC group or org a {@code _context} names (unknown: nobody's). */
    private UUID orgOfContext(String value) {
        String kind = value.startsWith("urn:vcloud:") ? value.substring(11, Math.max(11, value.lastIndexOf(':')))
                : "";
        Optional<UUID> org = db.read(tx -> switch (kind) {
            case "gateway" -> tx.edges().find(NsxtRefs.urn(value, Kind.EDGE_GATEWAY, "_context"))
                    .map(EdgeGatewayRow::orgId);
            case "vdc" -> tx.resources().vdc(NsxtRefs.urn(value, Kind.VDC, "_context")).map(VdcRow::orgId);
            case "vdcGroup" -> tx.store(VdcGroupStore::new).find(NsxtRefs.urn(value, Kind.VDC_GROUP, "_context"))
                    .map(VdcGroupStore.Row::orgId);
            case "org" -> Optional.of(NsxtRefs.urn(value, Kind.ORG, "_context"));
            default -> throw ApiException.badRequest("_context names an edge gateway, VDC, VDC group or org by its "
                    + "URN, not '" + Lengths.shown(value) + "'.");
        });
        return org.orElse(new UUID(0, 0));
    }

    private static EdgeNat.Spec spec(NatBody b) {
        String type = b.type != null && !b.type.isEmpty() ? b.type : b.ruleType;
        if (b.type != null && !b.type.isEmpty() && b.ruleType != null && !b.ruleType.isEmpty()
                && !b.type.equals(b.ruleType)) {
            throw ApiException.badRequest("A NAT rule's type and ruleType differ.");
        }
        UUID profile = b.applicationPortProfile == null || b.applicationPortProfile.id == null
                || b.applicationPortProfile.id.isEmpty() ? null
                : NsxtRefs.urn(b.applicationPortProfile.id, Kind.APP_PORT_PROFILE, "applicationPortProfile");
        String port = b.dnatExternalPort != null && !b.dnatExternalPort.isEmpty() ? b.dnatExternalPort
                : b.internalPort;
        return new EdgeNat.Spec(b.name, b.description, b.enabled, type, b.externalAddresses, b.internalAddresses,
                profile, port, b.snatDestinationAddresses, b.logging, b.firewallMatch, b.priority);
    }

    private static AppPortProfiles.Spec profile(ProfileBody b) {
        UUID org = b.orgRef == null || b.orgRef.id == null || b.orgRef.id.isEmpty() ? null
                : NsxtRefs.urn(b.orgRef.id, Kind.ORG, "orgRef");
        UUID vdc = null;
        UUID group = null;
        UUID manager = null;
        String context = b.contextEntityId == null ? "" : b.contextEntityId.trim();
        if (context.startsWith("urn:vcloud:vdcGroup:")) {
            group = NsxtRefs.urn(context, Kind.VDC_GROUP, "contextEntityId");
        } else if (context.startsWith("urn:vcloud:nsxtmanager:")) {
            manager = Ids.fromAny(context);
            if (manager == null) {
                throw ApiException.badRequest("contextEntityId: '" + Lengths.shown(context) + "' is not the URN "
                        + "of an NSX-T manager.");
            }
        } else if (!context.isEmpty()) {
            vdc = NsxtRefs.urn(context, Kind.VDC, "contextEntityId");
        }
        List<AppPortProfiles.Port> ports = new ArrayList<>();
        for (PortBody p : b.applicationPorts == null ? List.<PortBody>of() : b.applicationPorts) {
            ports.add(p == null ? null : new AppPortProfiles.Port(p.protocol, p.destinationPorts));
        }
        return new AppPortProfiles.Spec(b.name, b.description, b.scope, org, vdc, group, manager, ports);
    }

    private static UUID edgeId(Exchange x) {
        return CloudApi.id(x, "id", Kind.EDGE_GATEWAY);
    }

    private static UUID profileId(Exchange x) {
        return CloudApi.id(x, "id", Kind.APP_PORT_PROFILE);
    }

    private static UUID ruleId(Exchange x) {
        UUID id = Ids.fromAny(x.pathParam("ruleId"));
        if (id == null) {
            throw ApiException.forbidden("No NAT rule with id " + Lengths.shown(x.pathParam("ruleId"))
                    + " is accessible.");
        }
        return id;
    }
}

package io.vcdsim.api;

import io.vcdsim.compute.Provider;
import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.ExternalNetworks;
import io.vcdsim.network.ImportedBacking;
import io.vcdsim.network.NetworkService;
import io.vcdsim.network.NsxtBacking;
import io.vcdsim.network.SegmentProfiles;
import io.vcdsim.provider.NsxtInventory;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.SegmentProfileStore.Profiles;
import io.vcdsim.store.TaskRow;
import io.vcdsim.views.NetworkView;

import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * Networks on the cloudapi, the same objects as on {@code /api}: {@code externalNetworks} (system administrators')
 * and {@code orgVdcNetworks}. Changes answer 202 with the task in {@code Location}.
 */
public final class CloudApiNetworkResource implements Routes {
    static final String TIER0 = "NSXT_TIER0";
    static final String VRF_TIER0 = "NSXT_VRF_TIER0";
    /** The backing type of an external network on an NSX-T segment (ExternalNetworkBackingTypeNsxtSegment). */
    static final String SEGMENT = "IMPORTED_T_LOGICAL_SWITCH";
    /** An imported network's type and its backing's, as go-vcloud-director names them. */
    static final String OPAQUE = "OPAQUE";
    static final String FLEXIBLE_SEGMENT = "NSXT_FLEXIBLE_SEGMENT";
    static final String DV_PORTGROUP = "DV_PORTGROUP";
    private final Database db;
    private final NetworkService networks;
    private final ExternalNetworks externals;
    private final VdcService vdcs;
    private final QueryService queries;
    private final SegmentProfiles segmentProfiles;

    public CloudApiNetworkResource(Database db, NetworkService networks, ExternalNetworks externals, VdcService vdcs,
                                   QueryService queries, SegmentProfiles segmentProfiles) {
        this.db = db;
        this.segmentProfiles = segmentProfiles;
        this.networks = networks;
        this.externals = externals;
        this.vdcs = vdcs;
        this.queries = queries;
    }

    /** A reference by URN, as the cloudapi writes them. */
    public static final class Ref {
        public String id;
        public String name;
    }

    public static final class Range {
        public String startAddress;
        public String endAddress;
    }

    public static final class Ranges {
        public List<Range> values;
    }

    public static final class Subnet {
        public String gateway;
        public Integer prefixLength;
        public String dnsServer1;
        public String dnsServer2;
        public String dnsSuffix;
        public Ranges ipRanges;
    }

    public static final class Subnets {
        public List<Subnet> values;
    }

    public static final class Backing {
        public String backingId;
        public String backingType;
        /** API 36.0's name for backingType, which go-vcloud-director sends instead. */
        public String backingTypeValue;
        public Ref networkProvider;

        String type() {
            return backingTypeValue != null ? backingTypeValue : backingType;
        }
    }

    public static final class Backings {
        public List<Backing> values;
    }

    /** go-vcloud-director's ExternalNetworkV2, as far as vcdsim keeps it. */
    public static final class ExternalNetworkBody {
        public String id;
        public String name;
        public String description;
        public Subnets subnets;
        public Backings networkBackings;
        /** vCD 10.4.1: no subnets, addresses from IP spaces (go-vcloud-director sends a pointer: may be absent). */
        public Boolean usingIpSpace;
        public Ref dedicatedOrg;
    }

    public static final class Connection {
        public Ref routerRef;
        /** How a routed network is on its edge: INTERNAL (none given), SUBINTERFACE or DISTRIBUTED. */
        public String connectionType;
    }

    /** go-vcloud-director's OpenApiOrgVdcNetwork, as far as vcdsim keeps it. */
    public static final class OrgVdcNetworkBody {
        public String id;
        public String name;
        public String description;
        public String networkType;
        public Ref ownerRef;
        public Ref orgVdc;
        public Ref parentNetworkId;
        public Connection connection;
        public Subnets subnets;
        public Boolean shared;
        public Boolean guestVlanTaggingAllowed;
        /** A segment profile template for the network (go-vcloud-director sends it; vCD does not write it back). */
        public Ref segmentProfileTemplateRef;
        /**
         * An imported (OPAQUE) network's backing: an NSX-T segment by the manager's id for it, or (backingNetworkType
         * DV_PORTGROUP) a distributed port group by its moref, the importable port group list's backingRef.id.
         */
        public String backingNetworkId;
        public String backingNetworkType;
    }

    @Override
    public void register(Router r) {
        r.get(V1 + "/externalNetworks", x -> CloudApi.page(x, queries, Kind.EXTERNAL_NETWORK.query(), null,
                "ExternalNetworks", ids -> db.read(tx -> ids.stream().flatMap(id -> tx.networks().external(id)
                        .stream()).map(n -> (Object) NetworkView.externalJson(tx, n)).toList())));
        r.get(V1 + "/externalNetworks/{id}", x -> Reply.json(200, db.read(tx -> NetworkView.externalJson(tx,
                external(x)))));
        r.post(V1 + "/externalNetworks", this::createExternal);
        r.put(V1 + "/externalNetworks/{id}", x -> {
            ExternalNetworkRow n = external(x);
            ExternalNetworkBody body = x.read(ExternalNetworkBody.class, "ExternalNetwork", "application/json");
            CloudApi.sameId(body.id, n.id());
            return CloudApi.accepted(x, externals.updateExternal(n, body.name, body.description,
                    body.subnets == null ? null : Bodies.list(body.subnets.values, "subnets").stream()
                            .map(CloudApiNetworkResource::scope).toList(), TaskResource.caller(x.principal())));
        });
        r.delete(V1 + "/externalNetworks/{id}", x -> CloudApi.accepted(x, externals.deleteExternal(external(x),
                TaskResource.caller(x.principal()))));

        r.get(V1 + "/orgVdcNetworks", x -> CloudApi.page(x, queries, Kind.NETWORK.query(), CloudApi.listedOrg(x),
                "OrgVdcNetworks", ids -> db.read(tx -> ids.stream().flatMap(id -> tx.networks().find(id).stream())
                        .map(n -> (Object) NetworkView.orgVdcNetworkJson(tx, n)).toList())));
        r.get(V1 + "/orgVdcNetworks/{id}", x -> Reply.json(200, db.read(tx -> NetworkView.orgVdcNetworkJson(tx,
                network(x, Right.NETWORK_VIEW)))));
        r.post(V1 + "/orgVdcNetworks", this::create);
        r.put(V1 + "/orgVdcNetworks/{id}", this::update);
        r.delete(V1 + "/orgVdcNetworks/{id}", x -> CloudApi.accepted(x, networks.delete(network(x, Right.ORG_EDIT),
                TaskResource.caller(x.principal()))));
    }

    private ExternalNetworkRow external(Exchange x) {
        return externals.external(x.principal(), CloudApi.id(x, "id", Kind.EXTERNAL_NETWORK));
    }

    private NetworkRow network(Exchange x, Right right) {
        return networks.network(x.principal(), CloudApi.id(x, "id", Kind.NETWORK), right);
    }

    private Reply createExternal(Exchange x) {
        ExternalNetworkBody body = x.read(ExternalNetworkBody.class, "ExternalNetwork", "application/json");
        boolean ipSpaces = Boolean.TRUE.equals(body.usingIpSpace);
        if (!ipSpaces && (body.subnets == null || Bodies.list(body.subnets.values, "subnets").isEmpty())) {
            throw ApiException.badRequest("An external network needs subnets, or usingIpSpace.");
        }
        if (!ipSpaces && body.dedicatedOrg != null && body.dedicatedOrg.id != null) {
            throw ApiException.badRequest("Only an external network using IP spaces is dedicated to an org.");
        }
        if (body.networkBackings == null || Bodies.list(body.networkBackings.values, "networkBackings").isEmpty()) {
            throw ApiException.badRequest("An external network needs networkBackings: the port groups, tier-0 router "
                    + "or segment it is on.");
        }
        List<IpScope> scopes = body.subnets == null || body.subnets.values == null ? List.of()
                : body.subnets.values.stream().map(CloudApiNetworkResource::scope).toList();
        NsxtBacking nsxt = nsxtBacking(body.networkBackings.values);
        ExternalNetworks.CreatedExternal created = externals.createExternal(x.principal(), body.name, body.description,
                scopes, nsxt != null ? List.of() : body.networkBackings.values.stream().map(b -> b.backingId).toList(),
                nsxt, ipSpaces ? new ExternalNetworks.IpSpaceUse(dedicatedOrg(body.dedicatedOrg)) : null,
                TaskResource.caller(x.principal()));
        return CloudApi.accepted(x, created.task());
    }

    /** The org an external network using IP spaces is dedicated to (none: null); an id that is none is a 400. */
    private static UUID dedicatedOrg(Ref ref) {
        if (ref == null || ref.id == null || ref.id.isBlank()) {
            return null;
        }
        UUID org = Ids.fromAny(ref.id);
        if (org == null || (ref.id.startsWith("urn:") && !ref.id.startsWith("urn:vcloud:org:"))) {
            throw ApiException.badRequest("dedicatedOrg names an organization by its URN, not '"
                    + (ref.id.length() > 64 ? ref.id.substring(0, 64) + "…" : ref.id) + "'.");
        }
        return org;
    }

    /**
     * The tier-0 router or segment an NSX-T external network stands on (one backing of type NSXT_TIER0,
     * NSXT_VRF_TIER0 or IMPORTED_T_LOGICAL_SWITCH whose networkProvider is the NSX-T manager), or null when the
     * backings are port groups of vc1.
     */
    private static NsxtBacking nsxtBacking(List<Backing> backings) {
        boolean nsxt = backings.stream().anyMatch(b -> b != null && List.of(TIER0, VRF_TIER0, SEGMENT)
                .contains(b.type()));
        for (Backing b : backings) {
            UUID provider = b == null || b.networkProvider == null ? null : Ids.fromAny(b.networkProvider.id);
            if (nsxt) {
                if (backings.size() != 1 || provider == null || b.backingId == null || b.backingId.isBlank()) {
                    throw ApiException.badRequest("An NSX-T external network has one backing: a tier-0 router or "
                            + "segment (backingId) of its NSX-T manager (networkProvider).");
                }
                return SEGMENT.equals(b.type()) ? NsxtBacking.segment(provider, b.backingId)
                        : NsxtBacking.tier0(provider, b.backingId);
            }
            if (provider == null || !provider.equals(Provider.VCENTER_ID)) {
                throw ApiException.invalidReference("A port group backing's networkProvider is the vCenter server "
                        + Kind.VCENTER.urn(Provider.VCENTER_ID) + "; an NSX-T backing has backingType " + TIER0
                        + ", " + VRF_TIER0 + " or " + SEGMENT + ".");
            }
        }
        return null;
    }

    private Reply create(Exchange x) {
        OrgVdcNetworkBody body = x.read(OrgVdcNetworkBody.class, "OrgVdcNetwork", "application/json");
        Ref owner = body.ownerRef != null ? body.ownerRef : body.orgVdc;
        UUID ownerId = owner == null ? null : Ids.fromAny(owner.id);
        if (ownerId == null) {
            throw ApiException.badRequest("An org VDC network needs ownerRef: the VDC or VDC group it is in.");
        }
        boolean inGroup = owner.id.startsWith("urn:vcloud:" + Kind.VDC_GROUP.urnType + ":");
        String fence = fenceMode(body.networkType);
        String connectionType = body.connection == null || body.connection.connectionType == null ? "INTERNAL"
                : body.connection.connectionType;
        if (!List.of("INTERNAL", "SUBINTERFACE", "DISTRIBUTED").contains(connectionType)) {
            throw ApiException.badRequest("A routed network's connectionType is INTERNAL, SUBINTERFACE or "
                    + "DISTRIBUTED.");
        }
        NetworkService.Spec spec = new NetworkService.Spec(body.name, body.description, fence,
                NetworkRow.BRIDGED.equals(fence) ? null : onlySubnet(body.subnets),
                body.parentNetworkId == null ? null : Ids.fromAny(body.parentNetworkId.id),
                body.connection == null || body.connection.routerRef == null ? null
                        : Ids.fromAny(body.connection.routerRef.id),
                connectionType.equals("SUBINTERFACE"), connectionType.equals("DISTRIBUTED"),
                Boolean.TRUE.equals(body.shared), Boolean.TRUE.equals(body.guestVlanTaggingAllowed),
                OPAQUE.equals(body.networkType) ? imported(x, body) : null);
        UUID template = template(body);
        segmentProfiles.checkTemplate(x.principal(), template);
        NetworkService.Created created = inGroup
                ? networks.createInVdcGroup(x.principal(), ownerId, spec, TaskResource.caller(x.principal()))
                : networks.create(x.principal(), vdcs.vdc(x.principal(), ownerId, Right.ORG_EDIT), spec,
                TaskResource.caller(x.principal()));
        if (template != null) {
            segmentProfiles.setOfNetwork(x.principal(), created.network(), template, Profiles.NONE);
        }
        return CloudApi.accepted(x, created.task());
    }

    /** The segment profile template a body names (a URN of one), or null. */
    private static UUID template(OrgVdcNetworkBody body) {
        if (body.segmentProfileTemplateRef == null || body.segmentProfileTemplateRef.id == null) {
            return null;
        }
        UUID id = body.segmentProfileTemplateRef.id.startsWith("urn:vcloud:" + Kind.SEGMENT_PROFILE_TEMPLATE.urnType
                + ":") ? Ids.fromAny(body.segmentProfileTemplateRef.id) : null;
        if (id == null) {
            throw ApiException.invalidReference("segmentProfileTemplate is not a segment profile template's URN.");
        }
        return id;
    }

    private Reply update(Exchange x) {
        NetworkRow n = network(x, Right.ORG_EDIT);
        OrgVdcNetworkBody body = x.read(OrgVdcNetworkBody.class, "OrgVdcNetwork", "application/json");
        CloudApi.sameId(body.id, n.id());
        IpScope scope = NetworkRow.BRIDGED.equals(n.fenceMode()) ? null : onlySubnet(body.subnets);
        UUID template = template(body);
        segmentProfiles.checkTemplate(x.principal(), template);
        TaskRow task = networks.update(n, body.name, body.description, scope, body.shared,
                body.guestVlanTaggingAllowed, TaskResource.caller(x.principal()));
        if (template != null) {
            segmentProfiles.setOfNetwork(x.principal(), n, template, Profiles.NONE);
        }
        return CloudApi.accepted(x, task);
    }

    /**
     * What an imported network stands on (a system administrator imports one): backingNetworkId names a segment of the
     * NSX-T manager (backingNetworkType NSXT_FLEXIBLE_SEGMENT, or none) or a distributed port group of the vCenter
     * (DV_PORTGROUP), which the network service checks is free.
     */
    private ImportedBacking imported(Exchange x, OrgVdcNetworkBody body) {
        x.principal().requireSystemAdmin();
        String type = body.backingNetworkType == null ? FLEXIBLE_SEGMENT : body.backingNetworkType;
        if (!type.equals(FLEXIBLE_SEGMENT) && !type.equals(DV_PORTGROUP)) {
            throw ApiException.badRequest("An imported network's backingNetworkType is " + FLEXIBLE_SEGMENT + " or "
                    + DV_PORTGROUP + ", not '" + Lengths.shown(type) + "'.");
        }
        if (body.backingNetworkId == null || body.backingNetworkId.isBlank()) {
            throw ApiException.badRequest("An imported network needs backingNetworkId: the NSX-T segment or "
                    + "distributed port group it is on.");
        }
        if (type.equals(DV_PORTGROUP)) {
            return ImportedBacking.portGroup(body.backingNetworkId);
        }
        return ImportedBacking.segment(db.read(tx -> tx.store(NsxtStore::new).resource(NsxtInventory.MANAGER_ID,
                NsxtStore.SEGMENT, body.backingNetworkId)).map(NsxtStore.Resource::id).orElseThrow(() -> ApiException
                .invalidReference("backingNetworkId is not an NSX-T segment of the manager.")));
    }

    private static String fenceMode(String networkType) {
        if (networkType == null) {
            throw ApiException.badRequest("networkType is ISOLATED, NAT_ROUTED, DIRECT or OPAQUE.");
        }
        return switch (networkType) {
            case "ISOLATED", OPAQUE -> NetworkRow.ISOLATED;
            case "NAT_ROUTED" -> NetworkRow.ROUTED;
            case "DIRECT" -> NetworkRow.BRIDGED;
            default -> throw ApiException.badRequest("networkType is ISOLATED, NAT_ROUTED, DIRECT or OPAQUE, not '"
                    + (networkType.length() > 32 ? networkType.substring(0, 32) + "…" : networkType) + "'.");
        };
    }

    private static IpScope onlySubnet(Subnets subnets) {
        if (subnets == null || Bodies.list(subnets.values, "subnets").isEmpty()) {
            return null;
        }
        if (subnets.values.size() > 1) {
            throw ApiException.badRequest("An org VDC network has one subnet, not " + subnets.values.size() + ".");
        }
        return scope(subnets.values.get(0));
    }

    private static IpScope scope(Subnet s) {
        if (s == null || s.prefixLength == null) {
            throw ApiException.badRequest("A subnet needs its gateway and prefixLength.");
        }
        List<IpScope.IpRange> ranges = s.ipRanges == null ? List.of() : Bodies.list(s.ipRanges.values, "ipRanges")
                .stream().map(r -> new IpScope.IpRange(r.startAddress, r.endAddress)).toList();
        return IpScope.of(s.gateway, IpScope.maskOf(s.gateway, null, s.prefixLength), s.dnsServer1, s.dnsServer2,
                s.dnsSuffix, ranges);
    }
}

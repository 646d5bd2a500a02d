package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Principal;
import io.vcdsim.network.EdgeGatewayService.Allocation;
import io.vcdsim.network.EdgeGatewayService.Subnet;
import io.vcdsim.network.EdgeGatewayService.Uplink;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UplinkRow;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An NSX-T edge's uplinks changed by a PUT of the edge, which sends them as the new whole: go-vcloud-director's
 * Update sends the edge read back and changed; terraform's vcd_nsxt_edgegateway sends its tier-0 uplink and one uplink
 * per {@code external_network} block (a subnet with {@code autoAllocateIpRanges} and {@code totalIpCount}). An uplink
 * on a segment's network is added (its addresses taken as at creation), removed (its addresses let go) or has its
 * allocation set anew; the tier-0 uplink stays, first. Only a system administrator adds or removes uplinks. Everything
 * happens in the caller's transaction, so a refusal leaves the edge as it was; an address let go that the edge's NAT
 * rules, tunnels or DNS forwarder still name is refused ({@link EdgeAddressUses}).
 */
final class NsxtUplinkChanges {
    private NsxtUplinkChanges() {
    }

    /**
     * Applies the uplinks sent ({@code null}: they stay as they are) and the allocations by external network and
     * subnet gateway ({@link EdgeAllocation#reallocate}).
     */
    static void apply(Tx tx, Principal p, EdgeGatewayRow e, List<Uplink> sent,
                      Map<UUID, Map<String, Allocation>> allocations) {
        EdgeGatewayService.locked(tx, e.id()); // its NAT rules and tunnels wait until the change is done
        List<IpScope.IpRange> before = EdgeAddressUses.held(tx, e.id());
        if (sent == null) {
            EdgeAllocation.reallocate(tx, e, allocations);
        } else {
            replace(tx, p, e, sent, allocations);
        }
        EdgeAddressUses.refuseFreedInUse(tx, e, before);
    }

    private static void replace(Tx tx, Principal p, EdgeGatewayRow e, List<Uplink> sent,
                                Map<UUID, Map<String, Allocation>> allocations) {
        if (sent.size() > EdgeGatewayService.MAX_UPLINKS) {
            throw ApiException.badRequest("An edge gateway has 1 to " + EdgeGatewayService.MAX_UPLINKS
                    + " uplinks to external networks.");
        }
        Map<UUID, Uplink> wanted = new HashMap<>();
        for (Uplink u : sent) {
            if (wanted.put(u.externalNetworkId(), u) != null) {
                throw ApiException.badRequest("An edge gateway has one uplink per external network.");
            }
        }
        List<UplinkRow> rows = tx.edges().uplinks(e.id());
        Set<UUID> current = new LinkedHashSet<>();
        rows.forEach(r -> current.add(r.networkId()));
        Set<UUID> added = new LinkedHashSet<>();
        sent.stream().map(Uplink::externalNetworkId).filter(id -> !current.contains(id)).forEach(added::add);
        List<UUID> removed = current.stream().filter(id -> !wanted.containsKey(id)).toList();
        if ((!added.isEmpty() || !removed.isEmpty()) && !p.isSystemAdmin()) {
            throw ApiException.forbidden("Only a system administrator adds or removes an edge gateway's uplinks.");
        }
        // every network concerned locked in one order, as creation locks them, so two changes cannot deadlock
        Set<UUID> all = new TreeSet<>(current);
        all.addAll(added);
        Map<UUID, ExternalNetworkRow> networks = new HashMap<>();
        for (UUID id : all) {
            ExternalNetworkRow ext = tx.networks().lockExternal(id).filter(x -> !added.contains(id)
                    || x.status() == 1).orElseThrow(() -> ApiException.invalidReference("An uplink's uplinkId is "
                    + "not an external network ready for use."));
            networks.put(id, ext);
        }
        keepTier0(tx, e, current, wanted.keySet(), networks);
        for (UUID id : removed) {
            tx.edges().deleteUplinks(e.id(), id);
        }
        Map<UUID, Map<String, Allocation>> kept = new HashMap<>();
        for (UUID id : current) {
            if (wanted.containsKey(id)) {
                keepPrimaries(e, networks.get(id), rows, wanted.get(id));
                if (allocations.containsKey(id)) {
                    kept.put(id, allocations.get(id));
                }
            }
        }
        EdgeAllocation.reallocate(tx, e, kept);
        int position = rows.stream().mapToInt(UplinkRow::position).max().orElse(-1) + 1;
        Map<UUID, Map<String, Allocation>> counts = new HashMap<>();
        for (UUID id : added) {
            Uplink u = NsxtUplinks.added(tx, networks.get(id), wanted.get(id));
            for (UplinkRow row : EdgeGatewayService.uplinkRows(tx, e.id(), position, u)) {
                tx.edges().insertUplink(row);
                position++;
            }
            IpSpaceUplinks.assignOnEdge(tx, e.orgId(), id);
            // a count is taken after the primary address, as at creation
            allocations.getOrDefault(id, Map.of()).forEach((gateway, a) -> {
                if (a.count() != null) {
                    counts.computeIfAbsent(id, k -> new HashMap<>()).put(gateway, a);
                }
            });
        }
        EdgeAllocation.reallocate(tx, e, counts);
    }

    /** The edge's tier-0 uplink is neither removed nor exchanged for another tier-0 network's. */
    private static void keepTier0(Tx tx, EdgeGatewayRow e, Set<UUID> current, Set<UUID> wanted,
                                  Map<UUID, ExternalNetworkRow> networks) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        UUID tier0 = current.stream().filter(id -> nsxt.tier0Of(id).isPresent()).findFirst().orElse(null);
        if (tier0 == null || wanted.contains(tier0)) {
            return;
        }
        String name = networks.get(tier0).name();
        boolean other = wanted.stream().anyMatch(id -> nsxt.tier0Of(id).isPresent());
        throw ApiException.badRequest("Edge gateway " + e.name() + " keeps its uplink to tier-0 network " + name
                + ": it is not " + (other ? "exchanged for another tier-0 network's." : "removed."));
    }

    /**
     * An uplink that stays keeps its subnets' primary addresses: a subnet sent naming another is refused (the
     * allocation may change, the edge's address on the subnet does not).
     */
    private static void keepPrimaries(EdgeGatewayRow e, ExternalNetworkRow ext, List<UplinkRow> rows, Uplink u) {
        for (Subnet s : u.subnets()) {
            UplinkRow own = rows.stream().filter(r -> r.networkId().equals(ext.id())
                    && s.gateway().equals(r.subnetGateway())).findFirst().orElse(null);
            if (own == null || s.ipAddress() == null || s.ipAddress().equals(own.ipAddress())) {
                continue;
            }
            throw ApiException.badRequest("Edge gateway " + e.name() + " keeps its primary address "
                    + own.ipAddress() + " on subnet " + own.subnetGateway() + " of external network " + ext.name()
                    + "; " + s.ipAddress() + " is not it.");
        }
    }
}

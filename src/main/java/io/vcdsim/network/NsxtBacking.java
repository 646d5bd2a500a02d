package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;

import java.util.UUID;

/**
 * What an NSX-T external network stands on, named by the manager's own id for it: a tier-0 router (or VRF), or (vCD
 * 10.4.1) a segment made outside vCD, go-vcloud-director's IMPORTED_T_LOGICAL_SWITCH backing. Such a network is an
 * extra uplink of edge gateways whose first uplink is on a tier-0 router.
 */
public record NsxtBacking(UUID managerId, String nsxtId, boolean segment) {
    public static NsxtBacking tier0(UUID managerId, String nsxtId) {
        return new NsxtBacking(managerId, nsxtId, false);
    }

    public static NsxtBacking segment(UUID managerId, String nsxtId) {
        return new NsxtBacking(managerId, nsxtId, true);
    }

    /**
     * Puts a new external network on its router or segment. A router may back several networks ({@link Tier0Routers});
     * a segment backs one network at most, external or imported org VDC network, as vCD no longer offers it for import.
     */
    void back(Tx tx, UUID networkId) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        if (!segment) {
            nsxt.backExternalNetwork(networkId, Tier0Routers.importable(tx, this));
            return;
        }
        NsxtStore.Resource s = nsxt.resource(managerId, NsxtStore.SEGMENT, nsxtId).orElseThrow(() ->
                ApiException.invalidReference("NSX-T manager " + managerId + " has no segment " + Lengths.shown(nsxtId) + "."));
        if (nsxt.importableSegments(managerId).stream().noneMatch(r -> r.id().equals(s.id()))) {
            throw ApiException.badRequest("NSX-T segment " + s.name() + " already backs a network: it is not "
                    + "available to back another one.");
        }
        nsxt.backExternalNetworkOnSegment(networkId, s.id());
    }
}

package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;

import java.util.UUID;

/**
 * The NSX-T tier-0 routers external networks stand on. A router may back several networks, as on vCD 10.5, where
 * go-vcloud-director's test environment keeps one network on its tier-0 router and its tests import it again.
 */
public final class Tier0Routers {
    private Tier0Routers() {
    }

    /** The stored id of a tier-0 router (or VRF: go-vcloud-director names both NSXT_TIER0) of the manager. */
    static UUID importable(Tx tx, NsxtBacking tier0) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        NsxtStore.Resource router = nsxt.resource(tier0.managerId(), NsxtStore.TIER0, tier0.nsxtId())
                .or(() -> nsxt.resource(tier0.managerId(), NsxtStore.VRF_TIER0, tier0.nsxtId()))
                .orElseThrow(() -> ApiException.invalidReference("NSX-T manager " + tier0.managerId()
                        + " has no importable tier-0 router " + Lengths.shown(tier0.nsxtId()) + "."));
        return router.id();
    }
}

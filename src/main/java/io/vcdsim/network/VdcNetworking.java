package io.vcdsim.network;

import io.vcdsim.provider.NetworkPools;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkPoolStore;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;

import java.util.Optional;
import java.util.UUID;

/**
 * What backs an org VDC's networks: the network pool of its provider VDC. A VDC whose provider VDC draws on a GENEVE
 * pool (an NSX-T transport zone) is an NSX-T VDC; any other is NSX-V, the kind vcdsim's networks first resembled.
 * This is what the cloudapi's {@code networkProvider} capability tells, and what decides which VDCs may share a
 * VDC group.
 */
public record VdcNetworking(VdcRow vdc, String providerVdcName, NetworkPoolStore.Row pool, String scope) {
    public static final String NSX_T = "NSX_T";
    public static final String NSX_V = "NSX_V";

    public static VdcNetworking of(Tx tx, VdcRow vdc) {
        InventoryStore inventory = tx.store(InventoryStore::new);
        UUID providerVdcId = inventory.providerVdcOf(vdc.id());
        String providerVdcName = inventory.providerVdc(providerVdcId).map(InventoryStore.ProviderVdc::name)
                .orElse(null);
        NetworkPoolStore.Row pool = tx.store(NetworkPoolStore::new).ofProviderVdc(providerVdcId).orElse(null);
        // an NSX-T VDC's network provider scope is its NSX-T manager; an NSX-V one's, vcdsim's one vCenter's pool
        String scope = Optional.ofNullable(pool).map(p -> tx.store(NsxtStore::new).manager(p.ownerId())
                .map(NsxtStore.Manager::name).orElse(p.name())).orElse(null);
        return new VdcNetworking(vdc, providerVdcName, pool, scope);
    }

    /**
     * True for an NSX-T org VDC network: a routed one's edge is an NSX-T edge (it has an edge cluster); any other's
     * VDC is backed by NSX-T (a VDC group's networks, which have no VDC of their own, always are).
     */
    public static boolean nsxt(Tx tx, NetworkRow n) {
        if (n.edgeGatewayId() != null) {
            return tx.edges().edgeCluster(n.edgeGatewayId()).isPresent();
        }
        return n.vdcId() == null || tx.resources().vdc(n.vdcId()).map(v -> NSX_T.equals(of(tx, v).providerType()))
                .orElse(false);
    }

    public String providerType() {
        return pool != null && NetworkPools.GENEVE.equals(pool.poolType()) ? NSX_T : NSX_V;
    }

    public UUID poolId() {
        return pool == null ? null : pool.id();
    }
}

package io.vcdsim.network;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.provider.NetworkPools;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;

import java.util.Objects;
import java.util.UUID;

/**
 * What an imported org VDC network (the cloudapi's networkType OPAQUE) stands on, made outside vCD: an NSX-T segment
 * of the manager ({@code segmentId}) or a distributed port group of the vCenter ({@code portGroup}, its moref), one
 * of the two. Either backs one network at most, and leaves its importable list while it does.
 */
public record ImportedBacking(UUID segmentId, String portGroup) {

    public static ImportedBacking segment(UUID segmentId) {
        return new ImportedBacking(Objects.requireNonNull(segmentId), null);
    }

    public static ImportedBacking portGroup(String moref) {
        return new ImportedBacking(null, Objects.requireNonNull(moref));
    }

    /** Puts the new network {@code n} (in {@code vdc}, owned by the VDC group {@code groupId} if not null) on it. */
    void back(Tx tx, NetworkRow n, VdcRow vdc, UUID groupId) {
        if (!NetworkRow.ISOLATED.equals(n.fenceMode())) {
            throw ApiException.badRequest("Only an isolated (OPAQUE) network is imported.");
        }
        if (segmentId != null) {
            backOnSegment(tx, n);
        } else {
            backOnPortGroup(tx, n, vdc, groupId);
        }
    }

    /** An NSX-T segment that no other network stands on. */
    private void backOnSegment(Tx tx, NetworkRow n) {
        NsxtStore nsxt = tx.store(NsxtStore::new);
        if (nsxt.resource(segmentId).map(r -> nsxt.importableSegments(r.managerId()).stream()
                .noneMatch(f -> f.id().equals(segmentId))).orElse(true)) {
            throw ApiException.invalidReference("The segment is not an NSX-T segment free to import.");
        }
        nsxt.backNetwork(n.id(), segmentId);
    }

    /**
     * A distributed port group of the vCenter behind the VDC's provider VDC that nothing stands on (no external
     * network, imported network or network pool: the importable port group list), for a network of an NSX-T VDC
     * itself, as vCD imports them (not one of a VDC group).
     */
    private void backOnPortGroup(Tx tx, NetworkRow n, VdcRow vdc, UUID groupId) {
        if (groupId != null) {
            throw ApiException.badRequest("A network on a distributed port group belongs to a VDC, not to a VDC "
                    + "group.");
        }
        if (!VdcNetworking.NSX_T.equals(VdcNetworking.of(tx, vdc).providerType())) {
            throw ApiException.badRequest("VDC " + vdc.name() + " is not backed by NSX-T: only an NSX-T VDC imports "
                    + "a distributed port group.");
        }
        Provider.PortGroup pg = Provider.portGroup(portGroup).orElseThrow(() -> ApiException.invalidReference(
                "vCenter " + Provider.VCENTER + " has no port group " + Lengths.shown(portGroup) + "."));
        if (!Provider.DV_PORTGROUP.equals(pg.type())) {
            throw ApiException.badRequest("Port group " + pg.moref() + " (" + pg.name() + ") is a standard port "
                    + "group: only a distributed one (" + Provider.DV_PORTGROUP + ") is imported.");
        }
        InventoryStore inventory = tx.store(InventoryStore::new);
        UUID vcenter = inventory.providerVdc(inventory.providerVdcOf(vdc.id()))
                .map(InventoryStore.ProviderVdc::vcenterId).orElse(null);
        if (!Provider.VCENTER_ID.equals(vcenter)) {
            throw ApiException.invalidReference("Port group " + pg.moref() + " is not on the vCenter of VDC "
                    + vdc.name() + ".");
        }
        if (NetworkPools.importablePortGroups(tx, vcenter).stream().noneMatch(p -> p.moref().equals(pg.moref()))) {
            throw ApiException.badRequest("Port group " + pg.moref() + " (" + pg.name() + ") is in use: an external "
                    + "network, another imported network or a network pool stands on it.");
        }
        tx.networks().backOnPortGroup(n.id(), pg.moref());
    }
}

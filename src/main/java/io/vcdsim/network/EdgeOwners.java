package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcGroupStore;

import java.util.List;
import java.util.UUID;

/**
 * Who owns an NSX-T edge gateway: its VDC, or a VDC group that VDC is a member of (go-vcloud-director's
 * MoveToVdcOrVdcGroup, terraform's owner_id). The edge stays on its VDC's uplinks and addresses either way; the owner
 * is what its {@code ownerRef} names, and its routed networks move with it (vCD scopes them as their edge). Like an
 * allocation change, a move is made with its update task's start.
 */
public final class EdgeOwners {
    private EdgeOwners() {
    }

    /** The owner a request names: a VDC group, or else a VDC (which must be the edge's own: an edge stays in it). */
    public record Owner(UUID vdcGroupId, UUID vdcId) {
        public static Owner vdcGroup(UUID id) {
            return new Owner(id, null);
        }

        public static Owner vdc(UUID id) {
            return new Owner(null, id);
        }
    }

    /**
     * Moves the edge to {@code owner} (null: it stays), checked: its own VDC, or a group of the edge's org that has
     * the edge's VDC among its members.
     */
    static void move(Tx tx, EdgeGatewayRow e, Owner owner) {
        if (owner == null) {
            return;
        }
        if (tx.edges().edgeCluster(e.id()).isEmpty()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " is not an NSX-T edge gateway: only those "
                    + "move into a VDC group.");
        }
        UUID group = owner.vdcGroupId();
        if (group == null && !e.vdcId().equals(owner.vdcId())) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " stays in its VDC: ownerRef names that VDC "
                    + "or a VDC group it is a member of.");
        }
        if (group != null) {
            VdcGroupStore.Row g = tx.store(VdcGroupStore::new).find(group)
                    .filter(r -> r.orgId().equals(e.orgId()))
                    .orElseThrow(() -> ApiException.invalidReference("No VDC group with id " + group
                            + " is in the edge gateway's organization."));
            if (!g.members().contains(e.vdcId())) {
                throw ApiException.badRequest("Edge gateway " + e.name() + " can only move into a VDC group its VDC "
                        + "is a member of; " + g.name() + " is not one.");
            }
        }
        for (NetworkRow n : tx.networks().routedBy(e.id())) { // its routed networks are scoped as the edge is
            if (group == null) {
                List<UUID> others = tx.networks().vdcsUsing(n).stream().filter(v -> !v.equals(e.vdcId())).toList();
                List<String> users = NetworkService.nicUsers(tx, n, others);
                if (!users.isEmpty()) {
                    throw ApiException.badRequest("Edge gateway " + e.name() + " stays in its VDC group: VM(s) "
                            + String.join(", ", users) + " of other VDCs are on its network " + n.name() + ".");
                }
            }
            tx.networks().setVdcGroup(n.id(), group);
        }
        tx.edges().setVdcGroup(e.id(), group);
    }
}

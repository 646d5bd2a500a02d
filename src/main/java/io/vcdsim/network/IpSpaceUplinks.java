package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.IpSpaceStore;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.UUID;

import static io.vcdsim.network.IpSpaces.store;

/**
 * IP space uplinks (cloudapi {@code ipSpaceUplinks}): a PUBLIC or SHARED_SERVICES IP space linked to an external
 * network made with usingIpSpace, by system administrators; renamed and re-described, never relinked. An org whose
 * NSX-T edge gateway has an uplink on such a network is assigned its PUBLIC spaces ({@link #assignOnEdge}), as vCD
 * does.
 */
public final class IpSpaceUplinks {
    private final Database db;

    public IpSpaceUplinks(Database db) {
        this.db = db;
    }

    public List<IpSpaceStore.Uplink> list(Principal p) {
        p.requireSystemAdmin();
        return db.read(tx -> store(tx).uplinks());
    }

    public IpSpaceStore.Uplink get(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> store(tx).uplink(id)).orElseThrow(() -> missing(id));
    }

    public IpSpaceStore.Uplink create(Principal p, String name, String description, UUID networkId, UUID ipSpaceId) {
        p.requireSystemAdmin();
        checked(name, description);
        if (networkId == null || ipSpaceId == null) {
            throw ApiException.badRequest("An IP space uplink needs externalNetworkRef and ipSpaceRef, by id.");
        }
        return db.tx(tx -> {
            ExternalNetworkRow n = tx.networks().lockExternal(networkId).orElseThrow(() -> ApiException
                    .invalidReference("No external network " + Kind.EXTERNAL_NETWORK.urn(networkId) + "."));
            if (store(tx).usingIpSpace(n.id()).isEmpty()) {
                throw ApiException.badRequest("External network " + n.name() + " was not made with usingIpSpace: "
                        + "it takes no IP space uplinks.");
            }
            IpSpaceStore.Space s = store(tx).space(ipSpaceId).orElseThrow(() -> ApiException.invalidReference(
                    "No IP space " + Kind.IP_SPACE.urn(ipSpaceId) + "."));
            if ("PRIVATE".equals(s.type())) {
                throw ApiException.badRequest("IP space " + s.name() + " is PRIVATE: only PUBLIC and SHARED_SERVICES "
                        + "IP spaces are linked to an external network.");
            }
            if (store(tx).uplinksOn(n.id()).stream().anyMatch(u -> u.ipSpaceId().equals(s.id()))) {
                throw ApiException.duplicateName("IP space " + s.name() + " is already linked to external network "
                        + n.name() + ".");
            }
            IpSpaceStore.Uplink u = new IpSpaceStore.Uplink(UUID.randomUUID(), name, description, n.id(), s.id());
            store(tx).saveUplink(u);
            // orgs already on the network take the space too
            tx.edges().uplinksOn(n.id()).forEach(e -> tx.edges().find(e.gatewayId())
                    .ifPresent(edge -> assign(tx, s, edge.orgId())));
            return u;
        });
    }

    /** A new name and description; the network and the space stay (400 for a body naming others). */
    public IpSpaceStore.Uplink update(Principal p, UUID id, String name, String description, UUID networkId,
                                      UUID ipSpaceId) {
        p.requireSystemAdmin();
        checked(name, description);
        return db.tx(tx -> {
            IpSpaceStore.Uplink now = store(tx).uplink(id).orElseThrow(() -> missing(id));
            if ((networkId != null && !networkId.equals(now.networkId()))
                    || (ipSpaceId != null && !ipSpaceId.equals(now.ipSpaceId()))) {
                throw ApiException.badRequest("IP space uplink " + now.name() + " stays between its external network "
                        + "and IP space.");
            }
            IpSpaceStore.Uplink u = new IpSpaceStore.Uplink(id, name, description, now.networkId(), now.ipSpaceId());
            store(tx).saveUplink(u);
            return u;
        });
    }

    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        db.run(tx -> {
            store(tx).uplink(id).orElseThrow(() -> missing(id));
            store(tx).deleteUplink(id);
        });
    }

    /** The org of an NSX-T edge with an uplink on the network is assigned the network's PUBLIC IP spaces. */
    public static void assignOnEdge(Tx tx, UUID orgId, UUID networkId) {
        for (IpSpaceStore.Uplink u : store(tx).uplinksOn(networkId)) {
            store(tx).space(u.ipSpaceId()).ifPresent(s -> assign(tx, s, orgId));
        }
    }

    private static void assign(Tx tx, IpSpaceStore.Space s, UUID orgId) {
        if ("PUBLIC".equals(s.type())) {
            store(tx).assign(s.id(), orgId);
        }
    }

    /** A network made with usingIpSpace keeps no uplink to a space when it goes. */
    static void requireUnlinked(Tx tx, ExternalNetworkRow n) {
        if (!store(tx).uplinksOn(n.id()).isEmpty()) {
            throw ApiException.badRequest("External network " + n.name() + " cannot be deleted: IP space uplinks "
                    + "link it to IP spaces.");
        }
    }

    private static void checked(String name, String description) {
        Lengths.name(name, IpSpaceConfig.MAX_NAME, "IP space uplink");
        Lengths.atMost(description, NetworkService.MAX_DESCRIPTION, "Description");
    }

    private static ApiException missing(UUID id) {
        return ApiException.forbidden("No IP space uplink with id " + Kind.IP_SPACE_UPLINK.urn(id)
                + " is accessible.");
    }
}

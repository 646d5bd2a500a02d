package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.IpSpaceStore;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * NSX-T IP spaces (cloudapi {@code ipSpaces}), as go-vcloud-director's CreateIpSpace, GetIpSpaceById, Update and
 * Delete use them: system administrators make, change and delete them (a PRIVATE one for an org); an org's users
 * with the network view right read the PRIVATE spaces of their org and the spaces their org is assigned. A space
 * stays while an uplink links it to an external network; its type and org stay what they were made with, and its
 * ranges and prefixes keep what is allocated of them.
 */
public final class IpSpaces {
    private final Database db;
    private final TaskEngine engine;

    public IpSpaces(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
    }

    static IpSpaceStore store(Tx tx) {
        return tx.store(IpSpaceStore::new);
    }

    /** The space's configuration as stored. */
    public static IpSpaceConfig.Body config(IpSpaceStore.Space s) {
        return NsxtEdges.read(s.config(), IpSpaceConfig.Body.class);
    }

    /** The spaces a caller sees: every one for a system administrator listing all orgs, else those of {@code org}. */
    public List<IpSpaceStore.Space> list(Principal p, UUID org) {
        if (!p.isSystemAdmin()) {
            p.require(Right.NETWORK_VIEW);
        }
        return db.read(tx -> store(tx).spaces().stream().filter(s -> org == null || seenBy(tx, s, org)).toList());
    }

    /** A space the caller sees; 403 for one it does not, as for one that does not exist. */
    public IpSpaceStore.Space get(Principal p, UUID id) {
        return db.read(tx -> visible(tx, p, id));
    }

    static IpSpaceStore.Space visible(Tx tx, Principal p, UUID id) {
        IpSpaceStore.Space s = store(tx).space(id).filter(found -> p.isSystemAdmin() || seenBy(tx, found, p.orgId()))
                .orElseThrow(() -> missing(id));
        if (!p.isSystemAdmin()) {
            p.require(Right.NETWORK_VIEW);
        }
        return s;
    }

    /** An org sees its PRIVATE spaces and those it is assigned. */
    static boolean seenBy(Tx tx, IpSpaceStore.Space s, UUID org) {
        return org.equals(s.orgId()) || store(tx).assignments(s.id()).stream().anyMatch(a -> a.orgId().equals(org));
    }

    public IpSpaceStore.Space create(Principal p, IpSpaceConfig.Body body) {
        p.requireSystemAdmin();
        IpSpaceConfig.Body b = IpSpaceConfig.checked(body);
        return db.tx(tx -> {
            UUID org = owner(tx, b);
            requireUniqueName(tx, b.name, null);
            IpSpaceStore.Space s = new IpSpaceStore.Space(UUID.randomUUID(), b.name, b.type, org, write(b),
                    engine.now());
            store(tx).save(s);
            return s;
        });
    }

    public IpSpaceStore.Space update(Principal p, UUID id, IpSpaceConfig.Body body) {
        p.requireSystemAdmin();
        IpSpaceConfig.Body b = IpSpaceConfig.checked(body);
        return db.tx(tx -> {
            IpSpaceStore.Space now = store(tx).lockSpace(id).orElseThrow(() -> missing(id));
            if (!now.type().equals(b.type) || !Objects.equals(now.orgId(), owner(tx, b))) {
                throw ApiException.badRequest("IP space " + now.name() + " stays of type " + now.type()
                        + (now.orgId() == null ? "" : ", of its org") + ".");
            }
            requireUniqueName(tx, b.name, id);
            requireKeepsAllocations(tx, now, b);
            IpSpaceStore.Space s = new IpSpaceStore.Space(id, b.name, now.type(), now.orgId(), write(b),
                    now.created());
            store(tx).save(s);
            return s;
        });
    }

    /** Deletes the space, its org assignments and allocations; refused while an uplink links it. */
    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        db.run(tx -> {
            IpSpaceStore.Space s = store(tx).lockSpace(id).orElseThrow(() -> missing(id));
            List<IpSpaceStore.Uplink> uplinks = store(tx).uplinksOf(id);
            if (!uplinks.isEmpty()) {
                throw ApiException.badRequest("IP space " + s.name() + " is in use by IP space uplink(s) "
                        + String.join(", ", uplinks.stream().map(IpSpaceStore.Uplink::name).toList())
                        + ": delete them first.");
            }
            store(tx).deleteSpace(id);
        });
    }

    /** A PRIVATE space's org (orgRef, an existing tenant org); the others have none. */
    private static UUID owner(Tx tx, IpSpaceConfig.Body b) {
        String ref = b.orgRef == null || b.orgRef.id == null || b.orgRef.id.isBlank() ? null : b.orgRef.id;
        if (!"PRIVATE".equals(b.type)) {
            if (ref != null) {
                throw ApiException.badRequest("A " + b.type + " IP space belongs to no org: it has no orgRef.");
            }
            return null;
        }
        UUID org = Ids.fromAny(ref);
        OrgRow row = org == null ? null : tx.orgs().find(org).filter(o -> !o.system()).orElse(null);
        if (row == null) {
            throw ApiException.invalidReference("A PRIVATE IP space needs orgRef: an organization's id"
                    + (ref == null ? "" : ", not " + Lengths.shown(ref)) + ".");
        }
        return row.id();
    }

    private static void requireUniqueName(Tx tx, String name, UUID self) {
        if (store(tx).spaceNamed(name).filter(other -> !other.id().equals(self)).isPresent()) {
            throw ApiException.duplicateName("An IP space named " + name + " already exists.");
        }
    }

    /** Every value allocated from the space is still offered by the new configuration. */
    private static void requireKeepsAllocations(Tx tx, IpSpaceStore.Space s, IpSpaceConfig.Body b) {
        IpSpacePool pool = new IpSpacePool(b);
        for (IpSpaceStore.Allocation a : store(tx).allocations(s.id())) {
            try {
                pool.offered(a.type(), null, a.value());
            } catch (ApiException e) {
                throw ApiException.badRequest(a.type() + " " + a.value() + " is allocated from IP space " + s.name()
                        + ": its IP ranges and prefix sequences keep it.");
            }
        }
    }

    private static String write(IpSpaceConfig.Body b) {
        b.id = null;
        b.orgRef = null;
        return NsxtEdges.write(b);
    }

    static ApiException missing(UUID id) {
        return ApiException.forbidden("No IP space with id " + Kind.IP_SPACE.urn(id) + " is accessible.");
    }
}

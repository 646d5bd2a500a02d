package io.vcdsim.catalog;

import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.CatalogItemRow;
import io.vcdsim.store.Tx;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Catalogs other orgs read: one published to every org, or shared with an org by its access settings, is readable
 * there with what is in it (items, vApp templates and their VMs, media), read-only as vCD shares catalogs across
 * orgs: its templates are instantiated and its items copied from there, and every change (and enabling a
 * download) still takes the catalog's own org.
 */
public final class CatalogSharing {
    /** The rights a reader exercises on another org's shared catalog; any other needs the object's own org. */
    // an org administrator also reads a catalog shared with the org at its admin path (go-vcloud-director's
    // GetAdminCatalogById does, in the org it was shared with)
    private static final Set<Right> READS = EnumSet.of(Right.CATALOG_VIEW, Right.CATALOG_ITEM_VIEW, Right.ADMIN_VIEW);

    private CatalogSharing() {
    }

    /**
     * What a lookup found, if the caller holds {@code right} in its org, or reads it through a catalog shared with
     * its org ({@code catalogOf}: the catalog the object is in, if any); else the 403 of {@link Principal#require}.
     */
    public static <T> T require(Tx tx, Principal p, Right right, Optional<T> found, Function<T, UUID> orgOf,
                                Function<T, Optional<UUID>> catalogOf, String what, UUID id) {
        if (found.isPresent() && READS.contains(right) && !p.canSee(orgOf.apply(found.get()))
                && catalogOf.apply(found.get()).filter(c -> tx.resources().catalogReadableBy(c, p.orgId())).isPresent()) {
            p.require(right);
            return found.get();
        }
        return p.require(right, found, orgOf, what, id);
    }

    /** The catalog a vApp template or medium is an item of. */
    public static Optional<UUID> catalogOf(Tx tx, UUID entityId) {
        return tx.catalogItems().forEntity(entityId).map(CatalogItemRow::catalogId);
    }

    /** A vApp template (or medium) of {@code entityOrg} that {@code orgId} may use: its own, or in a catalog it reads. */
    public static boolean usableBy(Tx tx, UUID entityId, UUID entityOrg, UUID orgId) {
        return entityOrg.equals(orgId) || catalogOf(tx, entityId).filter(c -> tx.resources().catalogReadableBy(c,
                orgId)).isPresent();
    }
}

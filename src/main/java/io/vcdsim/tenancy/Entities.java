package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Kinds;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.ObjectStore;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Objects of any stored kind, found by kind and id for a caller who may see them: what a URN (the
 * entity resolver) or a metadata path names. Each kind's declaration says where it is stored and
 * which rights it needs.
 */
public final class Entities {
    private final Database db;

    public Entities(Database db) {
        this.db = db;
    }

    /**
     * The object with this id of the first of {@code kinds} that has one, if the caller holds that
     * kind's view right (its edit right for a {@code change}) in the object's org; a kind that declares
     * no such right is reserved to system administrators. A missing object is the 403 of a foreign one.
     */
    public ObjectStore.Found entity(Principal p, List<Kind> kinds, UUID id, String what, boolean change) {
        ObjectStore.Found found = Principal.found(db.read(tx -> kinds.stream().map(k -> tx.objects().find(k, id))
                .flatMap(Optional::stream).findFirst()), what, id);
        Right right = change ? found.kind().editRight() : found.kind().viewRight();
        if (right == null) {
            p.requireSystemAdmin();
        } else {
            p.require(right, found.orgId());
        }
        return found;
    }

    /** What {@code urn:vcloud:<type>:<id>} names, among the stored kinds of that URN type (two for "vm"). */
    public ObjectStore.Found byUrn(Principal p, String urn) {
        String[] parts = urn.split(":");
        UUID id = Ids.fromAny(urn);
        List<Kind> kinds = parts.length != 4 || id == null ? List.of()
                : Kinds.ofUrnType(parts[2]).stream().filter(k -> k.stored() != null).toList();
        if (kinds.isEmpty()) {
            throw ApiException.forbidden("No entity " + urn + " is accessible.");
        }
        return entity(p, kinds, id, "entity", false);
    }
}

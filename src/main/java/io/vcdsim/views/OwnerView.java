package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.Owner;
import io.vcdsim.model.Reference;
import io.vcdsim.model.Resource;
import io.vcdsim.store.Tx;

import java.util.UUID;

/** Who owns a vApp or a catalog: inside the object's representation, and as the document at its {@code .../owner}. */
public final class OwnerView {
    private OwnerView() {
    }

    /**
     * The Owner an object's representation carries, or null when it has none (its owner was deleted, or it is older
     * than owners): vCD's Owner always names a user, so vcdsim leaves the element out rather than show it empty.
     */
    public static Owner embedded(Tx tx, Viewer v, UUID ownerId) {
        if (ownerId == null) {
            return null;
        }
        Owner o = new Owner();
        o.type = MediaTypes.xml(MediaTypes.OWNER);
        o.user = user(tx, v, ownerId);
        return o;
    }

    /**
     * The document at {@code <objectHref>/owner}, linked up to the object (its {@code objectType} view); without a
     * User when the object has no owner.
     */
    public static Owner of(Tx tx, Viewer v, String objectHref, String objectType, UUID ownerId) {
        Owner o = new Owner();
        o.href = href(objectHref);
        o.type = MediaTypes.xml(MediaTypes.OWNER);
        o.link("up", objectHref, objectType);
        o.user = ownerId == null ? null : user(tx, v, ownerId);
        return o;
    }

    /** The link an object's representation gives to its owner document (pyvcloud finds it by rel and type). */
    public static void link(Resource r, String objectHref) {
        r.link("down", href(objectHref), MediaTypes.xml(MediaTypes.OWNER));
    }

    private static String href(String objectHref) {
        return objectHref + "/owner";
    }

    /** The user as vCD names an owner: href, name and type (no id). */
    private static Reference user(Tx tx, Viewer v, UUID userId) {
        Reference user = v.adminRef(Kind.USER, userId,
                tx.users().find(userId).map(u -> u.name()).orElse(""));
        user.id = null;
        return user;
    }
}

package io.vcdsim.core;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Who is calling, and the one place that decides what they may do: a right is needed, and outside
 * the System organization only objects of the caller's own organization are visible.
 */
public record Principal(UUID sessionId, UUID userId, String userName, UUID orgId, String orgName, boolean systemOrg,
                        UUID roleId, String roleName, Set<Right> rights) {

    public boolean has(Right right) {
        return rights.contains(right);
    }

    /** System administrators act on every organization. */
    public boolean isSystemAdmin() {
        return systemOrg && rights.contains(Right.ADMIN_CONTROL);
    }

    public boolean canSee(UUID objectOrgId) {
        return systemOrg || orgId.equals(objectOrgId);
    }

    /**
     * The one rule for "the X this caller may see, or fail": what a lookup found, if the caller holds
     * {@code right} in its organization. A missing object is the same 403 as a foreign one.
     */
    public <T> T require(Right right, Optional<T> found, Function<T, UUID> orgOf, String what, UUID id) {
        T object = found(found, what, id);
        require(right, orgOf.apply(object));
        return object;
    }

    /**
     * What a lookup found, or the 403 vCD gives for a missing object; for objects that no org owns
     * (reserved to system administrators) and objects whose kind decides the right needed.
     */
    public static <T> T found(Optional<T> found, String what, UUID id) {
        return found.orElseThrow(() -> ApiException.forbidden("No " + what + " with id " + id + " is accessible: it "
                + "does not exist or is not yours to see."));
    }

    /** The caller must hold {@code right} and, unless in the System org, own {@code objectOrgId}. */
    public void require(Right right, UUID objectOrgId) {
        if (!canSee(objectOrgId)) {
            // vCD does not reveal whether a foreign object exists: same answer as for a missing one.
            throw ApiException.forbidden("Access to the resource is forbidden: it does not exist or belongs to "
                    + "another organization.");
        }
        require(right);
    }

    public void require(Right right) {
        if (!rights.contains(right)) {
            throw ApiException.forbidden("Either you need the right [" + right.displayName
                    + "] to perform this operation or the target entity is invalid.");
        }
    }

    public void requireSystemAdmin() {
        if (!isSystemAdmin()) {
            throw ApiException.forbidden("This operation is reserved to system administrators.");
        }
    }
}

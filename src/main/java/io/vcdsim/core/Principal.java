package io.vcdsim.core;

import io.vcdsim.core.ApiException;

import java.util.Set;
import java.util.UUID;

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

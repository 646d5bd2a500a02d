package io.vcdsim.core;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The rights vcdsim checks, by vCloud Director's display names. Roles may hold any right of the
 * {@link RightsCatalog}; only these decide what a caller may do.
 */
public enum Right {
    ADMIN_VIEW("General: Administrator View"),
    ADMIN_CONTROL("General: Administrator Control"),
    ORG_VIEW("Organization: View"),
    ORG_EDIT("Organization: Edit Properties"),
    USER_VIEW("Group / User: View"),
    USER_MANAGE("Group / User: Create, Edit, Delete, or Import"),
    ROLE_VIEW("Role: View"),
    ROLE_MANAGE("Role: Create, Edit, Delete, or Copy"),
    VDC_VIEW("Organization vDC: View"),
    NETWORK_VIEW("Organization vDC Network: View Properties"),
    CATALOG_VIEW("Catalog: View Private and Shared Catalogs"),
    CATALOG_MANAGE("Catalog: Create / Delete a Catalog"),
    CATALOG_EDIT("Catalog: Edit Properties"),
    CATALOG_CHANGE_OWNER("Catalog: Change Owner"),
    CATALOG_ITEM_VIEW("Catalog Item: View vApp Templates / Media"),
    CATALOG_ITEM_MANAGE("Catalog Item: Create / Upload vApp Templates / Media"),
    VAPP_CREATE("vApp: Create / Reconfigure a vApp"),
    VAPP_EDIT("vApp: Edit Properties"),
    VAPP_CHANGE_OWNER("vApp: Change Owner"),
    DISK_CHANGE_OWNER("Organization vDC Named Disk: Change Owner"),
    VAPP_DELETE("vApp: Delete"),
    VAPP_POWER("vApp: Power Operations"),
    VAPP_CONSOLE("vApp: Use Console"),
    TASK_VIEW("Task: View Tasks"),
    TASK_UPDATE("Task: Update");

    public final String displayName;

    Right(String displayName) {
        this.displayName = displayName;
    }

    /** The id of this right in the {@link RightsCatalog}. */
    public UUID id() {
        return RightsCatalog.idOf(displayName);
    }

    public static Right byDisplayName(String name) {
        for (Right r : values()) {
            if (r.displayName.equals(name)) {
                return r;
            }
        }
        return null;
    }

    public static Set<Right> fromNames(Iterable<String> names) {
        EnumSet<Right> set = EnumSet.noneOf(Right.class);
        for (String n : names) {
            Right r = byDisplayName(n);
            if (r != null) {
                set.add(r);
            }
        }
        return set;
    }
}

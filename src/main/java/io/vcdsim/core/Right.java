package io.vcdsim.core;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The named rights roles are made of, with vCloud Director's display names. */
public enum Right {
    ADMIN_VIEW("General: Administrator View", "General"),
    ADMIN_CONTROL("General: Administrator Control", "General"),
    ORG_VIEW("Organization: View", "Organization"),
    ORG_EDIT("Organization: Edit Properties", "Organization"),
    USER_VIEW("Group / User: View", "Group / User"),
    USER_MANAGE("Group / User: Create, Edit, Delete, or Import", "Group / User"),
    ROLE_VIEW("Role: View", "Role"),
    ROLE_MANAGE("Role: Create, Edit, Delete, or Copy", "Role"),
    VDC_VIEW("Organization vDC: View", "Organization vDC"),
    NETWORK_VIEW("Organization vDC Network: View Properties", "Organization vDC Network"),
    CATALOG_VIEW("Catalog: View Private and Shared Catalogs", "Catalog"),
    CATALOG_MANAGE("Catalog: Create / Delete a Catalog", "Catalog"),
    CATALOG_EDIT("Catalog: Edit Properties", "Catalog"),
    CATALOG_ITEM_VIEW("Catalog Item: View vApp Templates / Media", "Catalog Item"),
    CATALOG_ITEM_MANAGE("Catalog Item: Create / Upload vApp Templates / Media", "Catalog Item"),
    VAPP_CREATE("vApp: Create / Reconfigure a vApp", "vApp"),
    VAPP_EDIT("vApp: Edit Properties", "vApp"),
    VAPP_DELETE("vApp: Delete", "vApp"),
    VAPP_POWER("vApp: Power Operations", "vApp"),
    VAPP_CONSOLE("vApp: Use Console", "vApp"),
    TASK_VIEW("Task: View Tasks", "Task"),
    TASK_UPDATE("Task: Update", "Task");

    public final String displayName;
    public final String category;

    Right(String displayName, String category) {
        this.displayName = displayName;
        this.category = category;
    }

    /** Rights have stable ids derived from their names, so hrefs survive restarts and match across cells. */
    public UUID id() {
        return UUID.nameUUIDFromBytes(("vcdsim-right:" + displayName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Right byId(UUID id) {
        for (Right r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
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

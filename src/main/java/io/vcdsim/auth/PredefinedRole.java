package io.vcdsim.auth;

import io.vcdsim.core.Right;

import java.util.EnumSet;
import java.util.Set;

import static io.vcdsim.core.Right.*;

/**
 * The roles vCloud Director predefines. The tenant roles are global roles published to every organization, as in
 * vCD 10 (so each org has a read-only role of each name, whose rights follow the global role's); the System org
 * has the System Administrator.
 */
public enum PredefinedRole {
    SYSTEM_ADMINISTRATOR("System Administrator", "Manages the cloud: every right in every organization.",
            EnumSet.allOf(Right.class)),
    ORGANIZATION_ADMINISTRATOR("Organization Administrator", "Manages users, catalogs, vApps and settings of "
            + "one organization.", EnumSet.complementOf(EnumSet.of(ADMIN_CONTROL))),
    CATALOG_AUTHOR("Catalog Author", "Creates and publishes catalogs and their items.",
            EnumSet.of(ORG_VIEW, USER_VIEW, VDC_VIEW, NETWORK_VIEW, CATALOG_VIEW, CATALOG_MANAGE, CATALOG_EDIT,
                    CATALOG_ITEM_VIEW, CATALOG_ITEM_MANAGE, VAPP_CREATE, VAPP_EDIT, VAPP_DELETE, VAPP_POWER, VAPP_CONSOLE,
                    TASK_VIEW)),
    VAPP_AUTHOR("vApp Author", "Creates and uses vApps from catalog items.",
            EnumSet.of(ORG_VIEW, USER_VIEW, VDC_VIEW, NETWORK_VIEW, CATALOG_VIEW, CATALOG_ITEM_VIEW, VAPP_CREATE,
                    VAPP_EDIT, VAPP_DELETE, VAPP_POWER, VAPP_CONSOLE, TASK_VIEW)),
    VAPP_USER("vApp User", "Uses existing vApps.",
            EnumSet.of(ORG_VIEW, VDC_VIEW, NETWORK_VIEW, CATALOG_VIEW, CATALOG_ITEM_VIEW, VAPP_EDIT, VAPP_POWER,
                    VAPP_CONSOLE, TASK_VIEW)),
    CONSOLE_ACCESS_ONLY("Console Access Only", "Sees vApps and opens their consoles.",
            EnumSet.of(ORG_VIEW, VDC_VIEW, VAPP_CONSOLE));

    public final String roleName;
    public final String description;
    public final Set<Right> rights;

    PredefinedRole(String roleName, String description, Set<Right> rights) {
        this.roleName = roleName;
        this.description = description;
        this.rights = rights;
    }

    /** The bundle key of the global role this tenant role is (vcdsim's own keys: vCD's are not documented). */
    public String bundleKey() {
        return "ROLE_" + name();
    }

    public static final Set<PredefinedRole> TENANT_ROLES = EnumSet.complementOf(EnumSet.of(SYSTEM_ADMINISTRATOR));
}

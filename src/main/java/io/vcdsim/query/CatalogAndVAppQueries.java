package io.vcdsim.query;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.Kind;
import io.vcdsim.store.ResourceStore;

import java.util.List;

import static io.vcdsim.query.QueryField.bool;
import static io.vcdsim.query.QueryField.date;
import static io.vcdsim.query.QueryField.href;
import static io.vcdsim.query.QueryField.integer;
import static io.vcdsim.query.QueryField.ref;
import static io.vcdsim.query.QueryField.string;

/** The typed queries of what catalogs hold (media, vApp templates, their items), and of vApps and their VMs. */
final class CatalogAndVAppQueries {
    /** A vApp's or VM's status column {@code %s} as query records write it. */
    static final String POWER_STATE = "CASE %s WHEN 4 THEN 'POWERED_ON' WHEN 8 THEN 'POWERED_OFF' WHEN 3 THEN "
            + "'SUSPENDED' WHEN 0 THEN 'UNRESOLVED' WHEN 1 THEN 'RESOLVED' WHEN 5 THEN 'WAITING_FOR_INPUT' WHEN 10 THEN "
            + "'MIXED' ELSE 'UNKNOWN' END";

    private CatalogAndVAppQueries() {
    }

    /** A template or medium (its id column) in another org's catalog that is shared with the caller's org ({@code ?}). */
    private static String inSharedCatalog(String entityId) {
        return "EXISTS (SELECT 1 FROM catalog_item ci JOIN catalog c ON c.id = ci.catalog_id WHERE ci.entity_id = "
                + entityId + " AND " + ResourceStore.SHARED_CATALOG + ")";
    }

    static void addTo(List<QueryType> types) {
        // What catalogs hold, and vApps with their VMs (issue 6's objects).
        String latestTask = "(SELECT tk.%s FROM task tk WHERE tk.owner_id = %s ORDER BY tk.created DESC "
                + "FETCH FIRST 1 ROWS ONLY)";
        List<QueryField> catalogItem = List.of(string("name", "i.name"), string("description", "i.description"),
                ref("catalog", "i.catalog_id", Kind.CATALOG), string("catalogName", "c.name"),
                // as vCD names them (go-vcloud-director compares with "vappTemplate")
                string("entityType", "CASE i.entity_kind WHEN 'media' THEN 'media' ELSE 'vappTemplate' END"),
                string("entityName", "COALESCE(m.name, t.name)"),
                href("entity", "CASE i.entity_kind WHEN 'media' THEN '" + Kind.MEDIA.pathPrefix()
                        + "' || CAST(i.entity_id AS VARCHAR) ELSE '" + Kind.VAPP_TEMPLATE.pathPrefix()
                        + "' || CAST(i.entity_id AS VARCHAR) END"),
                ref("org", "i.org_id", Kind.ORG), date("creationDate", "i.created"),
                string("status", "CASE WHEN COALESCE(m.status, t.status, 1) IN (1, 8) THEN 'RESOLVED' "
                        + "ELSE 'UNRESOLVED' END"),
                // go-vcloud-director's Vdc.QueryCatalogItemList filters by vdc
                ref("vdc", "COALESCE(m.vdc_id, t.vdc_id)", Kind.VDC),
                string("vdcName", "(SELECT v.name FROM vdc v WHERE v.id = COALESCE(m.vdc_id, t.vdc_id))"),
                bool("isVdcEnabled", "COALESCE((SELECT v.enabled FROM vdc v "
                        + "WHERE v.id = COALESCE(m.vdc_id, t.vdc_id)), FALSE)"),
                bool("isPublished", "c.published"), bool("isExpired", "FALSE"),
                // the entity's owner: go-vcloud-director's filter engine asks for these fields
                ref("owner", "COALESCE(m.owner_id, t.owner_id)", Kind.USER),
                string("ownerName", "(SELECT u.name FROM app_user u WHERE u.id = COALESCE(m.owner_id, t.owner_id))"));
        String itemFrom = "catalog_item i JOIN catalog c ON c.id = i.catalog_id LEFT JOIN media m ON m.id = i.entity_id "
                + "LEFT JOIN vapp_template t ON t.id = i.entity_id";
        types.add(QueryType.of(Kind.CATALOG_ITEM, "CatalogItemRecord", "CatalogItemReference").from(itemFrom)
                .id("i.id").ownedBy("i.org_id").alsoShared(ResourceStore.SHARED_CATALOG).fields(catalogItem).build());
        types.add(QueryType.adminOf(Kind.CATALOG_ITEM, "AdminCatalogItemRecord", "CatalogItemReference").from(itemFrom)
                .id("i.id").ownedBy("i.org_id").fields(catalogItem).build());

        List<QueryField> mediaFields = List.of(string("name", "m.name"), string("imageType", "m.image_type"),
                integer("storageB", "m.size"), ref("org", "m.org_id", Kind.ORG),
                ref("vdc", "m.vdc_id", Kind.VDC), date("creationDate", "m.created"),
                string("status", "CASE m.status WHEN 1 THEN 'RESOLVED' ELSE 'UNRESOLVED' END"),
                string("catalogName", "(SELECT c.name FROM catalog_item i JOIN catalog c ON c.id = i.catalog_id "
                        + "WHERE i.entity_id = m.id)"),
                // Catalog.QueryMediaList filters by it
                ref("catalog", "(SELECT i.catalog_id FROM catalog_item i WHERE i.entity_id = m.id)", Kind.CATALOG),
                ref("catalogItem", "(SELECT i.id FROM catalog_item i WHERE i.entity_id = m.id)", Kind.CATALOG_ITEM),
                // what pyvcloud's and vcd-cli's media listings read
                bool("isIso", "(m.image_type = 'iso')"), string("vdcName", "(SELECT v.name FROM vdc v WHERE v.id = m.vdc_id)"),
                bool("isPublished", "COALESCE((SELECT c.published FROM catalog_item i JOIN catalog c ON c.id = i.catalog_id "
                        + "WHERE i.entity_id = m.id), FALSE)"),
                string("storageProfileName", "'" + Provider.STORAGE_PROFILE + "'"), bool("isBusy", "(m.status = 0)"),
                ref("owner", "m.owner_id", Kind.USER),
                string("ownerName", "(SELECT u.name FROM app_user u WHERE u.id = m.owner_id)"),
                bool("isInCatalog", "EXISTS (SELECT 1 FROM catalog_item i WHERE i.entity_id = m.id)"),
                bool("isVdcEnabled", "COALESCE((SELECT v.enabled FROM vdc v WHERE v.id = m.vdc_id), FALSE)"),
                // the medium's latest task (its upload, mostly), as go-vcloud-director's media filters ask for it
                ref("task", latestTask.formatted("id", "m.id"), Kind.TASK),
                string("taskStatusName", latestTask.formatted("operation_name", "m.id")),
                string("taskStatus", latestTask.formatted("status", "m.id")),
                string("taskDetails", latestTask.formatted("details", "m.id")));
        types.add(QueryType.of(Kind.MEDIA, "MediaRecord", "MediaReference").from("media m")
                .id("m.id").ownedBy("m.org_id").alsoShared(inSharedCatalog("m.id")).fields(mediaFields).build());
        types.add(QueryType.adminOf(Kind.MEDIA, "AdminMediaRecord", "MediaReference").from("media m")
                .id("m.id").ownedBy("m.org_id").fields(mediaFields).build());

        List<QueryField> templateFields = List.of(string("name", "t.name"), string("description", "t.description"),
                ref("org", "t.org_id", Kind.ORG), ref("vdc", "t.vdc_id", Kind.VDC),
                date("creationDate", "t.created"), bool("isGoldMaster", "FALSE"),
                string("status", "CASE t.status WHEN 8 THEN 'RESOLVED' ELSE 'UNRESOLVED' END"),
                integer("numberOfVMs", "(SELECT COUNT(*) FROM vm WHERE vm.parent_id = t.id)"),
                string("catalogName", "(SELECT c.name FROM catalog_item i JOIN catalog c ON c.id = i.catalog_id "
                        + "WHERE i.entity_id = t.id)"),
                // go-vcloud-director's QueryVappTemplateList filters by vdcName; pyvcloud reads the rest
                string("vdcName", "(SELECT v.name FROM vdc v WHERE v.id = t.vdc_id)"),
                ref("catalog", "(SELECT i.catalog_id FROM catalog_item i WHERE i.entity_id = t.id)", Kind.CATALOG),
                ref("catalogItem", "(SELECT i.id FROM catalog_item i WHERE i.entity_id = t.id)", Kind.CATALOG_ITEM),
                bool("isPublished", "COALESCE((SELECT c.published FROM catalog_item i JOIN catalog c ON c.id = i.catalog_id "
                        + "WHERE i.entity_id = t.id), FALSE)"),
                bool("isEnabled", "TRUE"), bool("isExpired", "FALSE"), bool("isDeployed", "FALSE"),
                bool("isBusy", "(t.status = 0)"), string("storageProfileName", "'" + Provider.STORAGE_PROFILE + "'"),
                ref("owner", "t.owner_id", Kind.USER),
                string("ownerName", "(SELECT u.name FROM app_user u WHERE u.id = t.owner_id)"));
        types.add(QueryType.of(Kind.VAPP_TEMPLATE, "VAppTemplateRecord", "VAppTemplateReference").from("vapp_template t")
                .id("t.id").ownedBy("t.org_id").alsoShared(inSharedCatalog("t.id")).fields(templateFields).build());
        types.add(QueryType.adminOf(Kind.VAPP_TEMPLATE, "AdminVAppTemplateRecord", "VAppTemplateReference")
                .from("vapp_template t").id("t.id").ownedBy("t.org_id").fields(templateFields).build());

        List<QueryField> vapp = new java.util.ArrayList<>(List.of(string("name", "a.name"), string("description", "a.description"),
                ref("vdc", "a.vdc_id", Kind.VDC), string("vdcName", "v.name"),
                ref("org", "a.org_id", Kind.ORG), string("status", POWER_STATE.formatted("a.status")),
                bool("isDeployed", "a.deployed"), date("creationDate", "a.created"),
                integer("numberOfVMs", "(SELECT COUNT(*) FROM vm WHERE vm.parent_id = a.id)"),
                bool("isBusy", "EXISTS (SELECT 1 FROM busy_entity b WHERE b.entity_id = a.id)"),
                // pyvcloud finds a user's vApps by ownerName==<name>
                string("ownerName", "u.name")));
        vapp.addAll(VmAndVAppRecordFields.VAPP);
        String vappFrom = "vapp a JOIN vdc v ON v.id = a.vdc_id LEFT JOIN app_user u ON u.id = a.owner_id";
        types.add(QueryType.of(Kind.VAPP, "VAppRecord", "VAppReference").from(vappFrom)
                .id("a.id").ownedBy("a.org_id").fields(vapp).build());
        types.add(QueryType.adminOf(Kind.VAPP, "AdminVAppRecord", "VAppReference").from(vappFrom)
                .id("a.id").ownedBy("a.org_id").fields(vapp).build());
        // vApps and the org VDC networks they are connected to (bridged or routed to), one record per connection
        types.add(QueryType.relation("vAppOrgVdcNetworkRelation", "VAppOrgVdcNetworkRelationRecord",
                        "VAppOrgVdcNetworkRelationReference", Kind.VAPP)
                .from("vapp_network vn JOIN vapp a ON a.id = vn.vapp_id JOIN org_network n ON n.id = vn.parent_network_id "
                        + "LEFT JOIN app_user u ON u.id = a.owner_id")
                .id("a.id").tieBreak("vn.id").ownedBy("a.org_id").administratorsOnly()
                .fields(List.of(string("name", "a.name"), string("entityType", "'vApp'"), ref("org", "a.org_id", Kind.ORG),
                        ref("orgVdcNetwork", "n.id", Kind.NETWORK), string("orgVdcNetworkName", "n.name"),
                        string("status", POWER_STATE.formatted("a.status")), string("ownerName", "u.name")))
                .build());
        // vApps' VMs and vApp templates' (isVAppTemplate), each under its container's path, as vCD lists them:
        // go-vcloud-director's QueryVmInVAppTemplateByHref finds a template's VM by container and name, and
        // terraform's vcd_vapp_vm (vm_name_in_template) reads the record's href
        List<QueryField> vm = new java.util.ArrayList<>(List.of(string("name", "m.name"),
                QueryField.refOfKind("container", "m.parent_id", "CASE WHEN t.id IS NULL THEN '" + Kind.VAPP.name
                        + "' ELSE '" + Kind.VAPP_TEMPLATE.name + "' END"),
                string("containerName", "COALESCE(a.name, t.name)"), ref("vdc", "v.id", Kind.VDC),
                ref("org", "m.org_id", Kind.ORG), string("status", POWER_STATE.formatted("m.status")),
                bool("isDeployed", "m.deployed"), string("guestOs", "m.os_type"), integer("numberOfCpus", "m.cpus"),
                integer("memoryMB", "m.memory_mb"), bool("isVAppTemplate", "(t.id IS NOT NULL)"),
                date("creationDate", "m.created")));
        vm.addAll(VmAndVAppRecordFields.VM);
        String vmFrom = "vm m LEFT JOIN vapp a ON a.id = m.parent_id LEFT JOIN vapp_template t ON t.id = m.parent_id "
                + "LEFT JOIN vdc v ON v.id = COALESCE(a.vdc_id, t.vdc_id)";
        String vmKind = "CASE WHEN t.id IS NULL THEN '" + Kind.VM.name + "' ELSE '" + Kind.TEMPLATE_VM.name + "' END";
        // what vCenter calls the VM, for system administrators (go-vcloud-director's QueryVM reads it); a tenant may
        // ask for it (go-vcloud-director does) and is not told
        List<QueryField> adminVm = new java.util.ArrayList<>(vm);
        adminVm.add(string("moref", io.vcdsim.store.VimObjectStore.VM_MOREF_SQL.formatted("m.id")));
        vm.add(string("moref", "NULL"));
        types.add(QueryType.of(Kind.VM, "VMRecord", "VMReference").from(vmFrom)
                .id("m.id").ownedBy("m.org_id").kindPerRow(vmKind).fields(vm).build());
        types.add(QueryType.adminOf(Kind.VM, "AdminVMRecord", "VMReference").from(vmFrom)
                .id("m.id").ownedBy("m.org_id").kindPerRow(vmKind).fields(adminVm).build());

    }
}

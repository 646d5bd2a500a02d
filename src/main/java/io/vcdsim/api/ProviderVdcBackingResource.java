package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.ProviderInventory;
import io.vcdsim.model.QueryResult;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VimObjectRef;
import io.vcdsim.provider.ProviderVdcBacking;
import io.vcdsim.provider.ProviderVdcs;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.views.ProviderVdcView;
import io.vcdsim.views.ProviderView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a provider VDC stands on, for system administrators: its resource pool set ({@code resourcePools},
 * {@code action/updateResourcePools}) and storage profiles ({@code availableStorageProfiles},
 * {@code storageProfiles}); a pool at {@code /api/admin/extension/resourcePool/{id}} (enable, disable, {@code vmList},
 * {@code action/migrateVms}); a storage profile ({@code /api/admin/pvdcStorageProfile/{id}}, and its enabled flag at
 * the extension's).
 */
public final class ProviderVdcBackingResource implements Routes {
    private static final String PVDC = "/api/admin/extension/providervdc/{id}";
    private static final String POOL = "/api/admin/extension/resourcePool/{id}";
    private final Database db;
    private final ProviderVdcs pvdcs;
    private final ProviderVdcBacking backing;
    private final QueryService queries;
    private final TaskViews tasks;

    public ProviderVdcBackingResource(Database db, ProviderVdcs pvdcs, ProviderVdcBacking backing,
                                      QueryService queries, TaskViews tasks) {
        this.db = db;
        this.pvdcs = pvdcs;
        this.backing = backing;
        this.queries = queries;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get(PVDC + "/resourcePools", x -> {
            UUID id = pvdc(x).id();
            return Reply.ok(db.read(tx -> ProviderVdcView.resourcePools(tx, Hrefs.viewer(x), id)),
                    MediaTypes.PVDC_RESOURCE_POOL_SET);
        });
        r.post(PVDC + "/action/updateResourcePools", x -> {
            InventoryStore.ProviderVdc pvdc = pvdc(x);
            return tasks.accepted(x, backing.updatePools(pvdc, poolChanges(x, pvdc.vcenterId()),
                    TaskResource.caller(x.principal())));
        });
        r.get(PVDC + "/availableStorageProfiles", x -> {
            InventoryStore.ProviderVdc pvdc = pvdc(x);
            return Reply.ok(db.read(tx -> ProviderVdcView.availableProfiles(tx, Hrefs.viewer(x), pvdc)),
                    MediaTypes.VMW_STORAGE_PROFILES);
        });
        // the link's path, the Programming Guide 5.1's action path and its 5.5 admin path: one request
        for (String path : List.of(PVDC + "/storageProfiles", PVDC + "/action/updateStorageProfiles",
                "/api/admin/providervdc/{id}/storageProfiles")) {
            r.post(path, x -> {
                InventoryStore.ProviderVdc pvdc = pvdc(x);
                return tasks.accepted(x, backing.updateProfiles(pvdc, profileChanges(x),
                        TaskResource.caller(x.principal())));
            });
        }
        r.get(POOL, x -> {
            InventoryStore.PvdcPool pool = pool(x);
            return Reply.ok(db.read(tx -> ProviderVdcView.resourcePool(tx, Hrefs.viewer(x), pool)),
                    MediaTypes.PVDC_RESOURCE_POOL);
        });
        r.post(POOL + "/action/enable", x -> {
            backing.enable(pool(x), true);
            return Reply.noContent();
        });
        r.post(POOL + "/action/disable", x -> {
            backing.enable(pool(x), false);
            return Reply.noContent();
        });
        r.get(POOL + "/vmList", this::vmList);
        r.post(POOL + "/action/migrateVms", x -> {
            InventoryStore.PvdcPool from = pool(x);
            return tasks.accepted(x, backing.migrate(from, migration(x, from.pool().vcenterId()),
                    TaskResource.caller(x.principal())));
        });
        r.get("/api/admin/pvdcStorageProfile/{id}", x -> Reply.ok(
                ProviderView.storageProfile(Hrefs.viewer(x), backing.profile(x.principal(), Hrefs.id(x, "id"))),
                MediaTypes.PVDC_STORAGE_PROFILE));
        r.get("/api/admin/extension/pvdcStorageProfile/{id}", x -> Reply.ok(
                ProviderVdcView.storageProfile(Hrefs.viewer(x), backing.profile(x.principal(), Hrefs.id(x, "id"))),
                MediaTypes.VMW_PVDC_STORAGE_PROFILE));
        r.put("/api/admin/extension/pvdcStorageProfile/{id}", x -> Reply.ok(ProviderVdcView.storageProfile(
                Hrefs.viewer(x), enable(x, "VMWProviderVdcStorageProfile", MediaTypes.VMW_PVDC_STORAGE_PROFILE)),
                MediaTypes.VMW_PVDC_STORAGE_PROFILE));
        // go-vcloud-director's ProviderVdcExtended.DisableStorageProfile PUTs {"enabled":false} here, in JSON
        r.put("/api/admin/pvdcStorageProfile/{id}", x -> Reply.ok(ProviderView.storageProfile(Hrefs.viewer(x),
                enable(x, "ProviderVdcStorageProfile", MediaTypes.PVDC_STORAGE_PROFILE)),
                MediaTypes.PVDC_STORAGE_PROFILE));
    }

    /** A provider VDC storage profile enabled or disabled as the body's Enabled says (which it must). */
    private InventoryStore.PvdcProfile enable(Exchange x, String root, String mediaType) {
        InventoryStore.PvdcProfile profile = backing.profile(x.principal(), Hrefs.id(x, "id"));
        ProviderInventory.VmwStorageProfile in = x.read(ProviderInventory.VmwStorageProfile.class, root, mediaType);
        if (in.enabled == null) {
            throw ApiException.badRequest("A " + root + " needs Enabled.");
        }
        return backing.enable(profile, in.enabled);
    }

    private InventoryStore.ProviderVdc pvdc(Exchange x) {
        return pvdcs.providerVdc(x.principal(), Hrefs.id(x, "id"));
    }

    private InventoryStore.PvdcPool pool(Exchange x) {
        return backing.pool(x.principal(), Hrefs.id(x, "id"));
    }

    /** The pool's VMs as resourcePoolVmList records; the caller's filter and paging are the query service's. */
    private Reply vmList(Exchange x) {
        InventoryStore.PvdcPool pool = pool(x);
        QueryService.Request req = new QueryService.Request("resourcePoolVmList", x.queryParam("format"),
                "resourcePool==" + Kind.RESOURCE_POOL.urn(pool.id()), false, x.queryParam("sortAsc"),
                x.queryParam("sortDesc"), null, null, null);
        QueryResult result = queries.run(x.principal(), req, x.baseUrl());
        return Reply.ok(result, result.type.substring(0, result.type.length() - "+xml".length()));
    }

    private static ProviderVdcBacking.PoolChanges poolChanges(Exchange x, UUID vcenter) {
        ProviderInventory.UpdateResourcePoolSetParams in = x.read(ProviderInventory.UpdateResourcePoolSetParams.class,
                "UpdateResourcePoolSetParams", MediaTypes.RESOURCE_POOL_SET_UPDATE_PARAMS);
        List<String> add = new ArrayList<>();
        for (VimObjectRef item : Bodies.list(in.addItem, "AddItem")) {
            if (item.moRef == null || item.moRef.isBlank()) {
                throw ApiException.badRequest("An AddItem needs the MoRef of a resource pool.");
            }
            if (item.vimObjectType != null && !"RESOURCE_POOL".equals(item.vimObjectType)) {
                throw ApiException.badRequest("An AddItem's VimObjectType is RESOURCE_POOL, not '"
                        + item.vimObjectType + "'.");
            }
            vCenter(item.vimServerRef, vcenter);
            add.add(item.moRef.trim());
        }
        return new ProviderVdcBacking.PoolChanges(add, Bodies.ids(in.deleteItem, "DeleteItem", "a resource pool"));
    }

    private static ProviderVdcBacking.ProfileChanges profileChanges(Exchange x) {
        ProviderInventory.UpdateStorageProfiles in = x.read(ProviderInventory.UpdateStorageProfiles.class,
                "UpdateProviderVdcStorageProfiles", MediaTypes.UPDATE_PVDC_STORAGE_PROFILES);
        List<String> add = new ArrayList<>();
        for (String name : Bodies.list(in.addStorageProfile, "AddStorageProfile")) {
            if (name.isBlank()) {
                throw ApiException.badRequest("An AddStorageProfile names a storage profile of the vCenter.");
            }
            add.add(name.trim());
        }
        return new ProviderVdcBacking.ProfileChanges(add, Bodies.ids(in.removeStorageProfile, "RemoveStorageProfile",
                "a provider VDC storage profile"));
    }

    private static ProviderVdcBacking.Migration migration(Exchange x, UUID vcenter) {
        ProviderInventory.MigrateParams in = x.read(ProviderInventory.MigrateParams.class, "MigrateParams",
                MediaTypes.MIGRATE_VMS_PARAMS);
        List<UUID> vms = Bodies.ids(in.vmRef, "VmRef", "a VM");
        String target = null;
        if (in.resourcePoolRef != null) {
            if (in.resourcePoolRef.moRef == null || in.resourcePoolRef.moRef.isBlank()) {
                throw ApiException.badRequest("A ResourcePoolRef needs the MoRef of a resource pool.");
            }
            vCenter(in.resourcePoolRef.vimServerRef, vcenter);
            target = in.resourcePoolRef.moRef.trim();
        }
        return new ProviderVdcBacking.Migration(vms, target);
    }

    /** A VimServerRef, when given, names the vCenter the provider VDC stands on. */
    private static void vCenter(Reference ref, UUID vcenter) {
        if (ref != null && ref.href != null && !vcenter.equals(Ids.fromAny(ref.href))) {
            throw ApiException.invalidReference("The resource pool's VimServerRef " + ref.href
                    + " is not the vCenter server of the provider VDC.");
        }
    }
}

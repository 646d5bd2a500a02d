package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.ProviderInventory;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VimObjectRef;
import io.vcdsim.provider.ProviderVdcs;
import io.vcdsim.store.Database;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.views.ProviderVdcView;
import io.vcdsim.views.ProviderView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Provider VDCs, for system administrators: made at {@code /api/admin/extension/providervdcsparams}, read at
 * {@code /api/admin/providervdc/{id}} and as the extension's VMWProviderVdc, renamed (PUT) and deleted (DELETE) there,
 * enabled and disabled at either path.
 */
public final class ProviderVdcResource implements Routes {
    private static final String ADMIN = "/api/admin/providervdc/{id}";
    private static final String EXTENSION = "/api/admin/extension/providervdc/{id}";
    private final Database db;
    private final ProviderVdcs pvdcs;
    private final TaskViews tasks;

    public ProviderVdcResource(Database db, ProviderVdcs pvdcs, TaskViews tasks) {
        this.db = db;
        this.pvdcs = pvdcs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get(ADMIN, x -> {
            InventoryStore.ProviderVdc pvdc = pvdc(x);
            return Reply.ok(db.read(tx -> ProviderView.providerVdc(tx, Hrefs.viewer(x), pvdc)),
                    MediaTypes.PROVIDER_VDC);
        });
        r.get(EXTENSION, x -> Reply.ok(extension(x, pvdc(x)), MediaTypes.VMW_PROVIDER_VDC));
        r.post("/api/admin/extension/providervdcsparams", this::create);
        // vCD answers the provider VDC, the update's task inside (go-vcloud-director waits for its tasks)
        r.put(EXTENSION, x -> {
            InventoryStore.ProviderVdc pvdc = pvdc(x);
            ProviderInventory.VmwProviderVdc in = x.read(ProviderInventory.VmwProviderVdc.class, "VMWProviderVdc",
                    MediaTypes.VMW_PROVIDER_VDC);
            pvdcs.update(pvdc, in.name != null ? in.name : pvdc.name(), in.description,
                    TaskResource.caller(x.principal()));
            return Reply.ok(extension(x, pvdc), MediaTypes.VMW_PROVIDER_VDC);
        });
        r.post(EXTENSION + "/action/merge", x -> {
            InventoryStore.ProviderVdc target = pvdc(x);
            ProviderInventory.MergeParams in = x.read(ProviderInventory.MergeParams.class, "ProviderVdcMergeParams",
                    MediaTypes.PROVIDER_VDC_MERGE_PARAMS);
            return tasks.accepted(x, pvdcs.merge(target, Bodies.ids(in.providerVdcReference, "ProviderVdcReference",
                    "a provider VDC"), TaskResource.caller(x.principal())));
        });
        r.delete(EXTENSION, x -> tasks.accepted(x, pvdcs.delete(pvdc(x), TaskResource.caller(x.principal()))));
        for (String path : List.of(ADMIN, EXTENSION)) {
            r.post(path + "/action/enable", x -> {
                pvdcs.enable(pvdc(x), true);
                return Reply.noContent();
            });
            r.post(path + "/action/disable", x -> {
                pvdcs.enable(pvdc(x), false);
                return Reply.noContent();
            });
        }
    }

    private InventoryStore.ProviderVdc pvdc(Exchange x) {
        return pvdcs.providerVdc(x.principal(), Hrefs.id(x, "id"));
    }

    private ProviderInventory.VmwProviderVdc extension(Exchange x, InventoryStore.ProviderVdc pvdc) {
        return db.read(tx -> ProviderVdcView.extension(tx, Hrefs.viewer(x), pvdc));
    }

    /** The id a reference names by id or href; none for no reference (a malformed one is a 400). */
    private static UUID referenced(Reference ref) {
        if (ref == null || (ref.id == null && ref.href == null)) {
            return null;
        }
        UUID id = Ids.fromAny(ref.id != null && !ref.id.isBlank() ? ref.id : ref.href);
        if (id == null) {
            throw ApiException.badRequest("A reference names its object by id or href.");
        }
        return id;
    }

    /** 201 with the new VMWProviderVdc, its creation task inside. */
    private Reply create(Exchange x) {
        x.principal().requireSystemAdmin();
        ProviderInventory.ProviderVdcParams in = x.read(ProviderInventory.ProviderVdcParams.class,
                "VMWProviderVdcParams", MediaTypes.CREATE_PROVIDER_VDC_PARAMS);
        List<Reference> servers = Bodies.list(in.vimServer, "VimServer");
        UUID vc = servers.size() == 1 ? Ids.fromAny(servers.get(0).href) : null;
        if (vc == null) {
            throw ApiException.badRequest("VMWProviderVdcParams needs one VimServer, by href.");
        }
        List<String> pools = new ArrayList<>();
        for (VimObjectRef ref : Bodies.list(in.resourcePoolRefs == null ? null
                : in.resourcePoolRefs.vimObjectRef, "ResourcePoolRefs")) {
            if (ref.moRef == null || ref.moRef.isBlank()) {
                throw ApiException.badRequest("A ResourcePoolRefs VimObjectRef needs the MoRef of a resource pool.");
            }
            if (ref.vimServerRef != null && ref.vimServerRef.href != null
                    && !vc.equals(Ids.fromAny(ref.vimServerRef.href))) {
                throw ApiException.badRequest("A provider VDC's resource pools come from its VimServer.");
            }
            pools.add(ref.moRef.trim());
        }
        List<String> profiles = new ArrayList<>();
        for (String name : Bodies.list(in.storageProfile, "StorageProfile")) {
            if (name.isBlank()) {
                throw ApiException.badRequest("A StorageProfile names a storage profile of the vCenter server.");
            }
            profiles.add(name.trim());
        }
        ProviderVdcs.Created made = pvdcs.create(new ProviderVdcs.Creation(in.name, in.description, vc, pools, profiles,
                in.highestSupportedHardwareVersion, !Boolean.FALSE.equals(in.isEnabled), referenced(in.nsxTManagerReference),
                referenced(in.networkPool)),
                TaskResource.caller(x.principal()));
        ProviderInventory.VmwProviderVdc view = extension(x, made.providerVdc());
        return tasks.created(x, view, MediaTypes.VMW_PROVIDER_VDC, view.href, List.of(made.task()));
    }
}

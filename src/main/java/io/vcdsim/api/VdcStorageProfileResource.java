package io.vcdsim.api;

import io.vcdsim.compute.VdcStorageProfiles;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminVdcStorageProfile;
import io.vcdsim.model.UpdateVdcStorageProfiles;
import io.vcdsim.store.Database;
import io.vcdsim.store.VdcStorageProfileStore;
import io.vcdsim.views.VdcView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A VDC's storage profiles: each one's user view, and its admin view, which a system administrator PUTs to change its
 * limit, enable or disable it or make it the default (go-vcloud-director's AdminVdc.UpdateStorageProfile and
 * SetDefaultStorageProfile, terraform's vcd_org_vdc); and the VDC's {@code vdcStorageProfiles}, where an
 * UpdateVdcStorageProfiles adds and removes them in a task (AddStorageProfile, RemoveStorageProfile).
 */
public final class VdcStorageProfileResource implements Routes {
    private final Database db;
    private final VdcStorageProfiles profiles;
    private final TaskViews tasks;

    public VdcStorageProfileResource(Database db, VdcStorageProfiles profiles, TaskViews tasks) {
        this.db = db;
        this.profiles = profiles;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vdcStorageProfile/{id}", x -> Reply.ok(VdcView.storageProfile(Hrefs.viewer(x),
                profiles.profile(x.principal(), Hrefs.id(x, "id"))), MediaTypes.VDC_STORAGE_PROFILE));
        r.get("/api/admin/vdcStorageProfile/{id}", x -> admin(x, profiles.profile(x.principal(),
                Hrefs.id(x, "id"))));
        r.put("/api/admin/vdcStorageProfile/{id}", x -> {
            x.principal().requireSystemAdmin();
            AdminVdcStorageProfile in = x.read(AdminVdcStorageProfile.class, "AdminVdcStorageProfile",
                    MediaTypes.ADMIN_VDC_STORAGE_PROFILE);
            return admin(x, profiles.update(x.principal(), Hrefs.id(x, "id"), in.units, in.limit, in.enabled,
                    in.isDefault));
        });
        r.post("/api/admin/vdc/{id}/vdcStorageProfiles", this::change);
    }

    /** vCD answers the PUT with the profile as it now is, not with a task. */
    private Reply admin(Exchange x, VdcStorageProfileStore.Profile profile) {
        return Reply.ok(db.read(tx -> VdcView.adminStorageProfile(tx, Hrefs.viewer(x), profile)),
                MediaTypes.ADMIN_VDC_STORAGE_PROFILE);
    }

    /** 202 with the vdcUpdateStorageProfiles task; what is wrong with the request is refused before it starts. */
    Reply change(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID vdcId = Hrefs.id(x, "id");
        UpdateVdcStorageProfiles in = x.read(UpdateVdcStorageProfiles.class, "UpdateVdcStorageProfiles",
                MediaTypes.UPDATE_VDC_STORAGE_PROFILES);
        List<VdcStorageProfiles.Addition> add = new ArrayList<>();
        for (AdminVdcStorageProfile a : Bodies.list(in.addStorageProfile, "AddStorageProfile")) {
            UUID from = a.providerVdcStorageProfile == null ? null : Ids.fromAny(a.providerVdcStorageProfile.href);
            if (from == null) {
                throw ApiException.badRequest("An AddStorageProfile needs the ProviderVdcStorageProfile href of a "
                        + "storage profile of the VDC's provider VDC.");
            }
            add.add(new VdcStorageProfiles.Addition(from, a.units, a.limit, a.enabled, Boolean.TRUE.equals(a.isDefault)));
        }
        List<UUID> remove = Bodies.ids(in.removeStorageProfile, "RemoveStorageProfile", "a storage profile of the VDC");
        return tasks.accepted(x, profiles.change(x.principal(), vdcId, add, remove,
                TaskResource.caller(x.principal())));
    }
}

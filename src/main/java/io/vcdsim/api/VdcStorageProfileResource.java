package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminVdcStorageProfile;
import io.vcdsim.store.Database;
import io.vcdsim.store.VdcRow;
import io.vcdsim.views.VdcView;

/**
 * A VDC's storage profile: its user view, and its admin view, which a system administrator PUTs to change its limit
 * (go-vcloud-director's AdminVdc.UpdateStorageProfile and SetDefaultStorageProfile, terraform's vcd_org_vdc).
 */
public final class VdcStorageProfileResource implements Routes {
    private final Database db;
    private final VdcService vdcs;

    public VdcStorageProfileResource(Database db, VdcService vdcs) {
        this.db = db;
        this.vdcs = vdcs;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vdcStorageProfile/{id}", x -> Reply.ok(VdcView.storageProfile(Hrefs.viewer(x),
                vdcs.storageProfile(x.principal(), Hrefs.id(x, "id"))), MediaTypes.VDC_STORAGE_PROFILE));
        r.get("/api/admin/vdcStorageProfile/{id}", x -> admin(x, vdcs.storageProfile(x.principal(),
                Hrefs.id(x, "id"))));
        r.put("/api/admin/vdcStorageProfile/{id}", x -> {
            AdminVdcStorageProfile in = x.read(AdminVdcStorageProfile.class, "AdminVdcStorageProfile",
                    MediaTypes.ADMIN_VDC_STORAGE_PROFILE);
            return admin(x, vdcs.setStorageLimit(x.principal(), Hrefs.id(x, "id"), in.units, in.limit, in.enabled,
                    in.isDefault));
        });
    }

    /** vCD answers the PUT with the profile as it now is, not with a task. */
    private Reply admin(Exchange x, VdcRow vdc) {
        return Reply.ok(db.read(tx -> VdcView.adminStorageProfile(tx, Hrefs.viewer(x), vdc)),
                MediaTypes.ADMIN_VDC_STORAGE_PROFILE);
    }
}

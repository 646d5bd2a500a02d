package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.network.VdcGroups;
import io.vcdsim.provider.NsxtInventory;
import io.vcdsim.store.Database;
import io.vcdsim.store.NsxtStore;

import java.util.UUID;

/**
 * Whose NSX-T objects a list is asked for: an NSX-T manager by URN (system administrators'), or a VDC or VDC group
 * (then also readable by those who see it: every seeded VDC stands on the one manager, so it has the manager's).
 */
public final class NsxtContexts {
    private final Database db;
    private final VdcService vdcs;
    private final VdcGroups vdcGroups;

    public NsxtContexts(Database db, VdcService vdcs, VdcGroups vdcGroups) {
        this.db = db;
        this.vdcs = vdcs;
        this.vdcGroups = vdcGroups;
    }

    /** The NSX-T manager a URN names, for a system administrator; another caller or an unknown manager is 403. */
    UUID manager(Exchange x, String urn, String filterKey) {
        x.principal().requireSystemAdmin();
        if (urn == null) {
            throw ApiException.badRequest("This list needs filter=" + filterKey + "==<NSX-T manager URN>.");
        }
        UUID id = urn.startsWith("urn:vcloud:" + Kind.NSXT_MANAGER.urnType + ":") ? Ids.fromAny(urn) : null;
        if (id == null || db.read(tx -> tx.store(NsxtStore::new).manager(id)).isEmpty()) {
            throw ApiException.forbidden("No NSX-T manager with id " + urn + " is accessible.");
        }
        return id;
    }

    /** A VDC the caller sees, by URN; anything else is 403. */
    UUID vdc(Exchange x, String urn) {
        UUID vdc = urn.startsWith("urn:vcloud:" + Kind.VDC.urnType + ":") ? Ids.fromAny(urn) : null;
        if (vdc == null) {
            throw ApiException.forbidden("No VDC with id " + urn + " is accessible.");
        }
        return vdcs.vdc(x.principal(), vdc, Right.VDC_VIEW).id();
    }

    /** A VDC group the caller sees, by URN; anything else is 403. */
    UUID vdcGroup(Exchange x, String urn) {
        UUID group = urn.startsWith("urn:vcloud:" + Kind.VDC_GROUP.urnType + ":") ? Ids.fromAny(urn) : null;
        if (group == null) {
            throw ApiException.forbidden("No VDC group with id " + urn + " is accessible.");
        }
        return vdcGroups.get(x.principal(), group).id();
    }

    /**
     * The manager whose objects a list shows: the one {@code managerUrn} names, or the one standing behind the VDC
     * or VDC group; exactly one of the three is given.
     */
    UUID managerOf(Exchange x, String managerKey, String managerUrn, String vdcUrn, String vdcGroupUrn) {
        int given = (managerUrn != null ? 1 : 0) + (vdcUrn != null ? 1 : 0) + (vdcGroupUrn != null ? 1 : 0);
        if (given != 1) {
            throw ApiException.badRequest("This list needs one filter: " + managerKey + "==<NSX-T manager URN>, "
                    + "orgVdcId==<VDC URN> or vdcGroupId==<VDC group URN>.");
        }
        if (managerUrn != null) {
            return manager(x, managerUrn, managerKey);
        }
        if (vdcUrn != null) {
            vdc(x, vdcUrn);
        } else {
            vdcGroup(x, vdcGroupUrn);
        }
        return NsxtInventory.MANAGER_ID;
    }
}

package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.SecurityTagStore;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * NSX-T security tags on VMs (cloudapi {@code securityTags}), as vCD keeps them: an org's own, case-agnostic (kept in
 * lower case), set per tag on a list of VMs or per VM as a list of tags. Reading needs the VMs' VDC view, tagging the
 * right to edit their vApps; a VM of another org is not tagged.
 */
public final class SecurityTags {
    static final int MAX_TAG = 128;
    static final int MAX_TAGS = 256;
    private final Database db;
    private final VAppService vapps;

    /** A tagged VM with the vApp and VDC it is in. */
    public record Entity(VmRow vm, VAppRow vapp, VdcRow vdc) {
    }

    public SecurityTags(Database db, VAppService vapps) {
        this.db = db;
        this.vapps = vapps;
    }

    public List<String> ofVm(Principal p, UUID vmId) {
        VmRow vm = vapps.vm(p, vmId, Right.VDC_VIEW);
        return db.read(tx -> tx.store(SecurityTagStore::new).tagsOf(vm.id()));
    }

    public List<String> setOfVm(Principal p, UUID vmId, List<String> tags) {
        List<String> checked = checked(tags);
        VmRow vm = vapps.vm(p, vmId, Right.VAPP_EDIT);
        return db.tx(tx -> {
            SecurityTagStore s = tx.store(SecurityTagStore::new);
            s.setTagsOf(vm.id(), vm.orgId(), checked);
            return s.tagsOf(vm.id());
        });
    }

    /** Puts an org's tag on exactly these VMs (none: the tag is gone). */
    public void tag(Principal p, UUID orgId, String tag, List<UUID> vmIds) {
        String checked = checked(List.of(tag == null ? "" : tag)).get(0);
        if (vmIds.size() > MAX_TAGS) {
            throw ApiException.badRequest("A tag is set on " + MAX_TAGS + " VMs at most at once.");
        }
        for (UUID id : vmIds) {
            if (id == null || !vapps.vm(p, id, Right.VAPP_EDIT).orgId().equals(orgId)) {
                throw ApiException.invalidReference("Each entity is a VM of the organization the tag is in.");
            }
        }
        db.run(tx -> tx.store(SecurityTagStore::new).setEntities(orgId, checked, List.copyOf(new LinkedHashSet<>(
                vmIds))));
    }

    public List<String> values(Principal p, UUID orgId) {
        p.require(Right.VDC_VIEW, orgId);
        return db.read(tx -> tx.store(SecurityTagStore::new).values(orgId));
    }

    /** An org's tagged VMs, of one tag (lower-cased) or of any. */
    public List<Entity> entities(Principal p, UUID orgId, String tag) {
        p.require(Right.VDC_VIEW, orgId);
        return db.read(tx -> {
            List<Entity> found = new ArrayList<>();
            LinkedHashSet<UUID> seen = new LinkedHashSet<>();
            for (SecurityTagStore.Tagged t : tx.store(SecurityTagStore::new).tagged(orgId,
                    tag == null ? null : tag.toLowerCase(Locale.ROOT))) {
                if (seen.add(t.vmId())) {
                    tx.compute().vappVm(t.vmId()).ifPresent(vm -> tx.compute().vapp(vm.parentId()).ifPresent(
                            vapp -> found.add(new Entity(vm, vapp, tx.resources().vdc(vapp.vdcId()).orElse(null)))));
                }
            }
            return found;
        });
    }

    private static List<String> checked(List<String> tags) {
        if (tags == null || tags.size() > MAX_TAGS) {
            throw ApiException.badRequest("tags is a list of at most " + MAX_TAGS + " tags.");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            String v = t == null ? "" : t.trim().toLowerCase(Locale.ROOT);
            if (v.isEmpty() || v.length() > MAX_TAG) {
                throw ApiException.badRequest("A security tag has 1 to " + MAX_TAG + " characters.");
            }
            out.add(v);
        }
        return List.copyOf(out);
    }
}

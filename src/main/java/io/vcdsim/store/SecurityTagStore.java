package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.UUID;

/** NSX-T security tags on VMs, each an org's own; {@code tx.store(SecurityTagStore::new)}. */
public final class SecurityTagStore {
    /** One VM carrying one tag. */
    public record Tagged(UUID vmId, String tag) {
    }

    private final Handle h;

    public SecurityTagStore(Handle h) {
        this.h = h;
    }

    public List<String> tagsOf(UUID vmId) {
        return h.createQuery("SELECT tag FROM security_tag WHERE vm_id = :v ORDER BY tag").bind("v", vmId)
                .mapTo(String.class).list();
    }

    /** Replaces a VM's tags. */
    public void setTagsOf(UUID vmId, UUID orgId, List<String> tags) {
        Rows.execute(h, "DELETE FROM security_tag WHERE vm_id = ?", vmId);
        for (String tag : tags) {
            Rows.execute(h, "INSERT INTO security_tag (vm_id, tag, org_id) VALUES (?, ?, ?)", vmId, tag, orgId);
        }
    }

    /** Replaces the VMs an org's tag is on. */
    public void setEntities(UUID orgId, String tag, List<UUID> vmIds) {
        Rows.execute(h, "DELETE FROM security_tag WHERE org_id = ? AND tag = ?", orgId, tag);
        for (UUID vm : vmIds) {
            Rows.execute(h, "INSERT INTO security_tag (vm_id, tag, org_id) VALUES (?, ?, ?)", vm, tag, orgId);
        }
    }

    /** The tags an org has on any VM, by value. */
    public List<String> values(UUID orgId) {
        return h.createQuery("SELECT DISTINCT tag FROM security_tag WHERE org_id = :o ORDER BY tag").bind("o", orgId)
                .mapTo(String.class).list();
    }

    /** An org's tagged VMs, of one tag or (null) of any, by tag then VM. */
    public List<Tagged> tagged(UUID orgId, String tag) {
        var q = h.createQuery("SELECT vm_id, tag FROM security_tag WHERE org_id = :o"
                + (tag == null ? "" : " AND tag = :t") + " ORDER BY tag, vm_id").bind("o", orgId);
        if (tag != null) {
            q.bind("t", tag);
        }
        return q.map((rs, ctx) -> new Tagged(Rows.uuid(rs, "vm_id"), rs.getString("tag"))).list();
    }
}

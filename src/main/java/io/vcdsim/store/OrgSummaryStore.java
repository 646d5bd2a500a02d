package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

import java.util.List;
import java.util.UUID;

/** What the cloudapi's {@code orgs} counts in an org; {@code tx.store(OrgSummaryStore::new)}. */
public final class OrgSummaryStore {
    /** An org with its counts, and whether it may publish catalogs (its settings say so). */
    public record Summary(OrgRow org, boolean canPublish, int vdcs, int catalogs, int vapps, int runningVms, int users,
                          int disks) {
    }

    private static final String COUNTS = "SELECT (SELECT COUNT(*) FROM vdc WHERE org_id = :o) AS vdcs, "
            + "(SELECT COUNT(*) FROM catalog WHERE org_id = :o) AS catalogs, "
            + "(SELECT COUNT(*) FROM vapp WHERE org_id = :o) AS vapps, "
            // a running VM is a vApp's (not a template's) VM powered on (status 4)
            + "(SELECT COUNT(*) FROM vm WHERE org_id = :o AND status = 4 AND parent_id IN (SELECT id FROM vapp)) "
            + "AS running, (SELECT COUNT(*) FROM app_user WHERE org_id = :o) AS users, "
            + "(SELECT COUNT(*) FROM disk WHERE org_id = :o) AS disks, "
            + "(SELECT s.can_publish_catalogs FROM org_settings s WHERE s.org_id = :o) AS can_publish";
    private final Handle h;

    public OrgSummaryStore(Handle h) {
        this.h = h;
    }

    /** The orgs with these ids that exist, in the order given, with their counts. */
    public List<Summary> of(OrgStore orgs, List<UUID> ids) {
        return ids.stream().flatMap(id -> orgs.find(id).stream()).map(o -> h.createQuery(COUNTS).bind("o", o.id())
                .map((rs, ctx) -> new Summary(o, rs.getBoolean("can_publish"), rs.getInt("vdcs"),
                        rs.getInt("catalogs"), rs.getInt("vapps"), rs.getInt("running"), rs.getInt("users"),
                        rs.getInt("disks"))).one()).toList();
    }
}

package io.vcdsim.tenancy;

import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgSummaryStore;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orgs as the cloudapi's {@code orgs} reads them, with their counts: a system administrator sees every org, anyone
 * else the own one; one not seen, or missing, is vCD's 403.
 */
public final class OrgSummaries {
    private final Database db;

    public OrgSummaries(Database db) {
        this.db = db;
    }

    public List<OrgSummaryStore.Summary> found(List<UUID> ids) {
        return db.read(tx -> tx.store(OrgSummaryStore::new).of(tx.orgs(), ids));
    }

    public OrgSummaryStore.Summary get(Principal p, UUID id) {
        Optional<OrgSummaryStore.Summary> found = found(List.of(id)).stream().findFirst();
        return p.require(Right.ORG_VIEW, found, s -> s.org().id(), "organization", id);
    }
}

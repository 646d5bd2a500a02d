package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.views.AuditView;

import static io.vcdsim.api.CloudApi.V1;

/** {@code auditTrail}: the event log on the cloudapi, filtered and paged like the event query (an org's own). */
public final class CloudApiAuditResource implements Routes {
    private final Database db;
    private final QueryService queries;

    public CloudApiAuditResource(Database db, QueryService queries) {
        this.db = db;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.get(V1 + "/auditTrail", x -> CloudApi.page(x, queries, Kind.AUDIT_EVENT.query(), null, "AuditTrailEvents",
                ids -> db.read(tx -> AuditView.of(tx, ids))));
    }
}

package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.store.EventRow;
import io.vcdsim.store.Tx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.vcdsim.core.OpenApiReference.ref;

/** An event of the log as the cloudapi's {@code auditTrail} writes it. */
public final class AuditView {
    private AuditView() {
    }

    /** The events a query found, in its order. */
    public static List<Map<String, Object>> of(Tx tx, List<UUID> ids) {
        return ids.stream().map(id -> tx.events().find(id)).flatMap(Optional::stream).map(e -> of(tx, e)).toList();
    }

    public static Map<String, Object> of(Tx tx, EventRow e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", Kind.AUDIT_EVENT.urn(e.id()));
        m.put("description", e.details() == null ? e.type() : e.details());
        String orgName = e.orgId() == null ? "" : tx.orgs().find(e.orgId()).map(o -> o.name()).orElse("");
        m.put("operatingOrg", ref(orgName, e.orgId() == null ? "" : Kind.ORG.urn(e.orgId())));
        m.put("user", ref(e.userName() == null ? "" : e.userName(),
                e.userId() == null ? "" : Kind.USER.urn(e.userId())));
        ObjectRef o = e.entity();
        m.put("eventEntity", ref(o == null || o.name() == null ? "" : o.name(),
                o == null || o.kind() == null ? "" : o.kind().urn(o.id())));
        m.put("taskId", e.taskId() == null ? null : Kind.TASK.urn(e.taskId()));
        m.put("eventType", e.type());
        m.put("serviceNamespace", e.serviceNamespace());
        m.put("eventStatus", e.success() ? "SUCCESS" : "FAILURE");
        m.put("timestamp", Viewer.time(e.time()));
        m.put("external", false);
        return m;
    }

}

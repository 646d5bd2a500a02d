package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

/** The event log. It is written in the same transaction as the change it records. */
public final class EventStore {
    private final Handle h;

    EventStore(Handle h) {
        this.h = h;
    }

    public void insert(EventRow e) {
        h.createUpdate("INSERT INTO event (id, org_id, type, service_namespace, time, success, user_id, user_name, "
                        + "entity_id, entity_href, entity_type, entity_name, task_id, details) VALUES (:id, :org, :type, "
                        + ":ns, :time, :success, :userId, :userName, :entityId, :entityHref, :entityType, :entityName, "
                        + ":taskId, :details)")
                .bind("id", e.id()).bind("org", e.orgId()).bind("type", e.type()).bind("ns", e.serviceNamespace())
                .bind("time", Rows.utc(e.time())).bind("success", e.success()).bind("userId", e.userId())
                .bind("userName", e.userName()).bind("entityId", e.entityId()).bind("entityHref", e.entityHref())
                .bind("entityType", e.entityType()).bind("entityName", e.entityName()).bind("taskId", e.taskId())
                .bind("details", e.details()).execute();
    }
}

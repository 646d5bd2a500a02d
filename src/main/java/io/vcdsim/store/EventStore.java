package io.vcdsim.store;

import org.jdbi.v3.core.Handle;

/** The event log. It is written in the same transaction as the change it records. */
public final class EventStore {
    private final Handle h;

    EventStore(Handle h) {
        this.h = h;
    }

    /** Inserts events in one statement, in order (their sequence numbers follow the order given). */
    public void insert(EventRow... events) {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Object[] values = new Object[events.length * 14];
        int i = 0;
        for (EventRow e : events) {
            for (Object v : new Object[]{e.id(), e.orgId(), e.type(), e.serviceNamespace(), e.time(), e.success(),
                    e.userId(), e.userName(), e.entityId(), e.entityHref(), e.entityType(), e.entityName(), e.taskId(),
                    e.details()}) {
                values[i++] = v;
            }
        }
        Rows.execute(h, "INSERT INTO event (id, org_id, type, service_namespace, time, success, user_id, user_name, "
                + "entity_id, entity_href, entity_type, entity_name, task_id, details) VALUES "
                + String.join(", ", java.util.Collections.nCopies(events.length, row)), values);
    }
}

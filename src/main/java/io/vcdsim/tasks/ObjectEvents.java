package io.vcdsim.tasks;

import io.vcdsim.core.MediaTypes;
import io.vcdsim.store.EventRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;

import java.time.Instant;
import java.util.UUID;

/**
 * Events about the objects themselves ({@code com/vmware/vcloud/event/org/modify}, {@code user/create},
 * {@code catalog/delete}, …), written in the transaction of the change they announce, so they reach
 * the event log and AMQP exactly when the change is committed (task spec §4.3).
 */
public final class ObjectEvents {
    public static final String PREFIX = "com/vmware/vcloud/event/";

    private ObjectEvents() {
    }

    /** An object of an org changed; {@code by} null (seeding) records nothing. */
    public static void record(Tx tx, Instant at, String type, TaskEngine.Owner entity, UUID orgId,
                              TaskEngine.Caller by, UUID taskId, boolean success) {
        if (by == null) {
            return;
        }
        tx.events().insert(new EventRow(UUID.randomUUID(), orgId, PREFIX + type, TaskRow.NATIVE_NAMESPACE, at, success,
                by.userId(), by.userName(), entity.id(), entity.hrefPath(), entity.type(), entity.name(), taskId, null));
    }

    public static TaskEngine.Owner org(UUID id, String name) {
        return new TaskEngine.Owner(id, "/api/admin/org/" + id, MediaTypes.xml(MediaTypes.ADMIN_ORG), name);
    }

    public static TaskEngine.Owner user(UUID id, String name) {
        return new TaskEngine.Owner(id, "/api/admin/user/" + id, MediaTypes.xml(MediaTypes.USER), name);
    }
}

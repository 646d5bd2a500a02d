package io.vcdsim.tasks;

import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
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
    public static void record(Tx tx, Instant at, String type, ObjectRef entity, UUID orgId,
                              TaskEngine.Caller by, UUID taskId, boolean success) {
        if (by == null) {
            return;
        }
        tx.events().insert(new EventRow(UUID.randomUUID(), orgId, PREFIX + type, TaskRow.NATIVE_NAMESPACE, at, success,
                by.userId(), by.userName(), entity, taskId, null));
    }

    public static ObjectRef org(UUID id, String name) {
        return ObjectRef.of(Kind.ORG, id, name);
    }

    public static ObjectRef user(UUID id, String name) {
        return ObjectRef.of(Kind.USER, id, name);
    }
}

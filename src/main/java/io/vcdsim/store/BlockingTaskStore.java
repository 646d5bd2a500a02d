package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class BlockingTaskStore {
    private static final RowMapper<BlockingTaskRow> MAPPER = (rs, ctx) -> new BlockingTaskRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "task_id"), Rows.uuid(rs, "org_id"), rs.getString("name"), rs.getString("status"),
            Rows.instant(rs, "created"), Rows.instant(rs, "timeout_date"), rs.getString("timeout_action"),
            rs.getString("message"), Rows.instant(rs, "resolved"));
    private final Handle h;

    BlockingTaskStore(Handle h) {
        this.h = h;
    }

    public void insert(BlockingTaskRow b) {
        Rows.execute(h, "INSERT INTO blocking_task (id, task_id, org_id, name, status, created, timeout_date, "
                        + "timeout_action, message, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", b.id(), b.taskId(),
                b.orgId(), b.name(), b.status(), b.created(), b.timeoutDate(), b.timeoutAction(), b.message(),
                b.resolved());
    }

    public Optional<BlockingTaskRow> find(UUID id) {
        return h.createQuery("SELECT * FROM blocking_task WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** Reads and locks it, so two actions (or an action and the timeout) resolve it once. */
    public Optional<BlockingTaskRow> lock(UUID id) {
        return h.createQuery("SELECT * FROM blocking_task WHERE id = :id FOR UPDATE").bind("id", id).map(MAPPER)
                .findOne();
    }

    /** The blocking tasks waiting for a decision. */
    public long countActive() {
        return h.createQuery("SELECT COUNT(*) FROM blocking_task WHERE status = 'active'").mapTo(Long.class).one();
    }

    public List<BlockingTaskRow> active() {
        return h.createQuery("SELECT * FROM blocking_task WHERE status = 'active' ORDER BY created").map(MAPPER).list();
    }

    public List<BlockingTaskRow> activeFor(UUID taskId) {
        return h.createQuery("SELECT * FROM blocking_task WHERE task_id = :t AND status = 'active' FOR UPDATE")
                .bind("t", taskId).map(MAPPER).list();
    }

    /** Active blocking tasks that time out before {@code until}, soonest first. */
    public List<BlockingTaskRow> timingOutBefore(Instant until, int limit) {
        return h.createQuery("SELECT * FROM blocking_task WHERE status = 'active' AND timeout_date < :until "
                + "ORDER BY timeout_date LIMIT " + limit).bind("until", Rows.utc(until)).map(MAPPER).list();
    }

    public void resolve(UUID id, String status, String message, Instant at) {
        Rows.execute(h, "UPDATE blocking_task SET status = ?, message = ?, resolved = ? WHERE id = ?", status, message,
                at, id);
    }

    public void extend(UUID id, Instant timeoutDate, String message) {
        Rows.execute(h, "UPDATE blocking_task SET timeout_date = ?, message = ? WHERE id = ?", timeoutDate, message,
                id);
    }
}

package io.vcdsim.store;

import io.vcdsim.core.KindTable;
import io.vcdsim.core.ObjectRef;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class TaskStore {
    private static final String NON_TERMINAL = "('queued', 'preRunning', 'running')";
    /** The columns every task read selects, in the order the mapper reads them by position (cheaper than by name). */
    private static final String COLUMNS = "t.id, t.org_id, t.user_id, t.user_name, t.name, t.operation_name, "
            + "t.operation, t.service_namespace, t.status, t.owner_id, t.owner_href, t.owner_type, t.owner_name, "
            + "t.progress, t.details, t.description, t.error_major, t.error_minor, t.error_message, t.params, "
            + "t.cancel_requested, t.created, t.start_time, t.end_time, t.expiry_time, t.due_at, t.org_name, "
            + "t.result, t.result_href, t.result_type, t.result_name, t.owner_kind";
    private static final RowMapper<TaskRow> MAPPER = (rs, ctx) -> {
        Integer major = (Integer) rs.getObject(17);
        String minor = rs.getString(18);
        return new TaskRow(Rows.uuid(rs, 1), Rows.uuid(rs, 2), rs.getString(27), Rows.uuid(rs, 3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), TaskStatus.of(rs.getString(9)),
                Rows.ref(rs.getString(32), Rows.uuid(rs, 10), rs.getString(11), rs.getString(12), rs.getString(13)),
                (Integer) rs.getObject(14), rs.getString(15), rs.getString(16),
                major == null && minor == null ? null : new TaskRow.Failure(major, minor, rs.getString(19)),
                rs.getString(20), rs.getBoolean(21), Rows.instant(rs, 22), Rows.instant(rs, 23),
                Rows.instant(rs, 24), Rows.instant(rs, 25), Rows.instant(rs, 26),
                rs.getString(28) == null && rs.getString(29) == null ? null
                        : new TaskRow.Result(rs.getString(28), rs.getString(29), rs.getString(30), rs.getString(31)));
    };
    private static final String SELECT = "SELECT " + COLUMNS + " FROM task t ";
    /**
     * A running native task nobody holds: its cell is gone (no heartbeat) or never took it. An extension
     * service's task has no work here to run; only its service (or a cancel) ends it, so it is never an orphan.
     */
    private static final String ORPHAN = "status = 'running' AND service_namespace = '" + TaskRow.NATIVE_NAMESPACE
            + "' AND (cell_id IS NULL OR cell_id NOT IN "
            + "(SELECT c.id FROM cell c WHERE c.heartbeat_until >= CURRENT_TIMESTAMP)";

    private final Handle h;

    TaskStore(Handle h) {
        this.h = h;
    }

    /** Stores a new task, held by {@code cellId} when it runs at once (null while queued). */
    public void insert(TaskRow t, String cellId) {
        TaskRow.Result r = t.result();
        TaskRow.Failure e = t.error();
        ObjectRef o = t.owner();
        Rows.execute(h, "INSERT INTO task (id, org_id, org_name, user_id, user_name, name, operation_name, operation, "
                        + "service_namespace, status, owner_id, owner_href, owner_type, owner_kind, owner_name, progress, "
                        + "details, description, error_major, error_minor, error_message, params, cancel_requested, created, "
                        + "start_time, end_time, expiry_time, due_at, result, result_href, result_type, result_name, "
                        + "cell_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?)",
                t.id(), t.orgId(), t.orgName(), t.userId(), t.userName(), t.name(), t.operationName(), t.operation(),
                t.serviceNamespace(), t.status().wire, t.ownerId(), o == null ? null : o.href(), o == null ? null : o.type(),
                o == null || o.kind() == null ? null : o.kind().name, o == null ? null : o.name(),
                t.progress(), t.details(), t.description(), e == null ? null : e.majorErrorCode(),
                e == null ? null : e.minorErrorCode(), e == null ? null : e.message(), t.params(), t.cancelRequested(), t.created(), t.startTime(), t.endTime(), t.expiryTime(), t.dueAt(),
                r == null ? null : r.contentXml(), r == null ? null : r.href(), r == null ? null : r.type(),
                r == null ? null : r.name(), cellId);
    }

    /** Writes every changeable field back; a task that has ended is no longer held by any cell. */
    public void update(TaskRow t) {
        TaskRow.Result r = t.result();
        TaskRow.Failure e = t.error();
        Rows.execute(h, "UPDATE task SET name = ?, operation = ?, status = ?, progress = ?, details = ?, "
                        + "description = ?, error_major = ?, error_minor = ?, error_message = ?, cancel_requested = ?, "
                        + "start_time = ?, end_time = ?, due_at = ?, result = ?, result_href = ?, result_type = ?, "
                        + "result_name = ?" + (t.terminal() ? ", cell_id = NULL" : "") + " WHERE id = ?",
                t.name(), t.operation(), t.status().wire, t.progress(), t.details(), t.description(),
                e == null ? null : e.majorErrorCode(), e == null ? null : e.minorErrorCode(),
                e == null ? null : e.message(), t.cancelRequested(), t.startTime(), t.endTime(), t.dueAt(),
                r == null ? null : r.contentXml(), r == null ? null : r.href(), r == null ? null : r.type(),
                r == null ? null : r.name(), t.id());
    }

    public Optional<TaskRow> find(UUID id) {
        return Rows.queryOne(h, SELECT + "WHERE t.id = ?", MAPPER, id); // every task GET reads this
    }

    /** Reads the task and locks its row until the transaction ends, so one cell finishes it once. */
    public Optional<TaskRow> lock(UUID id) {
        return h.createQuery(SELECT + "WHERE t.id = :id FOR UPDATE").bind("id", id).map(MAPPER).findOne();
    }

    public List<TaskRow> activeFor(UUID ownerId) {
        return h.createQuery(SELECT + "WHERE t.owner_id = :owner AND t.status IN " + NON_TERMINAL
                + " ORDER BY t.created").bind("owner", ownerId).map(MAPPER).list();
    }

    /** The org's queued and running tasks and those that ended since {@code since}, newest first. */
    public List<TaskRow> recentInOrg(UUID orgId, Instant since, int limit) {
        return h.createQuery(SELECT + "WHERE (t.org_id = :org OR " + OwnedInOrg.SQL + ") AND (t.status IN "
                        + NON_TERMINAL + " OR t.end_time >= :since) ORDER BY t.created DESC LIMIT " + limit)
                .bind("org", orgId).bind("since", Rows.utc(since)).map(MAPPER).list();
    }

    /**
     * A task on an object of the org {@code :org}, whoever started it (a system administrator's task on a tenant's
     * vApp is in the tenant's list too): one condition per kind that has a table, from the kind declarations.
     */
    private static final class OwnedInOrg { // built once, when first needed (the kinds are all declared by then)
        static final String SQL = ownedInOrg();
    }

    private static String ownedInOrg() {
        java.util.StringJoiner any = new java.util.StringJoiner(" OR ", "(", ")");
        for (io.vcdsim.core.Kind k : io.vcdsim.core.Kinds.all()) {
            KindTable t = k.stored();
            if (t != null && t.orgColumn() != null) {
                any.add("(t.owner_kind = '" + k.name + "' AND t.owner_id IN (SELECT id FROM " + t.table() + " WHERE "
                        + t.orgColumn() + " = :org" + (t.where() == null ? "" : " AND " + t.where()) + "))");
            }
        }
        return any.toString();
    }

    /** Locks these tasks (in id order, so two cells never deadlock) and reads them. */
    public List<TaskRow> lockAll(List<UUID> ids) {
        return h.createQuery(SELECT + "WHERE t.id IN (<ids>) ORDER BY t.id FOR UPDATE").bindList("ids", ids)
                .map(MAPPER).list();
    }

    /** A running task and when its simulated work is due. */
    public record Due(UUID id, Instant dueAt) {
    }

    private static final RowMapper<Due> DUE = (rs, ctx) -> new Due(Rows.uuid(rs, "id"), Rows.instant(rs, "due_at"));

    /**
     * Takes over running tasks nobody holds: those whose cell stopped beating, and with
     * {@code includeOwn} this cell's own from before a restart.
     */
    public List<Due> claimOrphans(String cellId, boolean includeOwn, int limit) {
        String orphan = ORPHAN + (includeOwn ? " OR cell_id = :cell)" : ")");
        var query = h.createQuery("SELECT id, due_at FROM task WHERE " + orphan + " ORDER BY created LIMIT " + limit);
        List<Due> found = (includeOwn ? query.bind("cell", cellId) : query).map(DUE).list();
        // the conditional update makes the claim atomic when several cells race for the same task
        return found.stream().filter(d -> h.createUpdate("UPDATE task SET cell_id = :cell WHERE id = :id AND "
                + orphan).bind("id", d.id()).bind("cell", cellId).execute() == 1).toList();
    }

    /** This cell's running tasks that were due before {@code cutoff}: a net under the in-memory timers. */
    public List<Due> overdue(String cellId, Instant cutoff, int limit) {
        return h.createQuery("SELECT id, due_at FROM task WHERE status = 'running' AND cell_id = :cell "
                        + "AND due_at < :cutoff ORDER BY due_at LIMIT " + limit)
                .bind("cell", cellId).bind("cutoff", Rows.utc(cutoff)).map(DUE).list();
    }

    /** How many cells other than this one beat their heartbeat lately. */
    public int otherLiveCells(String cellId) {
        return h.createQuery("SELECT COUNT(*) FROM cell WHERE id <> :id AND heartbeat_until >= CURRENT_TIMESTAMP")
                .bind("id", cellId).mapTo(Integer.class).one();
    }

    /**
     * Records that the cell is alive for {@code seconds} more. Heartbeats are in the database's time, which
     * every cell shares: a cell whose own clock runs behind another's would otherwise look dead to it.
     */
    public void heartbeat(String cellId, int seconds) {
        String until = "CURRENT_TIMESTAMP + INTERVAL '" + seconds + "' SECOND";
        if (h.createUpdate("UPDATE cell SET heartbeat_until = " + until + " WHERE id = :id").bind("id", cellId)
                .execute() == 0) {
            h.createUpdate("INSERT INTO cell (id, started, heartbeat_until) VALUES (:id, CURRENT_TIMESTAMP, " + until
                    + ")").bind("id", cellId).execute();
        }
    }

    /** A cell stopping on purpose is dead from now on: the others take its tasks over at once. */
    public void leave(String cellId) {
        h.createUpdate("UPDATE cell SET heartbeat_until = CURRENT_TIMESTAMP WHERE id = :id").bind("id", cellId)
                .execute();
    }

    public int deleteExpired(Instant now) {
        return h.createUpdate("DELETE FROM task WHERE expiry_time < :now AND status NOT IN " + NON_TERMINAL)
                .bind("now", Rows.utc(now)).execute();
    }

    /** Native tasks in this status started by the user (of that org: the org's index finds them), and in the org. */
    public int countByUser(UUID orgId, UUID userId, String status) {
        return h.createQuery("SELECT COUNT(*) FROM task WHERE org_id = :o AND status = :s AND user_id = :u "
                        + "AND service_namespace = '" + TaskRow.NATIVE_NAMESPACE + "'").bind("o", orgId).bind("u", userId)
                .bind("s", status).mapTo(Integer.class).one();
    }

    /** Every task in this status, service tasks too. */
    public long countWithStatus(TaskStatus status) {
        return h.createQuery("SELECT COUNT(*) FROM task WHERE status = :s").bind("s", status.wire).mapTo(Long.class)
                .one();
    }

    public int countByOrg(UUID orgId, String status) {
        return h.createQuery("SELECT COUNT(*) FROM task WHERE org_id = :o AND status = :s AND service_namespace = '"
                + TaskRow.NATIVE_NAMESPACE + "'").bind("o", orgId).bind("s", status).mapTo(Integer.class).one();
    }

    /** The oldest queued native tasks, candidates to run next. */
    public List<TaskRow> queued(int limit) {
        return h.createQuery(SELECT + "WHERE t.status = 'queued' AND t.service_namespace = '"
                + TaskRow.NATIVE_NAMESPACE + "' ORDER BY t.created LIMIT " + limit).map(MAPPER).list();
    }

    /** Moves a queued or blocked task to running; false when someone else moved (or canceled) it first. */
    public boolean run(UUID id, TaskStatus from, Instant start, Instant due, String cellId) {
        return Rows.execute(h, "UPDATE task SET status = 'running', progress = 1, start_time = ?, due_at = ?, "
                + "cell_id = ? WHERE id = ? AND status = ?", start, due, cellId, id, from.wire) == 1;
    }

    /** A running task's work runs again at {@code due} (it waits for something outside vcdsim meanwhile). */
    public void dueAgain(UUID id, Instant due) {
        Rows.execute(h, "UPDATE task SET due_at = ? WHERE id = ? AND status = 'running'", due, id);
    }

    public void progress(UUID id, int percent) {
        Rows.execute(h, "UPDATE task SET progress = ? WHERE id = ? AND status = 'running'", percent, id);
    }

    /** Moves a queued task to preRunning, to wait for an approval; false when it was no longer queued. */
    public boolean block(UUID id, Instant start) {
        return Rows.execute(h, "UPDATE task SET status = 'preRunning', start_time = ? WHERE id = ? AND status = ?",
                start, id, TaskStatus.QUEUED.wire) == 1;
    }

    /** Marks an entity busy with a task; false when another task already holds it. */
    public boolean markBusy(UUID entityId, UUID taskId) {
        // one statement, so that of two transactions marking the same entity at once one wins and the
        // other is told it lost (a count then an insert let both pass the count, and the loser's insert
        // failed on the key)
        return h.createUpdate("INSERT INTO busy_entity (entity_id, task_id) VALUES (:e, :t) ON CONFLICT DO NOTHING")
                .bind("e", entityId).bind("t", taskId).execute() == 1;
    }

    public Optional<TaskRow> busyWith(UUID entityId) {
        return h.createQuery(SELECT + "WHERE t.id = (SELECT b.task_id FROM busy_entity b WHERE b.entity_id = :e)")
                .bind("e", entityId).map(MAPPER).findOne();
    }

    /** Frees the entity if this task holds it. */
    public void releaseBusy(UUID entityId, UUID taskId) {
        h.createUpdate("DELETE FROM busy_entity WHERE entity_id = :e AND task_id = :t").bind("e", entityId)
                .bind("t", taskId).execute();
    }
}

package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class TaskStore {
    private static final String NON_TERMINAL = "('queued', 'preRunning', 'running')";
    private static final RowMapper<TaskRow> MAPPER = (rs, ctx) -> new TaskRow(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"), Rows.uuid(rs, "user_id"), rs.getString("user_name"), rs.getString("name"),
            rs.getString("operation_name"), rs.getString("operation"), rs.getString("service_namespace"),
            rs.getString("status"), Rows.uuid(rs, "owner_id"), rs.getString("owner_href"), rs.getString("owner_type"),
            rs.getString("owner_name"), (Integer) rs.getObject("progress"), rs.getString("details"),
            rs.getString("description"), (Integer) rs.getObject("error_major"), rs.getString("error_minor"),
            rs.getString("error_message"), rs.getString("params"), rs.getBoolean("cancel_requested"),
            Rows.instant(rs, "created"), Rows.instant(rs, "start_time"), Rows.instant(rs, "end_time"),
            Rows.instant(rs, "expiry_time"), Rows.instant(rs, "due_at"), rs.getString("org_name"));
    private static final String SELECT = "SELECT t.* FROM task t ";
    private final Handle h;

    TaskStore(Handle h) {
        this.h = h;
    }

    public void insert(TaskRow t, String cellId, Instant leaseUntil) {
        bind(h.createUpdate("INSERT INTO task (id, org_id, org_name, user_id, user_name, name, operation_name, operation, "
                + "service_namespace, status, owner_id, owner_href, owner_type, owner_name, progress, details, "
                + "description, error_major, error_minor, error_message, params, cancel_requested, created, start_time, "
                + "end_time, expiry_time, due_at, cell_id, lease_until) VALUES (:id, :org, :orgName, :userId, :userName, :name, "
                + ":operationName, :operation, :ns, :status, :ownerId, :ownerHref, :ownerType, :ownerName, :progress, "
                + ":details, :description, :errorMajor, :errorMinor, :errorMessage, :params, :cancel, :created, "
                + ":start, :end, :expiry, :due, :cell, :lease)"), t)
                .bind("cell", cellId).bind("lease", Rows.utc(leaseUntil)).execute();
    }

    /** Writes every changeable field back; a task that has ended is no longer held by any cell. */
    public void update(TaskRow t) {
        bind(h.createUpdate("UPDATE task SET name = :name, operation = :operation, status = :status, "
                + "progress = :progress, details = :details, description = :description, error_major = :errorMajor, "
                + "error_minor = :errorMinor, error_message = :errorMessage, cancel_requested = :cancel, "
                + "start_time = :start, end_time = :end, due_at = :due"
                + (t.terminal() ? ", cell_id = NULL, lease_until = NULL" : "") + " WHERE id = :id"), t).execute();
    }

    private static Update bind(Update u, TaskRow t) {
        return u.bind("id", t.id()).bind("org", t.orgId()).bind("orgName", t.orgName()).bind("userId", t.userId()).bind("userName", t.userName())
                .bind("name", t.name()).bind("operationName", t.operationName()).bind("operation", t.operation())
                .bind("ns", t.serviceNamespace()).bind("status", t.status()).bind("ownerId", t.ownerId())
                .bind("ownerHref", t.ownerHref()).bind("ownerType", t.ownerType()).bind("ownerName", t.ownerName())
                .bind("progress", t.progress()).bind("details", t.details()).bind("description", t.description())
                .bind("errorMajor", t.errorMajor()).bind("errorMinor", t.errorMinor())
                .bind("errorMessage", t.errorMessage()).bind("params", t.params()).bind("cancel", t.cancelRequested())
                .bind("created", Rows.utc(t.created())).bind("start", Rows.utc(t.startTime()))
                .bind("end", Rows.utc(t.endTime())).bind("expiry", Rows.utc(t.expiryTime()))
                .bind("due", Rows.utc(t.dueAt()));
    }

    public Optional<TaskRow> find(UUID id) {
        return h.createQuery(SELECT + "WHERE t.id = :id").bind("id", id).map(MAPPER).findOne();
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
        return h.createQuery(SELECT + "WHERE t.org_id = :org AND (t.status IN " + NON_TERMINAL
                        + " OR t.end_time >= :since) ORDER BY t.created DESC LIMIT " + limit)
                .bind("org", orgId).bind("since", Rows.utc(since)).map(MAPPER).list();
    }

    /**
     * Takes over running tasks nobody holds: this cell's own from before a restart, and
     * any whose lease ran out because their cell died. Returns their ids.
     */
    public List<UUID> claimOrphans(String cellId, boolean includeOwn, Instant now, Instant leaseUntil, int limit) {
        String orphan = "status = 'running' AND (cell_id IS NULL OR lease_until < :now"
                + (includeOwn ? " OR cell_id = :cell)" : ")");
        List<UUID> ids = h.createQuery("SELECT id FROM task WHERE " + orphan + " ORDER BY created LIMIT " + limit)
                .bind("cell", cellId).bind("now", Rows.utc(now)).mapTo(UUID.class).list();
        // the conditional update makes the claim atomic when several cells race for the same task
        return ids.stream().filter(id -> h.createUpdate("UPDATE task SET cell_id = :cell, lease_until = :lease "
                        + "WHERE id = :id AND " + orphan)
                .bind("id", id).bind("cell", cellId).bind("now", Rows.utc(now)).bind("lease", Rows.utc(leaseUntil))
                .execute() == 1).toList();
    }

    /** Extends the leases of everything this cell runs. */
    public int renewLeases(String cellId, Instant leaseUntil) {
        return h.createUpdate("UPDATE task SET lease_until = :lease WHERE cell_id = :cell AND status IN "
                + NON_TERMINAL).bind("cell", cellId).bind("lease", Rows.utc(leaseUntil)).execute();
    }

    public int deleteExpired(Instant now) {
        return h.createUpdate("DELETE FROM task WHERE expiry_time < :now AND status NOT IN " + NON_TERMINAL)
                .bind("now", Rows.utc(now)).execute();
    }

    /** Native tasks in this status started by the user, and in the org. */
    public int countByUser(UUID userId, String status) {
        return h.createQuery("SELECT COUNT(*) FROM task WHERE user_id = :u AND status = :s AND service_namespace = '"
                + TaskRow.NATIVE_NAMESPACE + "'").bind("u", userId).bind("s", status).mapTo(Integer.class).one();
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

    /** Moves a queued task to running; false when another cell promoted (or someone canceled) it first. */
    public boolean promote(UUID id, Instant start, Instant due, String cellId, Instant leaseUntil) {
        return h.createUpdate("UPDATE task SET status = 'running', start_time = :start, due_at = :due, "
                        + "cell_id = :cell, lease_until = :lease WHERE id = :id AND status = 'queued'")
                .bind("id", id).bind("start", Rows.utc(start)).bind("due", Rows.utc(due)).bind("cell", cellId)
                .bind("lease", Rows.utc(leaseUntil)).execute() == 1;
    }

    /** Marks an entity busy with a task; false when another task already holds it. */
    public boolean markBusy(UUID entityId, UUID taskId) {
        if (h.createQuery("SELECT COUNT(*) FROM busy_entity WHERE entity_id = :e").bind("e", entityId)
                .mapTo(Integer.class).one() > 0) {
            return false;
        }
        h.createUpdate("INSERT INTO busy_entity (entity_id, task_id) VALUES (:e, :t)").bind("e", entityId)
                .bind("t", taskId).execute();
        return true;
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

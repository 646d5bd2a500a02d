package io.vcdsim.store;

import io.vcdsim.core.ObjectRef;
import org.jdbi.v3.core.Handle;

/** The event log. It is written in the same transaction as the change it records. */
public final class EventStore {
    private final Handle h;

    EventStore(Handle h) {
        this.h = h;
    }

    /** Inserts events in one statement, in order (their sequence numbers follow the order given). */
    public void insert(EventRow... events) {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Object[] values = new Object[events.length * 15];
        int i = 0;
        for (EventRow e : events) {
            ObjectRef en = e.entity();
            for (Object v : new Object[]{e.id(), e.orgId(), e.type(), e.serviceNamespace(), e.time(), e.success(),
                    e.userId(), e.userName(), en == null ? null : en.id(), en == null ? null : en.href(),
                    en == null ? null : en.type(), en == null || en.kind() == null ? null : en.kind().name,
                    en == null ? null : en.name(), e.taskId(), e.details()}) {
                values[i++] = v;
            }
        }
        Rows.execute(h, "INSERT INTO event (id, org_id, type, service_namespace, time, success, user_id, user_name, "
                + "entity_id, entity_href, entity_type, entity_kind, entity_name, task_id, details) VALUES "
                + String.join(", ", java.util.Collections.nCopies(events.length, row)), values);
    }

    /** An event with its place in the log. */
    public record Logged(long seq, EventRow event) {
    }

    /** How many events the log holds after {@code seq}. */
    public long countAfter(long seq) {
        return h.createQuery("SELECT COUNT(*) FROM event WHERE seq > :seq").bind("seq", seq).mapTo(Long.class).one();
    }

    /** The newest event's sequence number, 0 when the log is empty. */
    public long lastSeq() {
        return h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM event").mapTo(Long.class).one();
    }

    private static final org.jdbi.v3.core.mapper.RowMapper<Logged> LOGGED = (rs, ctx) -> new Logged(rs.getLong("seq"),
            new EventRow(Rows.uuid(rs, "id"), Rows.uuid(rs, "org_id"), rs.getString("type"),
                    rs.getString("service_namespace"), Rows.instant(rs, "time"), rs.getBoolean("success"),
                    Rows.uuid(rs, "user_id"), rs.getString("user_name"), Rows.ref(rs, "entity_kind", "entity_id",
                    "entity_href", "entity_type", "entity_name"), Rows.uuid(rs, "task_id"), rs.getString("details")));

    /** Events after {@code seq}, in log order: what the notification publisher has not sent yet. */
    public java.util.List<Logged> after(long seq, int limit) {
        return h.createQuery("SELECT * FROM event WHERE seq > :seq ORDER BY seq LIMIT " + limit).bind("seq", seq)
                .map(LOGGED).list();
    }

    /** The newest events, newest first. */
    public java.util.List<Logged> latest(int limit) {
        return h.createQuery("SELECT * FROM event ORDER BY seq DESC LIMIT " + limit).map(LOGGED).list();
    }

    /** Which of these sequence numbers were set aside as undeliverable. */
    public java.util.Set<Long> setAsideAmong(java.util.Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(h.createQuery("SELECT seq FROM undelivered_event WHERE seq IN (<seqs>)")
                .bindList("seqs", java.util.List.copyOf(seqs)).mapTo(Long.class).list());
    }

    /** A run of the log the publisher read and did not send, and why. */
    public record PassedOver(long first, long last, String reason) {
    }

    /**
     * Records that the publisher passed over events {@code first} to {@code last} (the log's numbers may have gaps):
     * the run that ended at {@code cursor} for the same reason is stretched, or a new one begins.
     */
    public void passOver(long cursor, long first, long last, String reason) {
        int stretched = h.createUpdate("UPDATE passed_over_event SET last_seq = :last WHERE last_seq = :cursor "
                + "AND reason = :reason").bind("last", last).bind("cursor", cursor).bind("reason", reason).execute();
        if (stretched == 0) {
            Rows.execute(h, "INSERT INTO passed_over_event (first_seq, last_seq, reason) VALUES (?, ?, ?)", first,
                    last, reason);
        }
    }

    /** Forgets every passed-over run (a loaded state renumbers the log). */
    public void forgetPassedOver() {
        Rows.execute(h, "DELETE FROM passed_over_event");
    }

    /** The passed-over runs that touch events {@code from} to {@code to}. */
    public java.util.List<PassedOver> passedOver(long from, long to) {
        return h.createQuery("SELECT first_seq, last_seq, reason FROM passed_over_event WHERE last_seq >= :from "
                        + "AND first_seq <= :to").bind("from", from).bind("to", to)
                .map((rs, ctx) -> new PassedOver(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    public java.util.Optional<EventRow> find(java.util.UUID id) {
        return h.createQuery("SELECT * FROM event WHERE id = :id").bind("id", id).map(LOGGED).findOne()
                .map(Logged::event);
    }

    /** Sets an event aside that cannot be published, with the reason (kept for an operator to see). */
    public void setAside(Logged event, String reason, java.time.Instant at) {
        Rows.execute(h, "INSERT INTO undelivered_event (event_id, seq, reason, time) VALUES (?, ?, ?, ?)",
                event.event().id(), event.seq(), reason.length() > 1024 ? reason.substring(0, 1024) : reason, at);
    }

    /** How many events have been set aside as undeliverable. */
    public long undeliveredCount() {
        return h.createQuery("SELECT COUNT(*) FROM undelivered_event").mapTo(Long.class).one();
    }
}

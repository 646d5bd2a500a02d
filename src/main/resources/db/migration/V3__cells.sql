-- Cells beat a heartbeat into one row each instead of renewing a lease on every task they run: a
-- running task is an orphan once the cell holding it stops beating, and any cell may take it over.

CREATE TABLE cell (
    id              VARCHAR(64) PRIMARY KEY,
    started         TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_until TIMESTAMP WITH TIME ZONE NOT NULL
);

DROP INDEX task_status;
ALTER TABLE task DROP COLUMN lease_until;

-- Indexes cost every task several B-tree writes, so each one has to serve queries: org + status +
-- time (tenant task queries, per-org and per-user limits), status + time (admin queries, running
-- and queued scans). Expired tasks are purged by an hourly scan instead of an index of their own; an event is
-- found by its sequence number, its id needs no unique index of its own (it is a random UUID).
DROP INDEX task_org_status;
DROP INDEX task_user_status;
DROP INDEX task_expiry;
CREATE INDEX task_org_status_start ON task (org_id, status, start_time);
CREATE INDEX task_status_start ON task (status, start_time);
ALTER TABLE event DROP CONSTRAINT event_id_unique;

-- What the task produced: ResultContent as XML, and (33.0+) a reference to the object it made.
ALTER TABLE task ADD COLUMN result VARCHAR(16384);
ALTER TABLE task ADD COLUMN result_href VARCHAR(1024);
ALTER TABLE task ADD COLUMN result_type VARCHAR(256);
ALTER TABLE task ADD COLUMN result_name VARCHAR(256);

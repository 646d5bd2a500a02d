-- Cells beat a heartbeat into one row each instead of renewing a lease on every task they run: a
-- running task is an orphan once the cell holding it stops beating, and any cell may take it over.

CREATE TABLE cell (
    id              VARCHAR(64) PRIMARY KEY,
    started         TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_until TIMESTAMP WITH TIME ZONE NOT NULL
);

DROP INDEX task_status;
ALTER TABLE task DROP COLUMN lease_until;

-- Indexes cost every task several B-tree writes, so each one has to serve queries. Task queries
-- sort by start time with the id breaking ties; an index on (the columns a query pins to one value,
-- start_time, id) hands back a page in order without sorting every match (QueryType.indexPrefix):
-- org + status (tenant queries, per-org and per-user limits), status (admin queries, running and
-- queued scans), org, or nothing. Expired tasks are purged by an hourly scan instead of an index of
-- their own; an event's id needs no unique index (it is a random UUID; seq is the key).
DROP INDEX task_org_status;
DROP INDEX task_user_status;
DROP INDEX task_expiry;
DROP INDEX task_org_start;
DROP INDEX task_start;
CREATE INDEX task_org_status_start ON task (org_id, status, start_time, id);
CREATE INDEX task_status_start ON task (status, start_time, id);
CREATE INDEX task_org_start ON task (org_id, start_time, id);
CREATE INDEX task_start ON task (start_time, id);
ALTER TABLE event DROP CONSTRAINT event_id_unique;

-- What the task produced: ResultContent as XML, and (33.0+) a reference to the object it made.
ALTER TABLE task ADD COLUMN result VARCHAR(16384);
ALTER TABLE task ADD COLUMN result_href VARCHAR(1024);
ALTER TABLE task ADD COLUMN result_type VARCHAR(256);
ALTER TABLE task ADD COLUMN result_name VARCHAR(256);

-- Task queries that filter on the operation's name (name==catalog*, as task monitors ask): their
-- total was counted over every task of the org, linearly in the org's tasks (at 100,000 tasks the
-- benchmark's p99 was 134 ms, 8.5x its p99 at 10,000). This index makes the count a range of the
-- matching tasks, and a page of one operation's tasks in start order a walk of it. On PostgreSQL the
-- column takes varchar_pattern_ops (Database.migrationPlaceholders), without which LIKE cannot use it.
CREATE INDEX task_org_operation ON task (org_id, operation_name ${likePrefixOps}, start_time, id);

-- System-wide settings a system administrator changes through the API (blocking tasks,
-- notifications, AMQP), one row per setting, shared by every cell.
CREATE TABLE system_setting (
    name  VARCHAR(128) PRIMARY KEY,
    text  VARCHAR(8192)
);

-- A blocked operation waiting for an approval: resume, abort or fail, by hand or at timeout_date.
CREATE TABLE blocking_task (
    id             UUID PRIMARY KEY,
    task_id        UUID NOT NULL,
    org_id         UUID NOT NULL,
    name           VARCHAR(128) NOT NULL,          -- the blocked operationName
    status         VARCHAR(16) NOT NULL,           -- active, then resumed, aborted or failed
    created        TIMESTAMP WITH TIME ZONE NOT NULL,
    timeout_date   TIMESTAMP WITH TIME ZONE NOT NULL,
    timeout_action VARCHAR(16) NOT NULL,
    message        VARCHAR(4096),                  -- what the resolving action said
    resolved       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX blocking_task_status ON blocking_task (status, timeout_date);
CREATE INDEX blocking_task_task ON blocking_task (task_id);

-- Runs of the event log the notification publisher read and did not send (no broker was set, notifications
-- were off, or the events came with a loaded state): what the console shows as not sent, without a row per
-- event. A run that goes on is stretched, not repeated.
CREATE TABLE passed_over_event (
    first_seq BIGINT PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    reason    VARCHAR(64) NOT NULL
);
CREATE INDEX passed_over_event_last ON passed_over_event (last_seq);
-- What the publisher read before this table kept runs: whether it was sent is not known.
INSERT INTO passed_over_event (first_seq, last_seq, reason)
SELECT 0, CAST(text AS BIGINT), 'read before deliveries were recorded' FROM system_setting
WHERE name = 'notifications.cursor' AND CAST(text AS BIGINT) > 0;

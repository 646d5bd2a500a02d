-- Events the notification publisher could not turn into a message the broker takes (a routing key
-- over AMQP's 255 bytes, say): set aside with the reason, so the ones after them still go out.
CREATE TABLE undelivered_event (
    event_id UUID PRIMARY KEY,
    seq      BIGINT NOT NULL,
    reason   VARCHAR(1024) NOT NULL,
    time     TIMESTAMP WITH TIME ZONE NOT NULL
);

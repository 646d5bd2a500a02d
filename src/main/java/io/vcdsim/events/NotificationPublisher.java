package io.vcdsim.events;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.vcdsim.blocking.BlockingTasks;
import io.vcdsim.core.Housekeeping;
import io.vcdsim.store.CachedSettings;
import io.vcdsim.store.Database;
import io.vcdsim.store.EventStore;
import io.vcdsim.store.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The outbox publisher: events are written in the same transaction as the change they record, and
 * this sends them to the broker in log order, moving a stored cursor only once the broker confirmed
 * them. A broker outage delays notifications and loses none; the cursor's row lock lets one cell
 * publish at a time.
 */
public final class NotificationPublisher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NotificationPublisher.class);
    public static final String CURSOR = "notifications.cursor";
    private static final int BATCH = 500;
    /** A gap in the log older than this is a transaction that rolled back, not one still committing. */
    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SETTINGS_TTL = Duration.ofSeconds(1);
    /** Why events were read and not sent. */
    public static final String NO_BROKER = "no broker set";
    public static final String NOTIFICATIONS_OFF = "notifications off";
    public static final String LOADED = "loaded with a saved state";

    private final Database db;
    private final Clock clock;
    private final Supplier<String> baseUrl;
    private final Thread thread;
    private final CachedSettings<AmqpConfig> config;
    private volatile boolean closed;
    /** Messages the broker confirmed, and events set aside as undeliverable, since this cell started. */
    private final LongAdder published = new LongAdder();
    private final LongAdder setAside = new LongAdder();
    private volatile boolean connected;
    private AmqpConfig connectedWith;
    private Connection connection;
    private Channel channel;

    public NotificationPublisher(Database db, Clock clock, Supplier<String> baseUrl) {
        this.db = db;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.config = new CachedSettings<>(db, clock, SETTINGS_TTL, AmqpConfig::load, AmqpConfig::save);
        this.thread = Housekeeping.daemonThreads("notification-publisher").newThread(this::run);
    }

    public void start() {
        db.run(tx -> {
            if (tx.settings().get(CURSOR).isEmpty()) {
                tx.settings().put(CURSOR, "0");
            }
        });
        thread.start();
    }

    public AmqpConfig config() {
        return config.get();
    }

    public AmqpConfig update(AmqpConfig c) {
        return config.set(c);
    }

    /** The same, in the caller's transaction (with other settings that change together). */
    public void update(Tx tx, AmqpConfig c) {
        config.set(tx, c);
    }

    private void run() {
        long backoff = 0;
        while (!closed) {
            try {
                boolean more = publishBatch();
                backoff = 0;
                if (!more) {
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (closed) {
                    return;
                }
                if (backoff == 0) {
                    log.warn("cannot publish notifications ({}); they wait in the event log", e.toString());
                }
                disconnect();
                backoff = Math.min(5_000, Math.max(250, backoff * 2));
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** Publishes the next run of events; true when there may be more right away. */
    private boolean publishBatch() throws Exception {
        AmqpConfig c = config();
        if (c.configured()) {
            channel(c); // connected (and the exchanges declared) as soon as a broker is set, for consumers to bind
        } else {
            disconnect();
        }
        return db.tx(tx -> {
            long cursor = Long.parseLong(tx.settings().lock(CURSOR).orElse("0"));
            List<EventStore.Logged> events = tx.events().after(cursor, BATCH);
            long last = cursor;
            List<Notification> out = new ArrayList<>();
            PassedOver passed = new PassedOver(tx, cursor);
            for (EventStore.Logged l : settled(events, cursor, clock.instant())) {
                last = l.seq();
                boolean blocking = l.event().type().startsWith(BlockingTasks.EVENT_PREFIX);
                // blocking-task messages go out even with notifications off: an approval service needs them
                if (c.configured() && (c.notificationsEnabled() || blocking)) {
                    passed.sent(l.seq());
                    deliverable(tx, l).ifPresent(out::add);
                } else {
                    passed.add(l.seq(), c.configured() ? NOTIFICATIONS_OFF : NO_BROKER);
                }
            }
            passed.end();
            if (last == cursor) {
                return false;
            }
            if (!out.isEmpty()) {
                db.awaitWritten(tx); // what a message announces is in the file before it goes out
                send(c, out);
            }
            tx.settings().put(CURSOR, Long.toString(last));
            return events.size() == BATCH;
        });
    }

    /**
     * The events of a read of the log after {@code cursor} that come before its first gap that may still fill: an
     * earlier number may commit after a later one, so a reader that went past the gap would never see it. A gap older
     * than {@link #GAP_TIMEOUT} is a transaction that rolled back.
     */
    static List<EventStore.Logged> settled(List<EventStore.Logged> events, long cursor, Instant now) {
        Instant settled = now.minus(GAP_TIMEOUT);
        long last = cursor;
        for (int i = 0; i < events.size(); i++) {
            EventStore.Logged l = events.get(i);
            if (l.seq() != last + 1 && l.event().time().isAfter(settled)) {
                return events.subList(0, i);
            }
            last = l.seq();
        }
        return events;
    }

    /** Runs of events read and not sent, recorded as runs (one row, stretched, however long the run). */
    private static final class PassedOver {
        private final Tx tx;
        /** The event read last, and where the current run began: a run that goes on from one is stretched. */
        private long previous;
        private long after;
        private long first = -1;
        private long last;
        private String reason;

        PassedOver(Tx tx, long cursor) {
            this.tx = tx;
            this.previous = cursor;
        }

        void add(long seq, String why) {
            if (first >= 0 && !why.equals(reason)) {
                end();
            }
            if (first < 0) {
                after = previous;
                first = seq;
                reason = why;
            }
            last = seq;
            previous = seq;
        }

        void sent(long seq) {
            end();
            previous = seq;
        }

        /** The run ends (an event is sent, or the batch is over). */
        void end() {
            if (first >= 0) {
                tx.events().passOver(after, first, last, reason);
                first = -1;
            }
        }
    }

    /**
     * The event as a message, or nothing when it cannot be one: then it is set aside with the reason
     * and logged, and the events after it go out (one bad event must not stop every notification).
     */
    private java.util.Optional<Notification> deliverable(Tx tx, EventStore.Logged l) {
        try {
            Notification n = Notification.of(l.event(), baseUrl.get());
            n.requireDeliverable();
            return java.util.Optional.of(n);
        } catch (RuntimeException e) {
            log.warn("event {} ({}) cannot be published and is set aside: {}", l.event().id(), l.event().type(),
                    e.getMessage());
            tx.events().setAside(l, String.valueOf(e.getMessage()), clock.instant());
            setAside.increment();
            return java.util.Optional.empty();
        }
    }

    private void send(AmqpConfig c, List<Notification> notifications) {
        try {
            Channel ch = channel(c);
            for (Notification n : notifications) {
                ch.basicPublish(c.exchange(), n.routingKey(), properties(n, "application/xml"), n.xml());
                ch.basicPublish(c.jsonExchange(), n.routingKey(), properties(n, "application/json"), n.json());
            }
            ch.waitForConfirmsOrDie(10_000);
            published.add(2L * notifications.size()); // each event goes out in XML and in JSON
        } catch (Exception e) {
            throw new IllegalStateException("publishing to " + c.host() + ":" + c.port() + " failed: " + e, e);
        }
    }

    private static AMQP.BasicProperties properties(Notification n, String contentType) {
        // the event's id names the message: after a crash the backlog may send an event again, and a
        // consumer that remembers ids drops the second copy (it is the body's eventId too)
        return new AMQP.BasicProperties.Builder().contentType(contentType).contentEncoding("UTF-8").deliveryMode(2)
                .headers(n.headers()).type(n.type()).messageId(n.eventId().toString()).build();
    }

    private Channel channel(AmqpConfig c) throws Exception {
        if (channel != null && channel.isOpen() && c.equals(connectedWith)) {
            return channel;
        }
        disconnect();
        connection = c.connectionFactory().newConnection("vcdsim-notifications");
        channel = connection.createChannel();
        channel.confirmSelect();
        // vCAT recommends a durable topic exchange; vCD itself creates the JSON one
        channel.exchangeDeclare(c.exchange(), "topic", true);
        channel.exchangeDeclare(c.jsonExchange(), "topic", true);
        connectedWith = c;
        connected = true;
        return channel;
    }

    private void disconnect() {
        try {
            if (connection != null) {
                connection.abort(1_000);
            }
        } finally {
            connection = null;
            channel = null;
            connectedWith = null;
            connected = false;
        }
    }

    /** Messages the broker confirmed since this cell started (an event is two: XML and JSON). */
    public long published() {
        return published.sum();
    }

    /** Events set aside as undeliverable since this cell started. */
    public long setAside() {
        return setAside.sum();
    }

    /** Whether this cell holds a connection to the broker now. */
    public boolean connected() {
        return connected && channel != null && channel.isOpen();
    }

    /** Events in the log that no cell has published yet. */
    public long backlog() {
        return db.read(tx -> tx.events().countAfter(Long.parseLong(tx.settings().get(CURSOR).orElse("0"))));
    }

    /** Connects with these settings and says what went wrong, if anything (the AMQP settings test). */
    public static String test(AmqpConfig c) {
        try (Connection conn = c.connectionFactory().newConnection("vcdsim-settings-test")) {
            return null;
        } catch (Exception e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    /** Stops publishing and waits for a batch in progress: the store closes after this. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt(); // wakes it from its pause; one inside the store waits until its batch is done
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

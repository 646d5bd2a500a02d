package io.vcdsim.events;

import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.EventStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The event log as watchers read it (the console's live views): what a principal may see after a
 * point of the log, and the newest events as notifications with where the broker stands on each. It
 * reads the same log the publisher sends from, so a watcher sees what the broker gets.
 */
public final class EventFeed {
    /** Where an event stands with the broker. */
    public enum Delivery {
        /** Not read by the publisher yet: in the backlog. */
        WAITING,
        /** Sent to the broker (and confirmed by it). */
        SENT,
        /** Read and passed over: no broker was set, notifications were off, or it came with a loaded state. */
        NOT_SENT,
        /** It could not be made a message; set aside with the reason. */
        SET_ASIDE,
        /** Read before this store recorded what the publisher did with each event (an older vcdsim). */
        UNRECORDED
    }

    /** One event as the broker gets it, with its place in the log, its delivery, and why it was not sent. */
    public record Sent(long seq, Notification notification, java.time.Instant time, Delivery delivery,
                       String reason) {
    }

    /** The broker as this cell sees it. */
    public record Broker(boolean configured, String host, int port, String exchange, boolean notificationsEnabled,
                         boolean connected, long backlog, long published, long setAside) {
    }

    /** The reason V36 gave the events read before it (the runs it could not know). */
    static final String UNRECORDED = "read before deliveries were recorded";
    private final Database db;
    private final NotificationPublisher publisher;
    private final Supplier<String> baseUrl;
    private final Clock clock;
    private volatile boolean open = true;

    public EventFeed(Database db, NotificationPublisher publisher, Supplier<String> baseUrl, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.publisher = publisher;
        this.baseUrl = baseUrl;
    }

    /** Whether watches go on: false once vcdsim stops, so open streams end and let the server stop at once. */
    public boolean isOpen() {
        return open;
    }

    public void close() {
        open = false;
    }

    /** The newest event's place in the log: a watch that starts now starts after it. */
    public long last() {
        return db.read(tx -> tx.events().lastSeq());
    }

    /** What a watch reads next: the events it may see, and the place in the log it has read up to. */
    public record Batch(List<EventStore.Logged> events, long next) {
    }

    /**
     * The events after {@code seq} this principal may see (all for the System org, its own org's for a tenant), up
     * to the first gap in the log that may still fill: an event numbered earlier may commit after a later one, and
     * a watch that went past it would never see it (the publisher reads the log the same way).
     */
    public Batch after(Principal who, long seq, int limit) {
        return db.read(tx -> {
            List<EventStore.Logged> visible = new ArrayList<>();
            long last = seq;
            for (EventStore.Logged l : NotificationPublisher.settled(tx.events().after(seq, limit), seq,
                    clock.instant())) {
                last = l.seq();
                if (who.systemOrg() || who.orgId().equals(l.event().orgId())) {
                    visible.add(l);
                }
            }
            return new Batch(visible, last);
        });
    }

    /** The newest events as the notifications they are, newest first (System administrators). */
    public List<Sent> recent(Principal who, int limit) {
        who.requireSystemAdmin();
        return db.read(tx -> {
            long cursor = Long.parseLong(tx.settings().get(NotificationPublisher.CURSOR).orElse("0"));
            List<EventStore.Logged> latest = tx.events().latest(limit);
            if (latest.isEmpty()) {
                return List.of();
            }
            Set<Long> setAside = tx.events().setAsideAmong(latest.stream().map(EventStore.Logged::seq).toList());
            List<EventStore.PassedOver> passed = tx.events().passedOver(latest.get(latest.size() - 1).seq(),
                    latest.get(0).seq());
            List<Sent> out = new ArrayList<>();
            for (EventStore.Logged l : latest) {
                Notification n;
                try {
                    n = Notification.of(l.event(), baseUrl.get());
                } catch (RuntimeException e) {
                    continue; // the publisher sets it aside with the reason once it reaches it
                }
                EventStore.PassedOver run = passed.stream().filter(p -> p.first() <= l.seq() && l.seq() <= p.last())
                        .findFirst().orElse(null);
                Delivery d = setAside.contains(l.seq()) ? Delivery.SET_ASIDE : l.seq() > cursor ? Delivery.WAITING
                        : run == null ? Delivery.SENT : run.reason().equals(UNRECORDED) ? Delivery.UNRECORDED
                        : Delivery.NOT_SENT;
                out.add(new Sent(l.seq(), n, l.event().time(), d, d == Delivery.NOT_SENT ? run.reason() : null));
            }
            return out;
        });
    }

    public Broker broker(Principal who) {
        who.requireSystemAdmin();
        AmqpConfig c = publisher.config();
        return new Broker(c.configured(), c.host(), c.port(), c.exchange(), c.notificationsEnabled(),
                publisher.connected(), publisher.backlog(), publisher.published(), publisher.setAside());
    }
}

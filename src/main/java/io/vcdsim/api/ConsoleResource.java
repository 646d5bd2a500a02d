package io.vcdsim.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.events.EventFeed;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.store.EventRow;
import io.vcdsim.store.EventStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web console: its page (plain HTML, CSS and JavaScript from the jar, no build step) at {@code /console},
 * and the two feeds it reads besides the vCloud API itself, under {@code /api/vcdsim}: the event log as
 * server-sent events (tasks moving, for anyone, within what they may see) and the newest notifications with the
 * broker's state (System administrators). The page does everything else through the API a client uses.
 */
public final class ConsoleResource implements Routes {
    private static final String BASE = "/api/vcdsim";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A stream ends after this long; the browser reconnects with Last-Event-ID, so nothing is missed. */
    private static final Duration STREAM_LIFETIME = Duration.ofSeconds(25);
    private static final Duration POLL = Duration.ofMillis(150);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(10);
    private static final int BATCH = 200;
    private static final int MAX_RECENT = 500;
    /** Event streams open at once: each holds a request thread (of 200) while it lasts. */
    static final int MAX_STREAMS = 64;
    /** Every file the console is made of, and its type. */
    private static final Map<String, String> FILES = Map.of("index.html", "text/html; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8", "console.css", "text/css; charset=utf-8");
    /** The page runs only its own script and style, and in no one else's frame. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
            + "form-action 'none'";

    private final EventFeed feed;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final java.util.concurrent.Semaphore streams = new java.util.concurrent.Semaphore(MAX_STREAMS);

    public ConsoleResource(EventFeed feed) {
        this.feed = feed;
        FILES.keySet().forEach(name -> files.put(name, load(name)));
    }

    @Override
    public void register(Router r) {
        r.anonymous("GET", "/console", x -> file("index.html"));
        r.anonymous("GET", "/console/{file}", x -> file(x.pathParam("file")));
        r.get(BASE + "/events", this::events);
        r.get(BASE + "/notifications", this::notifications);
    }

    private Reply file(String name) {
        byte[] body = files.get(name);
        if (body == null) {
            throw ApiException.notFound("The console has no file " + name + ".");
        }
        return Reply.bytes(200, body, FILES.get(name)).header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff");
    }

    /**
     * The event log from a point on, as server-sent events: {@code id} is the event's place in the log. A new
     * watch starts after the newest event, or after {@code ?after=} or the Last-Event-ID a browser sends back.
     */
    private Reply events(Exchange x) {
        Principal who = x.principal();
        who.require(Right.TASK_VIEW); // the events are tasks' and their objects': who may see tasks sees them
        String from = x.header("last-event-id") != null ? x.header("last-event-id") : x.queryParam("after");
        long start = from == null ? feed.last() : position(from);
        if (!streams.tryAcquire()) { // each holds a request thread while it lasts
            throw new ApiException(503, "SERVICE_UNAVAILABLE", "Too many event streams are open (" + MAX_STREAMS
                    + "); try again shortly.");
        }
        return Reply.stream("text/event-stream; charset=utf-8", out -> {
            try {
                stream(who, start, out);
            } finally {
                streams.release();
            }
        });
    }

    private static long position(String from) {
        try {
            long seq = Long.parseLong(from.trim());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("A place in the event log (after, Last-Event-ID) is a whole number from 0; not "
                + (from.length() > 40 ? from.substring(0, 40) + "…" : from) + ".");
    }

    private void stream(Principal who, long start, OutputStream out) throws IOException {
        long cursor = start;
        long end = System.nanoTime() + STREAM_LIFETIME.toNanos();
        long quietSince = System.nanoTime();
        out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        while (feed.isOpen() && System.nanoTime() < end) {
            EventFeed.Batch batch = feed.after(who, cursor, BATCH);
            for (EventStore.Logged l : batch.events()) {
                out.write(("id: " + l.seq() + "\ndata: " + JSON.writeValueAsString(summary(l)) + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            boolean moved = batch.next() != cursor;
            cursor = batch.next(); // past others' events too: a reconnect resumes after the last one seen
            if (!batch.events().isEmpty()) {
                out.flush();
                quietSince = System.nanoTime();
                continue;
            }
            if (moved) {
                continue; // others' events only: read on at once
            }
            if (System.nanoTime() - quietSince > KEEP_ALIVE.toNanos()) {
                out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8)); // finds a client that left
                out.flush();
                quietSince = System.nanoTime();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Map<String, Object> summary(EventStore.Logged l) {
        EventRow e = l.event();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", l.seq());
        m.put("eventId", e.id().toString());
        m.put("type", e.type());
        m.put("time", e.time().toString());
        m.put("success", e.success());
        m.put("orgId", e.orgId() == null ? null : e.orgId().toString());
        m.put("userName", e.userName());
        m.put("taskId", e.taskId() == null ? null : e.taskId().toString());
        ObjectRef entity = e.entity();
        if (entity != null) {
            m.put("entity", Map.of("id", String.valueOf(entity.id()), "name", String.valueOf(entity.name()),
                    "type", String.valueOf(entity.type())));
        }
        return m;
    }

    private Reply notifications(Exchange x) {
        int limit = limit(x.queryParam("limit"));
        EventFeed.Broker broker = feed.broker(x.principal());
        List<Map<String, Object>> sent = feed.recent(x.principal(), limit).stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", s.seq());
            m.put("eventId", s.notification().eventId().toString());
            m.put("type", s.notification().type());
            m.put("routingKey", s.notification().routingKey());
            m.put("time", s.time().toString());
            m.put("delivery", s.delivery().name());
            if (s.reason() != null) {
                m.put("reason", s.reason());
            }
            try {
                m.put("body", JSON.readTree(s.notification().json())); // the JSON message, as the broker gets it
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return m;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("broker", broker);
        body.put("notifications", sent);
        return Reply.json(200, body);
    }

    private static int limit(String raw) {
        if (raw == null) {
            return 50;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1 && n <= MAX_RECENT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("limit is a whole number from 1 to " + MAX_RECENT + "; not "
                + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw) + ".");
    }

    private static byte[] load(String name) {
        try (InputStream in = ConsoleResource.class.getResourceAsStream("/console/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the console's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.vcdsim.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Forwarding;
import io.vcdsim.core.Principal;
import io.vcdsim.events.AmqpConfig;
import io.vcdsim.store.ServiceRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends a claimed request to its extension service over AMQP in vCD's format (task spec §5.2) and
 * turns the service's reply (§5.3) into the HTTP response. Replies come back to a queue of this
 * cell's own, bound to the AMQP settings' exchange, and are matched by correlation id.
 */
public final class RequestForwarder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RequestForwarder.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers the server sets itself for the body it writes. */
    private static final java.util.Set<String> HOP_HEADERS = java.util.Set.of("content-type", "content-length",
            "transfer-encoding", "connection");

    private final Supplier<AmqpConfig> broker;
    private final Duration timeout;
    /** A request waiting for its reply, and the connection whose reply queue it was told to use. */
    private record Pending(CompletableFuture<Forwarding.Response> reply, int connection) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private int generation;
    private Link link;
    private AmqpConfig connectedWith;

    public RequestForwarder(Supplier<AmqpConfig> broker, Duration timeout) {
        this.broker = broker;
        this.timeout = timeout;
    }

    public CompletableFuture<Forwarding.Response> forward(ServiceRow service, Forwarding.Request request) {
        String correlationId = UUID.randomUUID().toString();
        CompletableFuture<Forwarding.Response> reply = new CompletableFuture<>();
        try {
            publish(service, correlationId, reply, message(request));
        } catch (RuntimeException e) {
            pending.remove(correlationId);
            return CompletableFuture.failedFuture(e);
        }
        return reply.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> pending.remove(correlationId))
                .exceptionally(e -> {
                    Throwable cause = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
                    if (cause instanceof TimeoutException) {
                        throw new ApiException(504, "GATEWAY_TIMEOUT", "Extension service " + service.name()
                                + " did not answer within " + timeout.toMillis() + " ms.");
                    }
                    throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
                });
    }

    /** The connection this cell's forwarded requests share, with its reply queue. */
    private record Link(Connection connection, String replyQueue, int generation) {
    }

    /**
     * Publishes on a channel of its own with a publisher confirm, so concurrent requests do not wait
     * on each other; only connecting (once, or after a failure or a settings change) is serialized.
     */
    private void publish(ServiceRow service, String correlationId, CompletableFuture<Forwarding.Response> reply, byte[] body) {
        AmqpConfig c = broker.get();
        if (!c.configured()) {
            throw new ApiException(503, "SERVICE_UNAVAILABLE", "Extension service " + service.name()
                    + " cannot be reached: no AMQP broker is configured (settings/amqp).");
        }
        Link to;
        try {
            to = link(c);
        } catch (Exception e) {
            throw unavailable(service, c, e);
        }
        pending.put(correlationId, new Pending(reply, to.generation())); // before the reply can arrive
        try (Channel ch = to.connection().createChannel()) {
            ch.confirmSelect();
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().correlationId(correlationId)
                    .replyTo(to.replyQueue()).contentType("application/json").contentEncoding("UTF-8")
                    .headers(Map.of("messageType", "ProcessHttpRequest", "replyToExchange", c.exchange())).build();
            ch.basicPublish(service.exchange(), service.routingKey(), properties, body);
            ch.waitForConfirmsOrDie(5_000);
        } catch (java.io.IOException | com.rabbitmq.client.ShutdownSignalException e) {
            if (notFound(e) && to.connection().isOpen()) {
                // the broker closes the channel for a publish to an exchange it does not have (404)
                throw new ApiException(500, "INTERNAL_SERVER_ERROR", "Extension service " + service.name()
                        + " cannot be reached: its exchange " + service.exchange() + " does not exist on the broker.");
            }
            throw unavailable(service, c, e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new ApiException(503, "SERVICE_UNAVAILABLE", "The AMQP broker did not confirm the request for "
                    + "extension service " + service.name() + " within 5 s.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, c, e);
        }
    }

    private static boolean notFound(Exception e) {
        Throwable t = e;
        while (t != null && !(t instanceof com.rabbitmq.client.ShutdownSignalException)) {
            t = t.getCause();
        }
        return t instanceof com.rabbitmq.client.ShutdownSignalException s
                && s.getReason() instanceof AMQP.Channel.Close close && close.getReplyCode() == 404;
    }

    private ApiException unavailable(ServiceRow service, AmqpConfig c, Exception e) {
        disconnect();
        return new ApiException(503, "SERVICE_UNAVAILABLE", "Extension service " + service.name()
                + " cannot be reached: the AMQP broker at " + c.host() + ":" + c.port() + " is unavailable ("
                + e.getMessage() + ").");
    }

    private synchronized Link link(AmqpConfig c) throws Exception {
        if (link == null || !link.connection().isOpen() || !c.equals(connectedWith)) {
            disconnect();
            Connection connection = c.connectionFactory().newConnection("vcdsim-extensions");
            int current = ++generation;
            connection.addShutdownListener(cause -> failPending(current));
            Channel replies = connection.createChannel();
            replies.exchangeDeclare(c.exchange(), "topic", true);
            String queue = replies.queueDeclare("", false, true, true, null).getQueue();
            replies.queueBind(queue, c.exchange(), queue);
            replies.basicConsume(queue, true, (tag, delivery) -> reply(delivery), tag -> { });
            link = new Link(connection, queue, current);
            connectedWith = c;
        }
        return link;
    }

    private void reply(Delivery delivery) {
        String correlationId = delivery.getProperties().getCorrelationId();
        Pending waiting = correlationId == null ? null : pending.get(correlationId);
        if (waiting == null) {
            log.debug("reply {} matches no waiting request (late or unknown)", correlationId);
            return;
        }
        try {
            waiting.reply().complete(toReply(JSON.readTree(delivery.getBody())));
        } catch (Exception e) {
            waiting.reply().completeExceptionally(new ApiException(500, "INTERNAL_SERVER_ERROR",
                    "The extension service's reply is not a response vcdsim can read: " + e.getMessage()));
        }
    }

    /** {"statusCode", "headers", "body" (Base64)}: the service's HTTP response. */
    static Forwarding.Response toReply(JsonNode n) {
        int status = n.path("statusCode").asInt(0);
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("statusCode " + n.path("statusCode") + " is not an HTTP status");
        }
        JsonNode body = n.get("body");
        byte[] entity = body == null || body.isNull() ? new byte[0] : Base64.getMimeDecoder().decode(body.asText());
        String contentType = null;
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> h = it.next();
            String name = h.getKey().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("content-type")) {
                contentType = h.getValue().asText();
            } else if (!HOP_HEADERS.contains(name)) {
                headers.put(h.getKey(), h.getValue().asText());
            }
        }
        return new Forwarding.Response(status, entity, contentType, headers);
    }

    /** A JSON array: the request, then who sent it. */
    static byte[] message(Forwarding.Request r) {
        ArrayNode message = JSON.createArrayNode();
        ObjectNode request = message.addObject();
        request.put("id", r.id());
        request.put("scheme", r.scheme());
        request.put("method", r.method());
        request.put("requestUri", r.path());
        request.put("queryString", r.query());
        request.put("protocol", r.protocol());
        ObjectNode headers = request.putObject("headers");
        r.headers().forEach(headers::put);
        request.put("body", r.body().length == 0 ? "" : Base64.getEncoder().encodeToString(r.body()));
        request.put("localAddr", r.localAddr());
        request.put("localPort", r.localPort());
        request.put("remoteAddr", r.remoteAddr());
        request.put("remotePort", r.remotePort());
        request.put("request", true);
        // vCD's later elements are undocumented (task spec §5.2, Open); this one names the caller
        Principal p = r.principal();
        ObjectNode context = message.addObject().putObject("securityContext");
        context.put("user", "urn:vcloud:user:" + p.userId());
        context.put("userName", p.userName());
        context.put("org", "urn:vcloud:org:" + p.orgId());
        context.put("orgName", p.orgName());
        context.putArray("roles").add(p.roleName());
        ArrayNode rights = context.putArray("rights");
        p.rights().stream().map(right -> right.displayName).sorted().forEach(rights::add);
        try {
            return JSON.writeValueAsBytes(message);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Requests told to reply to a connection's queue get no reply once it is gone. */
    private void failPending(int lostConnection) {
        pending.values().stream().filter(p -> p.connection() == lostConnection).forEach(p -> p.reply()
                .completeExceptionally(new ApiException(503, "SERVICE_UNAVAILABLE", "No reply can come from the "
                        + "extension service: the connection to the AMQP broker was lost.")));
    }

    private synchronized void disconnect() {
        try {
            if (link != null) {
                link.connection().abort(1_000);
            }
        } finally {
            link = null;
            connectedWith = null;
        }
    }

    @Override
    public void close() {
        disconnect();
    }
}

package io.vcdsim.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.Delivery;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Forwarding;
import io.vcdsim.core.Principal;
import io.vcdsim.events.AmqpConfig;
import io.vcdsim.events.ReplyChannel;
import io.vcdsim.store.ServiceRow;

import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * Sends a claimed request to its extension service over AMQP in vCD's format (task spec §5.2) and
 * turns the service's reply (§5.3) into the HTTP response. The request and its reply go through the
 * cell's {@link ReplyChannel}.
 */
public final class RequestForwarder implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headers the server sets itself for the body it writes. */
    private static final java.util.Set<String> HOP_HEADERS = java.util.Set.of("content-type", "content-length",
            "transfer-encoding", "connection");

    private final ReplyChannel channel;
    private final Duration timeout;

    /** Forwards over {@code channel}, which it closes when it is closed. */
    public RequestForwarder(ReplyChannel channel, Duration timeout) {
        this.channel = channel;
        this.timeout = timeout;
    }

    public CompletableFuture<Forwarding.Response> forward(ServiceRow service, Forwarding.Request request) {
        CompletableFuture<Delivery> reply;
        try {
            reply = channel.request(service.exchange(), service.routingKey(), "application/json",
                    Map.of("messageType", "ProcessHttpRequest"), message(request), timeout);
        } catch (ReplyChannel.Unsent e) {
            return CompletableFuture.failedFuture(unsent(service, e));
        }
        return reply.handle((delivery, e) -> {
            Throwable cause = e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
            if (cause instanceof TimeoutException) {
                throw new ApiException(504, "GATEWAY_TIMEOUT", "Extension service " + service.name()
                        + " did not answer within " + timeout.toMillis() + " ms.");
            }
            if (cause instanceof ReplyChannel.ConnectionLost) {
                throw new ApiException(503, "SERVICE_UNAVAILABLE", "No reply can come from the "
                        + "extension service: the connection to the AMQP broker was lost.");
            }
            if (cause != null) {
                throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
            }
            try {
                return toReply(JSON.readTree(delivery.getBody()));
            } catch (Exception bad) {
                throw new ApiException(500, "INTERNAL_SERVER_ERROR",
                        "The extension service's reply is not a response vcdsim can read: " + bad.getMessage());
            }
        });
    }

    private static ApiException unsent(ServiceRow service, ReplyChannel.Unsent e) {
        AmqpConfig c = e.broker;
        return switch (e.failure) {
            case NOT_CONFIGURED -> new ApiException(503, "SERVICE_UNAVAILABLE", "Extension service " + service.name()
                    + " cannot be reached: no AMQP broker is configured (settings/amqp).");
            case NO_SUCH_EXCHANGE -> new ApiException(500, "INTERNAL_SERVER_ERROR", "Extension service "
                    + service.name() + " cannot be reached: its exchange " + service.exchange()
                    + " does not exist on the broker.");
            case NOT_CONFIRMED -> new ApiException(503, "SERVICE_UNAVAILABLE", "The AMQP broker did not confirm the "
                    + "request for extension service " + service.name() + " within 5 s.");
            case BROKER_UNAVAILABLE -> new ApiException(503, "SERVICE_UNAVAILABLE", "Extension service "
                    + service.name() + " cannot be reached: the AMQP broker at " + c.host() + ":" + c.port()
                    + " is unavailable (" + e.getMessage() + ").");
        };
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

    @Override
    public void close() {
        channel.close();
    }
}

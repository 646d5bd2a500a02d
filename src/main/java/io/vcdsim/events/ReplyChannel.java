package io.vcdsim.events;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Request and reply over AMQP, as vCD talks to its extensions: a message published (with a publisher confirm) to an
 * extension's exchange, its reply to a queue of this cell's own (bound to the AMQP settings' exchange, and reachable
 * through the default exchange by its name), matched by correlation id. Extension services and object extensions
 * share it; what a message means is theirs.
 */
public final class ReplyChannel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReplyChannel.class);

    /** Why a message could not be sent; the caller says so in its own words. */
    public enum Failure { NOT_CONFIGURED, BROKER_UNAVAILABLE, NO_SUCH_EXCHANGE, NOT_CONFIRMED }

    /** A message that did not reach the broker. */
    public static final class Unsent extends RuntimeException {
        public final Failure failure;
        public final AmqpConfig broker;

        Unsent(Failure failure, AmqpConfig broker, Throwable cause) {
            super(cause == null ? failure.name() : cause.getMessage(), cause);
            this.failure = failure;
            this.broker = broker;
        }
    }

    /** The reply's connection went away before the reply came: none can come now. */
    public static final class ConnectionLost extends RuntimeException {
        ConnectionLost() {
            super("the connection to the AMQP broker was lost");
        }
    }

    private final Supplier<AmqpConfig> broker;
    private final String connectionName;
    /** A message waiting for its reply, and the connection whose reply queue it was told to use. */
    private record Pending(CompletableFuture<Delivery> reply, int connection) {
    }

    /** The connection replies come back on, with its queue. */
    private record Link(Connection connection, String replyQueue, int generation) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private int generation;
    private Link link;
    private AmqpConfig connectedWith;

    public ReplyChannel(Supplier<AmqpConfig> broker, String connectionName) {
        this.broker = broker;
        this.connectionName = connectionName;
    }

    /**
     * Publishes {@code body} and returns its reply, which fails with a TimeoutException after {@code timeout}, or
     * with {@link ConnectionLost}. Throws {@link Unsent} when the message does not reach the broker. Publishing runs
     * on a channel of its own, so concurrent messages do not wait on each other; only connecting is serialized.
     */
    public CompletableFuture<Delivery> request(String exchange, String routingKey, String contentType,
                                               Map<String, Object> headers, byte[] body, Duration timeout) {
        String correlationId = UUID.randomUUID().toString();
        CompletableFuture<Delivery> reply = new CompletableFuture<>();
        AmqpConfig c = broker.get();
        Link to = linkTo(c);
        pending.put(correlationId, new Pending(reply, to.generation())); // before the reply can arrive
        try {
            publish(to, c, exchange, routingKey, contentType, headers, body, correlationId);
        } catch (RuntimeException e) {
            pending.remove(correlationId);
            throw e;
        }
        return reply.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> pending.remove(correlationId));
    }

    /** Publishes a message no reply is awaited for (with a publisher confirm); throws {@link Unsent}. */
    public void tell(String exchange, String routingKey, String contentType, Map<String, Object> headers,
                     byte[] body) {
        AmqpConfig c = broker.get();
        publish(linkTo(c), c, exchange, routingKey, contentType, headers, body, UUID.randomUUID().toString());
    }

    private Link linkTo(AmqpConfig c) {
        if (!c.configured()) {
            throw new Unsent(Failure.NOT_CONFIGURED, c, null);
        }
        try {
            return link(c);
        } catch (Exception e) {
            disconnect();
            throw new Unsent(Failure.BROKER_UNAVAILABLE, c, e);
        }
    }

    private void publish(Link to, AmqpConfig c, String exchange, String routingKey, String contentType,
                         Map<String, Object> headers, byte[] body, String correlationId) {
        Map<String, Object> all = new HashMap<>(headers);
        all.put("replyToExchange", c.exchange());
        try (Channel ch = to.connection().createChannel()) {
            ch.confirmSelect();
            AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().correlationId(correlationId)
                    .replyTo(to.replyQueue()).contentType(contentType).contentEncoding("UTF-8").headers(all).build();
            ch.basicPublish(exchange, routingKey, properties, body);
            ch.waitForConfirmsOrDie(5_000);
        } catch (java.io.IOException | com.rabbitmq.client.ShutdownSignalException e) {
            if (notFound(e) && to.connection().isOpen()) {
                // the broker closes the channel for a publish to an exchange it does not have (404)
                throw new Unsent(Failure.NO_SUCH_EXCHANGE, c, e);
            }
            disconnect();
            throw new Unsent(Failure.BROKER_UNAVAILABLE, c, e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new Unsent(Failure.NOT_CONFIRMED, c, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            disconnect();
            throw new Unsent(Failure.BROKER_UNAVAILABLE, c, e);
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

    private synchronized Link link(AmqpConfig c) throws Exception {
        if (link == null || !link.connection().isOpen() || !c.equals(connectedWith)) {
            disconnect();
            Connection connection = c.connectionFactory().newConnection(connectionName);
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
            log.debug("reply {} matches no waiting message (late or unknown)", correlationId);
            return;
        }
        waiting.reply().complete(delivery);
    }

    /** Messages told to reply to a connection's queue get no reply once it is gone. */
    private void failPending(int lostConnection) {
        pending.values().stream().filter(p -> p.connection() == lostConnection)
                .forEach(p -> p.reply().completeExceptionally(new ConnectionLost()));
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

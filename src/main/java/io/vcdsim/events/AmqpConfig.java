package io.vcdsim.events;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.store.Tx;

/**
 * Where notifications go (AmqpSettings), and whether they go at all (NotificationsSettings). Stored
 * as system settings; the password is kept to connect but never shown.
 */
public record AmqpConfig(String host, int port, String username, String password, String exchange, String vhost,
                         boolean useSsl, String prefix, boolean notificationsEnabled) {
    /** Notifications are on by default (10.4 guide); nothing is sent until a host is set. */
    public static final AmqpConfig DEFAULT = new AmqpConfig("", 5672, "guest", "", "systemExchange", "/", false,
            "vcd", true);

    /** Settings a client sent, checked against what TCP and AMQP allow before anything is stored or tried. */
    public static AmqpConfig checked(String host, int port, String username, String password, String exchange,
                                     String vhost, boolean useSsl, String prefix, boolean notificationsEnabled) {
        if (port < 1 || port > 65535) {
            throw ApiException.badRequest("AmqpPort is a TCP port, 1 to 65535; not " + port + ".");
        }
        Lengths.atMost(host, 255, "AmqpHost");
        // exchange and virtual host names travel as AMQP short strings; the prefix makes an exchange name
        Lengths.atMostBytes(exchange, 255, "AmqpExchange");
        Lengths.atMostBytes(vhost, 255, "AmqpVHost");
        Lengths.atMostBytes(prefix, 255 - ".notifications20".length(), "AmqpPrefix");
        Lengths.atMost(username, 255, "AmqpUsername");
        Lengths.atMost(password, 1024, "AmqpPassword");
        return new AmqpConfig(host, port, username, password, exchange, vhost, useSsl, prefix, notificationsEnabled);
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** The exchange JSON notifications go to, which vCD names after the prefix. */
    public String jsonExchange() {
        return prefix + ".notifications20";
    }

    public static AmqpConfig load(Tx tx) {
        var s = tx.settings();
        AmqpConfig d = DEFAULT;
        return new AmqpConfig(s.get("amqp.host").orElse(d.host), s.get("amqp.port").map(Integer::parseInt).orElse(d.port),
                s.get("amqp.username").orElse(d.username), s.get("amqp.password").orElse(d.password),
                s.get("amqp.exchange").orElse(d.exchange), s.get("amqp.vhost").orElse(d.vhost),
                s.get("amqp.useSsl").map(Boolean::parseBoolean).orElse(d.useSsl), s.get("amqp.prefix").orElse(d.prefix),
                s.get("notifications.enabled").map(Boolean::parseBoolean).orElse(d.notificationsEnabled));
    }

    public void save(Tx tx) {
        var s = tx.settings();
        s.put("amqp.host", host);
        s.put("amqp.port", Integer.toString(port));
        s.put("amqp.username", username);
        s.put("amqp.password", password);
        s.put("amqp.exchange", exchange);
        s.put("amqp.vhost", vhost);
        s.put("amqp.useSsl", Boolean.toString(useSsl));
        s.put("amqp.prefix", prefix);
        s.put("notifications.enabled", Boolean.toString(notificationsEnabled));
    }

    public com.rabbitmq.client.ConnectionFactory connectionFactory() throws Exception {
        com.rabbitmq.client.ConnectionFactory f = new com.rabbitmq.client.ConnectionFactory();
        f.setHost(host);
        f.setPort(port);
        f.setUsername(username);
        f.setPassword(password);
        f.setVirtualHost(vhost);
        f.setConnectionTimeout(5_000);
        f.setAutomaticRecoveryEnabled(false); // the publisher reconnects itself, from the stored cursor
        if (useSsl) {
            f.useSslProtocol();
        }
        return f;
    }
}

package io.vcdsim.api;

import io.vcdsim.core.MediaTypes;
import io.vcdsim.events.AmqpConfig;
import io.vcdsim.events.NotificationPublisher;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AmqpSettings;
import io.vcdsim.model.AmqpTestResult;
import io.vcdsim.model.NotificationsSettings;

/** Notification settings (on or off) and the AMQP broker they go to, under /api/admin/extension/settings. */
public final class NotificationSettingsResource implements Routes {
    private static final String BASE = "/api/admin/extension/settings";
    private final NotificationPublisher publisher;

    public NotificationSettingsResource(NotificationPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void register(Router r) {
        r.get(BASE + "/notifications", x -> Reply.ok(notifications(x, config(x)), MediaTypes.NOTIFICATIONS_SETTINGS));
        r.put(BASE + "/notifications", this::putNotifications);
        r.get(BASE + "/amqp", x -> Reply.ok(amqp(x, config(x)), MediaTypes.AMQP_SETTINGS));
        r.put(BASE + "/amqp", this::putAmqp);
        r.post(BASE + "/amqp/action/test", this::test);
    }

    private AmqpConfig config(Exchange x) {
        x.principal().requireSystemAdmin();
        return publisher.config();
    }

    Reply putNotifications(Exchange x) {
        config(x);
        NotificationsSettings in = x.read(NotificationsSettings.class, "NotificationsSettings",
                MediaTypes.NOTIFICATIONS_SETTINGS);
        return Reply.ok(notifications(x, apply(in)), MediaTypes.NOTIFICATIONS_SETTINGS);
    }

    Reply putAmqp(Exchange x) {
        config(x);
        return Reply.ok(amqp(x, apply(x.read(AmqpSettings.class, "AmqpSettings", MediaTypes.AMQP_SETTINGS))),
                MediaTypes.AMQP_SETTINGS);
    }

    /** Turns notifications on or off (absent: unchanged). */
    AmqpConfig apply(NotificationsSettings in) {
        return publisher.update(checked(in, null));
    }

    /** Stores the broker settings the document gives; the others stay. */
    AmqpConfig apply(AmqpSettings in) {
        return publisher.update(merge(publisher.config(), in));
    }

    /**
     * What the settings become with the parts of a SystemSettings document given (either may be null),
     * checked but not stored: {@link #store} stores it.
     */
    AmqpConfig checked(NotificationsSettings notifications, AmqpSettings amqp) {
        AmqpConfig c = amqp == null ? publisher.config() : merge(publisher.config(), amqp);
        boolean enabled = notifications == null || notifications.enableNotifications == null
                ? c.notificationsEnabled() : notifications.enableNotifications;
        return new AmqpConfig(c.host(), c.port(), c.username(), c.password(), c.exchange(), c.vhost(), c.useSsl(),
                c.prefix(), enabled);
    }

    void store(AmqpConfig c) {
        publisher.update(c);
    }

    void store(io.vcdsim.store.Tx tx, AmqpConfig c) {
        publisher.update(tx, c);
    }

    AmqpConfig current() {
        return publisher.config();
    }

    /** Really connects to the broker in the body: Valid true, or false with the reason (never an HTTP error). */
    Reply test(Exchange x) {
        AmqpConfig c = merge(config(x), x.read(AmqpSettings.class, "AmqpSettings", MediaTypes.AMQP_SETTINGS));
        String problem = NotificationPublisher.test(c);
        AmqpTestResult t = new AmqpTestResult();
        t.href = x.href(BASE + "/amqp/action/test");
        t.type = MediaTypes.xml(MediaTypes.AMQP_SETTINGS_TEST);
        t.link("up", x.href(BASE + "/amqp"), MediaTypes.xml(MediaTypes.AMQP_SETTINGS));
        t.valid = problem == null;
        if (problem != null) {
            t.error = new io.vcdsim.model.ErrorType(400, "BAD_REQUEST", "Cannot connect to the AMQP broker: " + problem);
        }
        return Reply.ok(t, MediaTypes.AMQP_SETTINGS_TEST);
    }

    private static AmqpConfig merge(AmqpConfig c, AmqpSettings in) {
        return AmqpConfig.checked(in.amqpHost != null ? in.amqpHost : c.host(), in.amqpPort != null ? in.amqpPort : c.port(),
                in.amqpUsername != null ? in.amqpUsername : c.username(),
                in.amqpPassword != null ? in.amqpPassword : c.password(),
                in.amqpExchange != null ? in.amqpExchange : c.exchange(),
                in.amqpVHost != null ? in.amqpVHost : c.vhost(), in.amqpUseSsl != null ? in.amqpUseSsl : c.useSsl(),
                in.amqpPrefix != null ? in.amqpPrefix : c.prefix(), c.notificationsEnabled());
    }

    static NotificationsSettings notifications(Exchange x, AmqpConfig c) {
        NotificationsSettings n = new NotificationsSettings();
        n.href = x.href(BASE + "/notifications");
        n.type = MediaTypes.xml(MediaTypes.NOTIFICATIONS_SETTINGS);
        n.link("edit", n.href, n.type);
        n.enableNotifications = c.notificationsEnabled();
        return n;
    }

    static AmqpSettings amqp(Exchange x, AmqpConfig c) {
        AmqpSettings a = new AmqpSettings();
        a.href = x.href(BASE + "/amqp");
        a.type = MediaTypes.xml(MediaTypes.AMQP_SETTINGS);
        a.link("edit", a.href, a.type);
        a.link("test", x.href(BASE + "/amqp/action/test"), MediaTypes.xml(MediaTypes.AMQP_SETTINGS));
        a.amqpHost = c.host();
        a.amqpPort = c.port();
        a.amqpUsername = c.username();
        a.amqpPassword = ""; // write-only
        a.amqpExchange = c.exchange();
        a.amqpVHost = c.vhost();
        a.amqpUseSsl = c.useSsl();
        a.amqpSslAcceptAll = false;
        a.amqpPrefix = c.prefix();
        return a;
    }
}

package io.vcdsim.api;

import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.SystemSettings;
import io.vcdsim.views.BlockingTaskView;

/**
 * {@code /api/admin/extension/settings}: the notification, AMQP and blocking-task settings in one
 * document. A PUT changes the parts it carries, as the PUTs on their own URLs would.
 */
public final class SystemSettingsResource implements Routes {
    private static final String BASE = "/api/admin/extension/settings";
    private final NotificationSettingsResource notifications;
    private final BlockingTaskResource blocking;

    public SystemSettingsResource(NotificationSettingsResource notifications, BlockingTaskResource blocking) {
        this.notifications = notifications;
        this.blocking = blocking;
    }

    @Override
    public void register(Router r) {
        r.get(BASE, x -> Reply.ok(view(x), MediaTypes.SYSTEM_SETTINGS));
        r.put(BASE, this::put);
    }

    Reply put(Exchange x) {
        x.principal().requireSystemAdmin();
        SystemSettings in = x.read(SystemSettings.class, "SystemSettings", MediaTypes.SYSTEM_SETTINGS);
        // the only part that can be refused is checked first, so a 400 changes nothing
        var blockingSettings = in.blockingTaskSettings == null ? null : blocking.merged(in.blockingTaskSettings);
        if (in.notificationsSettings != null) {
            notifications.apply(in.notificationsSettings);
        }
        if (in.amqpSettings != null) {
            notifications.apply(in.amqpSettings);
        }
        if (blockingSettings != null) {
            blocking.store(blockingSettings);
        }
        return Reply.ok(view(x), MediaTypes.SYSTEM_SETTINGS);
    }

    private SystemSettings view(Exchange x) {
        x.principal().requireSystemAdmin();
        SystemSettings s = new SystemSettings();
        s.href = x.href(BASE);
        s.type = MediaTypes.xml(MediaTypes.SYSTEM_SETTINGS);
        s.link("edit", s.href, s.type);
        s.link("down", x.href(BASE + "/notifications"), MediaTypes.xml(MediaTypes.NOTIFICATIONS_SETTINGS));
        s.link("down", x.href(BASE + "/amqp"), MediaTypes.xml(MediaTypes.AMQP_SETTINGS));
        s.link("down", x.href(BASE + "/blockingTask"), MediaTypes.xml(MediaTypes.BLOCKING_TASK_SETTINGS));
        s.notificationsSettings = NotificationSettingsResource.notifications(x, notifications.current());
        s.amqpSettings = NotificationSettingsResource.amqp(x, notifications.current());
        s.blockingTaskSettings = BlockingTaskView.settings(Hrefs.viewer(x), blocking.settings());
        return s;
    }
}

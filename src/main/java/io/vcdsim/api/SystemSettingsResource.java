package io.vcdsim.api;

import io.vcdsim.blocking.BlockingSettings;
import io.vcdsim.config.LookupServiceRegistration;
import io.vcdsim.config.SettingsPart;
import io.vcdsim.config.SettingsParts;
import io.vcdsim.config.SystemSettingsService;
import io.vcdsim.config.SystemSettingsService.Change;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.events.AmqpConfig;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.LookupServiceParams;
import io.vcdsim.model.Resource;
import io.vcdsim.model.SystemSettings;
import io.vcdsim.views.BlockingTaskView;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/admin/extension/settings}: every part of the system settings in one document, and each
 * part of {@link SettingsParts} at its own URL (notifications, AMQP and blocking tasks have their own
 * resources). System administrators only. A PUT of the whole document changes the parts it carries, as
 * the PUTs on their own URLs would, after checking all of them: a refused part changes nothing. The lookup
 * service's own PUT answers with a task ({@link LookupServiceRegistration}).
 */
public final class SystemSettingsResource implements Routes {
    private static final String BASE = "/api/admin/extension/settings";
    private final NotificationSettingsResource notifications;
    private final BlockingTaskResource blocking;
    private final SystemSettingsService settings;
    private final LookupServiceRegistration lookupService;
    private final TaskViews tasks;

    public SystemSettingsResource(NotificationSettingsResource notifications, BlockingTaskResource blocking,
                                  SystemSettingsService settings, LookupServiceRegistration lookupService,
                                  TaskViews tasks) {
        this.notifications = notifications;
        this.blocking = blocking;
        this.settings = settings;
        this.lookupService = lookupService;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get(BASE, x -> Reply.ok(view(x), MediaTypes.SYSTEM_SETTINGS));
        r.put(BASE, this::put);
        SettingsParts.ALL.forEach(part -> routes(r, part));
    }

    private <T extends Resource> void routes(Router r, SettingsPart<T> part) {
        r.get(BASE + "/" + part.path(), x -> {
            x.principal().requireSystemAdmin();
            return Reply.ok(shown(x, part, settings.get(part)), part.mediaType());
        });
        if (part == SettingsParts.LOOKUP_SERVICE) {
            r.put(BASE + "/" + part.path(), this::registerLookupService);
            return;
        }
        r.put(BASE + "/" + part.path(), x -> {
            x.principal().requireSystemAdmin();
            Object in = x.read(part.input(), part.inputRoot(), part.inputMedia());
            return Reply.ok(shown(x, part, settings.put(part, in)), part.mediaType());
        });
    }

    /** vCD registers with (or unregisters from) the lookup service in a task: 202 with it. */
    Reply registerLookupService(Exchange x) {
        x.principal().requireSystemAdmin();
        SettingsPart<?> part = SettingsParts.LOOKUP_SERVICE;
        LookupServiceParams in = x.read(LookupServiceParams.class, part.inputRoot(), part.inputMedia());
        return tasks.accepted(x, lookupService.start(x.principal(), in, TaskResource.caller(x.principal())));
    }

    Reply put(Exchange x) {
        x.principal().requireSystemAdmin();
        SystemSettings in = x.read(SystemSettings.class, "SystemSettings", MediaTypes.SYSTEM_SETTINGS);
        // every part is checked before any is stored, so a 400 changes nothing
        AmqpConfig amqp = in.notificationsSettings == null && in.amqpSettings == null ? null
                : notifications.checked(in.notificationsSettings, in.amqpSettings);
        BlockingSettings blockingSettings = in.blockingTaskSettings == null ? null
                : blocking.merged(in.blockingTaskSettings);
        // checks its parts before it stores any; AMQP and blocking tasks are stored in the same transaction
        settings.change(changes(in), tx -> {
            if (amqp != null) {
                notifications.store(tx, amqp);
            }
            if (blockingSettings != null) {
                blocking.store(tx, blockingSettings);
            }
        });
        return Reply.ok(view(x), MediaTypes.SYSTEM_SETTINGS);
    }

    /** The parts of {@link SettingsParts} the document carries, in its order. */
    private static List<Change<?>> changes(SystemSettings in) {
        List<Change<?>> out = new ArrayList<>();
        add(out, SettingsParts.GENERAL, in.generalSettings);
        add(out, SettingsParts.LDAP, in.ldapSettings);
        add(out, SettingsParts.EMAIL, in.emailSettings);
        add(out, SettingsParts.LICENSE, in.license);
        add(out, SettingsParts.BRANDING, in.brandingSettings);
        add(out, SettingsParts.PASSWORD_POLICY, in.passwordPolicySettings);
        add(out, SettingsParts.KERBEROS, in.kerberosSettings);
        add(out, SettingsParts.LOOKUP_SERVICE, in.lookupServiceSettings);
        add(out, SettingsParts.CATALOG, in.catalogSettings);
        return out;
    }

    private static <T extends Resource> void add(List<Change<?>> out, SettingsPart<T> part, T in) {
        if (in != null) {
            out.add(new Change<>(part, in));
        }
    }

    private SystemSettings view(Exchange x) {
        x.principal().requireSystemAdmin();
        SystemSettings s = new SystemSettings();
        s.href = x.href(BASE);
        s.type = MediaTypes.xml(MediaTypes.SYSTEM_SETTINGS);
        s.link("edit", s.href, s.type);
        // down links in the document's element order
        down(s, x, SettingsParts.GENERAL);
        s.link("down", x.href(BASE + "/notifications"), MediaTypes.xml(MediaTypes.NOTIFICATIONS_SETTINGS));
        down(s, x, SettingsParts.LDAP);
        s.link("down", x.href(BASE + "/amqp"), MediaTypes.xml(MediaTypes.AMQP_SETTINGS));
        down(s, x, SettingsParts.EMAIL);
        down(s, x, SettingsParts.LICENSE);
        down(s, x, SettingsParts.BRANDING);
        s.link("down", x.href(BASE + "/blockingTask"), MediaTypes.xml(MediaTypes.BLOCKING_TASK_SETTINGS));
        down(s, x, SettingsParts.PASSWORD_POLICY);
        down(s, x, SettingsParts.KERBEROS);
        down(s, x, SettingsParts.LOOKUP_SERVICE);
        down(s, x, SettingsParts.CATALOG);
        s.generalSettings = part(x, SettingsParts.GENERAL);
        s.notificationsSettings = NotificationSettingsResource.notifications(x, notifications.current());
        s.ldapSettings = part(x, SettingsParts.LDAP);
        s.amqpSettings = NotificationSettingsResource.amqp(x, notifications.current());
        s.emailSettings = part(x, SettingsParts.EMAIL);
        s.license = part(x, SettingsParts.LICENSE);
        s.brandingSettings = part(x, SettingsParts.BRANDING);
        s.blockingTaskSettings = BlockingTaskView.settings(Hrefs.viewer(x), blocking.settings());
        s.passwordPolicySettings = part(x, SettingsParts.PASSWORD_POLICY);
        s.kerberosSettings = part(x, SettingsParts.KERBEROS);
        s.lookupServiceSettings = part(x, SettingsParts.LOOKUP_SERVICE);
        s.catalogSettings = part(x, SettingsParts.CATALOG);
        return s;
    }

    private static void down(SystemSettings s, Exchange x, SettingsPart<?> part) {
        s.link("down", x.href(BASE + "/" + part.path()), MediaTypes.xml(part.mediaType()));
    }

    private <T extends Resource> T part(Exchange x, SettingsPart<T> part) {
        return shown(x, part, settings.get(part));
    }

    /** A part with its own href, type and edit link, as vCD shows it alone and inside SystemSettings. */
    private static <T extends Resource> T shown(Exchange x, SettingsPart<T> part, T value) {
        value.href = x.href(BASE + "/" + part.path());
        value.type = MediaTypes.xml(part.mediaType());
        value.link("edit", value.href, part.input() == part.type() ? value.type : MediaTypes.xml(part.inputMedia()));
        return value;
    }

}

package io.vcdsim.config;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.model.LookupServiceParams;
import io.vcdsim.model.LookupServiceSettings;
import io.vcdsim.store.Database;
import io.vcdsim.store.TaskRow;
import io.vcdsim.tasks.TaskEngine;

/**
 * Registering vCD with a vSphere Lookup Service (PUT .../settings/lookupService), or unregistering it: vCD talks to
 * the lookup service, so it answers with a Task, and the setting changes only when that task's work runs (a failed
 * or aborted task leaves it as it was). The SSO credentials the request carries are checked up front and never
 * kept, not even in the task. No source names the operationName vCD gives the task: {@link #OPERATION} is
 * vcdsim's, after vCD's {@code system...} names of system settings tasks.
 */
public final class LookupServiceRegistration {
    public static final String OPERATION = "systemUpdateLookupService";
    private final Database db;
    private final TaskEngine engine;
    private final SystemSettingsService settings;

    /** What the task stores: the lookup service's URL, or null to unregister. */
    public record Registration(String lookupServiceUrl) {
    }

    public LookupServiceRegistration(Database db, TaskEngine engine, SystemSettingsService settings) {
        this.db = db;
        this.engine = engine;
        this.settings = settings;
        engine.register(OPERATION, Registration.class, (tx, task, r) -> {
            LookupServiceSettings value = new LookupServiceSettings();
            value.lookupServiceUrl = r.lookupServiceUrl();
            settings.store(tx, SettingsParts.LOOKUP_SERVICE, value);
        });
    }

    /** Checks the parameters as a PUT of the part would, then starts the task; a refused request starts none. */
    public TaskRow start(Principal p, LookupServiceParams in, TaskEngine.Caller by) {
        p.requireSystemAdmin();
        LookupServiceSettings value = settings.checked(SettingsParts.LOOKUP_SERVICE, in);
        String url = value.lookupServiceUrl == null || value.lookupServiceUrl.isBlank() ? null
                : value.lookupServiceUrl.strip();
        // the schema requires both, for registering and unregistering alike
        if (blank(in.userName) || blank(in.password)) {
            throw ApiException.badRequest("LookupServiceParams needs the userName and password of a vSphere SSO "
                    + "administrator.");
        }
        Lengths.atMost(in.userName, 256, "The lookup service's userName");
        Lengths.atMost(in.password, 256, "The lookup service's password");
        String operation = url == null ? "Unregistering from the Lookup Service"
                : "Registering with the Lookup Service " + url;
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(OPERATION, operation, by,
                ObjectRef.of(Kind.ORG, by.orgId(), by.orgName()), false, new Registration(url))));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

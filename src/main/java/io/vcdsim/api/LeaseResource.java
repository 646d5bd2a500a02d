package io.vcdsim.api;

import io.vcdsim.catalog.TemplateService;
import io.vcdsim.compute.VAppLeases;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Router;
import io.vcdsim.store.OrgRow;
import io.vcdsim.tenancy.OrgService;

/**
 * An org's lease actions, beside its lease settings: every vApp's runtime or storage lease, or every vApp template's
 * storage lease, ends now; each answers 202 with the task that applies the org's expiry settings.
 */
public final class LeaseResource implements Routes {
    private static final String SETTINGS = "/api/admin/org/{id}/settings/";
    private final OrgService orgs;
    private final VAppLeases vapps;
    private final TemplateService templates;
    private final TaskViews tasks;

    public LeaseResource(OrgService orgs, VAppLeases vapps, TemplateService templates, TaskViews tasks) {
        this.orgs = orgs;
        this.vapps = vapps;
        this.templates = templates;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.post(SETTINGS + "vAppLeaseSettings/action/expireVAppsRuntimeLease", x -> tasks.accepted(x,
                vapps.expire(org(x), true, TaskResource.caller(x.principal()))));
        r.post(SETTINGS + "vAppLeaseSettings/action/expireVAppsStorageLease", x -> tasks.accepted(x,
                vapps.expire(org(x), false, TaskResource.caller(x.principal()))));
        r.post(SETTINGS + "vAppTemplateLeaseSettings/action/expireVAppTemplatesStorageLease", x -> tasks.accepted(x,
                templates.expireStorageLeases(org(x), TaskResource.caller(x.principal()))));
    }

    /** Who may change the org's lease settings may end its leases. */
    private OrgRow org(Exchange x) {
        return orgs.org(x.principal(), Hrefs.id(x, "id"), Right.ORG_EDIT);
    }
}

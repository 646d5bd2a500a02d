package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.VdcGroupStore;

import java.util.UUID;

/**
 * A VDC group's distributed firewall ({@code vdcGroups/{id}/dfwPolicies} and its {@code default} policy), as
 * go-vcloud-director's ActivateDfw, DeactivateDfw, EnableDefaultPolicy and DisableDefaultPolicy use it: activating it
 * makes the default policy, enabled (it allows everything, as vCD's does); the firewall is deactivated only once that
 * policy is disabled, as vCD requires. A change of the default policy names the version it read, so concurrent changes
 * are refused rather than lost. Changing either takes the org's edit right.
 */
public final class VdcGroupFirewall {
    static final int MAX_POLICY_NAME = 256;
    private final Database db;
    private final VdcGroups groups;

    public VdcGroupFirewall(Database db, VdcGroups groups) {
        this.db = db;
        this.groups = groups;
    }

    /** What a client sends for the default policy; null fields are not sent. */
    public record DefaultPolicy(String name, String description, Boolean enabled, Integer version) {
    }

    /** The group's firewall after activating or deactivating it. */
    public VdcGroupStore.Row setEnabled(Principal p, UUID id, boolean enabled) {
        return change(p, id, now -> {
            VdcGroupStore.Firewall f = now.firewall();
            if (enabled == f.enabled()) {
                return f;
            }
            if (!enabled && f.defaultPolicyEnabled()) {
                throw ApiException.badRequest("The distributed firewall of VDC group " + now.name() + " cannot be "
                        + "deactivated while its default policy is enabled: disable the default policy first.");
            }
            return new VdcGroupStore.Firewall(enabled, enabled, f.defaultPolicyVersion() + 1);
        });
    }

    /** The group's firewall after changing its default policy (enabled or not; its name and id are vCD's). */
    public VdcGroupStore.Row setDefaultPolicy(Principal p, UUID id, DefaultPolicy in) {
        Lengths.atMost(in.name(), MAX_POLICY_NAME, "name");
        Lengths.atMost(in.description(), VdcGroups.MAX_DESCRIPTION, "description");
        if (in.version() == null) {
            throw ApiException.badRequest("A change of the default policy needs the version it was read at.");
        }
        return change(p, id, now -> {
            VdcGroupStore.Firewall f = now.firewall();
            if (!f.enabled()) {
                throw ApiException.badRequest("VDC group " + now.name() + " has no default policy: activate its "
                        + "distributed firewall first.");
            }
            if (in.version() != f.defaultPolicyVersion()) {
                throw ApiException.badRequest("The default policy has changed since version " + in.version()
                        + " (it is at version " + f.defaultPolicyVersion() + "): read it again.");
            }
            boolean on = in.enabled() == null ? f.defaultPolicyEnabled() : in.enabled();
            return new VdcGroupStore.Firewall(true, on, f.defaultPolicyVersion() + 1);
        });
    }

    private VdcGroupStore.Row change(Principal p, UUID id,
                                     java.util.function.Function<VdcGroupStore.Row, VdcGroupStore.Firewall> how) {
        p.require(Right.ORG_EDIT, groups.get(p, id).orgId());
        return db.tx(tx -> {
            VdcGroupStore.Row now = VdcGroups.store(tx).lock(id).orElseThrow(() -> VdcGroups.gone(id));
            VdcGroupStore.Row next = now.with(how.apply(now));
            VdcGroups.store(tx).update(next);
            return next;
        });
    }
}

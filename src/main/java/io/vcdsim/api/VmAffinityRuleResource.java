package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.compute.VmAffinityRules;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Reference;
import io.vcdsim.model.VmAffinityRule;
import io.vcdsim.store.Database;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmAffinityRuleStore;
import io.vcdsim.views.VmAffinityRuleView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * VM affinity rules: a VDC's {@code vmAffinityRules/} (GET the list, POST a rule) and one rule at
 * {@code /api/vmAffinityRule/{id}} (GET, PUT, DELETE; also readable under its VDC's list).
 */
public final class VmAffinityRuleResource implements Routes {
    private final Database db;
    private final VmAffinityRules rules;
    private final VdcService vdcs;
    private final TaskViews tasks;

    public VmAffinityRuleResource(Database db, VmAffinityRules rules, VdcService vdcs, TaskViews tasks) {
        this.db = db;
        this.rules = rules;
        this.vdcs = vdcs;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vdc/{id}/vmAffinityRules", x -> {
            VdcRow vdc = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.VDC_VIEW);
            return Reply.ok(db.read(tx -> VmAffinityRuleView.inVdc(tx, Hrefs.viewer(x), vdc.id())),
                    VmAffinityRuleView.LIST);
        });
        r.post("/api/vdc/{id}/vmAffinityRules", x -> {
            VdcRow vdc = vdcs.vdc(x.principal(), Hrefs.id(x, "id"), Right.VAPP_CREATE);
            return tasks.accepted(x, rules.create(vdc, definition(x), TaskResource.caller(x.principal())));
        });
        r.get("/api/vdc/{vdc}/vmAffinityRules/{id}", x -> {
            VmAffinityRuleStore.Row rule = load(x, Right.VDC_VIEW);
            if (!rule.vdcId().equals(Hrefs.id(x, "vdc"))) {
                throw ApiException.forbidden("No VM affinity rule with id " + rule.id() + " in VDC "
                        + x.pathParam("vdc") + " is accessible.");
            }
            return show(x, rule);
        });
        r.get("/api/vmAffinityRule/{id}", x -> show(x, load(x, Right.VDC_VIEW)));
        r.put("/api/vmAffinityRule/{id}", x -> tasks.accepted(x, rules.update(load(x, Right.VAPP_CREATE),
                definition(x), TaskResource.caller(x.principal()))));
        r.delete("/api/vmAffinityRule/{id}", x -> tasks.accepted(x, rules.delete(load(x, Right.VAPP_CREATE),
                TaskResource.caller(x.principal()))));
    }

    private VmAffinityRuleStore.Row load(Exchange x, Right right) {
        return rules.rule(x.principal(), Hrefs.id(x, "id"), right);
    }

    private Reply show(Exchange x, VmAffinityRuleStore.Row rule) {
        return Reply.ok(db.read(tx -> VmAffinityRuleView.of(tx, Hrefs.viewer(x), rule)),
                Kind.VM_AFFINITY_RULE.mediaType());
    }

    /** The rule a client sends; IsEnabled and IsMandatory default to true, as vCD's UI makes them. */
    private static VmAffinityRules.Definition definition(Exchange x) {
        VmAffinityRule in = x.read(VmAffinityRule.class, "VmAffinityRule", Kind.VM_AFFINITY_RULE.mediaType());
        List<UUID> vms = new ArrayList<>();
        for (VmAffinityRule.VmReferences list : Bodies.list(in.vmReferences, "VmReferences")) {
            for (Reference ref : Bodies.list(list.vmReference, "VmReferences")) {
                UUID id = Ids.fromAny(ref.href != null ? ref.href : ref.id);
                if (id == null) {
                    throw ApiException.badRequest("A VmReference needs the href of a VM.");
                }
                vms.add(id);
            }
        }
        return new VmAffinityRules.Definition(in.name, in.polarity, !Boolean.FALSE.equals(in.isEnabled),
                !Boolean.FALSE.equals(in.isMandatory), vms);
    }
}

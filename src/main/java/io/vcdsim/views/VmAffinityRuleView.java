package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Right;
import io.vcdsim.model.VmAffinityRule;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VmAffinityRuleStore;

import java.util.UUID;

/** A VM affinity rule with the VMs it names and the links the caller may follow, and a VDC's rules. */
public final class VmAffinityRuleView {
    /** The media type of a VDC's list of rules. */
    public static final String LIST = "application/vnd.vmware.vcloud.vmaffinityrules";

    private VmAffinityRuleView() {
    }

    public static VmAffinityRule of(Tx tx, Viewer v, VmAffinityRuleStore.Row row) {
        VmAffinityRule rule = new VmAffinityRule();
        rule.href = v.href(Kind.VM_AFFINITY_RULE, row.id());
        rule.type = MediaTypes.xml(Kind.VM_AFFINITY_RULE.mediaType());
        rule.id = Kind.VM_AFFINITY_RULE.urn(row.id());
        rule.name = row.name();
        rule.isEnabled = row.enabled();
        rule.isMandatory = row.mandatory();
        rule.polarity = row.polarity();
        rule.scope = "Host";
        v.link(rule, "up", Kind.VDC, row.vdcId());
        if (v.principal().has(Right.VAPP_CREATE)) {
            rule.link("edit", rule.href, rule.type);
            rule.link("remove", rule.href, null);
        }
        VmAffinityRule.VmReferences vms = new VmAffinityRule.VmReferences();
        for (UUID vm : tx.store(VmAffinityRuleStore::new).vms(row.id())) {
            tx.compute().vm(vm).ifPresent(r -> vms.vmReference.add(v.ref(Kind.VM, r.id(), r.name())));
        }
        rule.vmReferences.add(vms);
        return rule;
    }

    /** The rules of a VDC, each whole (go-vcloud-director reads their names and VMs from the list). */
    public static VmAffinityRule.Rules inVdc(Tx tx, Viewer v, UUID vdcId) {
        VmAffinityRule.Rules rules = new VmAffinityRule.Rules();
        rules.href = listHref(v, vdcId);
        rules.type = MediaTypes.xml(LIST);
        v.link(rules, "up", Kind.VDC, vdcId);
        for (VmAffinityRuleStore.Row row : tx.store(VmAffinityRuleStore::new).inVdc(vdcId)) {
            rules.vmAffinityRule.add(of(tx, v, row));
        }
        return rules;
    }

    /** Where a VDC's rules are listed and new ones posted (with vCD's trailing slash). */
    public static String listHref(Viewer v, UUID vdcId) {
        return v.href(Kind.VDC, vdcId) + "/vmAffinityRules/";
    }
}

package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** VM-VM affinity rules as go-vcloud-director's vm_affinity_rule.go makes, reads, changes and deletes them. */
class VmAffinityRuleTest {
    static final String RULE = "application/vnd.vmware.vcloud.vmaffinityrule+xml";
    static final String RULES = "application/vnd.vmware.vcloud.vmaffinityrules+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static TemplateFixture fixture;
    /** Two VMs of each of two vApps. */
    static List<String> vms;

    @BeforeAll
    static void vApps() throws Exception {
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
        vms = new java.util.ArrayList<>();
        for (String vapp : List.of(fixture.newVApp("aff"), fixture.newVApp("aff"))) {
            Http.Res.children(tenant.get(vapp).child("Children"), "Vm").forEach(vm -> vms.add(vm.getAttribute("href")));
        }
        assertThat(vms).hasSize(4);
    }

    static String rule(String name, String polarity, String enabled, List<String> refs) {
        StringBuilder b = new StringBuilder("<VmAffinityRule xmlns=\"" + Http.NS + "\"><Name>" + name + "</Name>");
        if (enabled != null) {
            b.append("<IsEnabled>").append(enabled).append("</IsEnabled><IsMandatory>true</IsMandatory>");
        }
        b.append("<Polarity>").append(polarity).append("</Polarity><VmReferences>");
        refs.forEach(r -> b.append("<VmReference href=\"").append(r).append("\"/>"));
        return b.append("</VmReferences></VmAffinityRule>").toString();
    }

    static String vmHrefs(Http.Res rule) {
        return String.join(",", Http.Res.children(rule.child("VmReferences"), "VmReference").stream()
                .map(e -> e.getAttribute("href")).toList());
    }

    @Test
    void aRuleIsCreatedListedChangedAndDeletedThroughTasksOnIt() {
        Http.Res vdc = tenant.get(fixture.vdc);
        String list = vdc.link("down", RULES);
        assertThat(list).endsWith("/vmAffinityRules/");
        String name = "together-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = tenant.post(vdc.link("add", RULE), RULE, rule(name, "Affinity", "true",
                vms.subList(0, 2)));
        assertThat(created.status).as(created.body).isEqualTo(202);
        assertThat(created.attr("operationName")).isEqualTo("affinityRuleCreate");
        Element owner = created.child("Owner");
        assertThat(owner.getAttribute("type")).isEqualTo(RULE);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");

        // go-vcloud-director finds the new rule by the task owner's id in the VDC's list, then reads its href
        Element listed = tenant.get(list).children("VmAffinityRule").stream()
                .filter(e -> e.getAttribute("id").equals(owner.getAttribute("id"))).findFirst().orElseThrow();
        String href = listed.getAttribute("href");
        assertThat(href).isEqualTo(owner.getAttribute("href")).contains("/api/vmAffinityRule/");
        Http.Res rule = tenant.get(href);
        assertThat(rule.contentType()).startsWith(RULE);
        assertThat(rule.childText("Name")).isEqualTo(name);
        assertThat(rule.childText("Polarity")).isEqualTo("Affinity");
        assertThat(rule.childText("IsEnabled")).isEqualTo("true");
        assertThat(rule.childText("IsMandatory")).isEqualTo("true");
        assertThat(vmHrefs(rule)).isEqualTo(String.join(",", vms.subList(0, 2)));
        assertThat(rule.link("up", "application/vnd.vmware.vcloud.vdc+xml")).isEqualTo(fixture.vdc);
        assertThat(tenant.get(list + rule.attr("id").substring("urn:vcloud:vmaffinityrule:".length())).childText("Name"))
                .as("also under its VDC's list").isEqualTo(name);

        // Update() PUTs the whole rule without a content type; the task applies it
        Http.Res changed = tenant.put(rule.link("edit", RULE), null, rule(name + "-2", "Affinity", "false",
                List.of(vms.get(2), vms.get(3), vms.get(0))));
        assertThat(changed.status).as(changed.body).isEqualTo(202);
        assertThat(changed.attr("operationName")).isEqualTo("affinityRuleUpdate");
        assertThat(tenant.awaitTask(changed).attr("status")).isEqualTo("success");
        Http.Res after = tenant.get(href);
        assertThat(after.childText("Name")).isEqualTo(name + "-2");
        assertThat(after.childText("IsEnabled")).isEqualTo("false");
        assertThat(vmHrefs(after)).isEqualTo(String.join(",", vms.get(2), vms.get(3), vms.get(0)));

        Http.Res deleted = tenant.delete(after.link("remove", null));
        assertThat(deleted.attr("operationName")).isEqualTo("affinityRuleDelete");
        assertThat(tenant.awaitTask(deleted).attr("status")).isEqualTo("success");
        assertThat(tenant.get(href).status).isEqualTo(403);
        assertThat(tenant.get(list).children("VmAffinityRule")).extracting(e -> e.getAttribute("href"))
                .doesNotContain(href);
    }

    @Test
    void aVmIsInOneRuleOfEachPolarityAndBadRulesMakeNothing() {
        String rules = tenant.get(fixture.vdc).link("add", RULE);
        String apart = "apart-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res first = tenant.post(rules, RULE, rule(apart, "Anti-Affinity", null, List.of(vms.get(1), vms.get(3))));
        assertThat(tenant.awaitTask(first).attr("status")).isEqualTo("success");
        Http.Res made = tenant.get(first.child("Owner").getAttribute("href"));
        assertThat(made.childText("IsEnabled")).as("enabled unless said otherwise").isEqualTo("true");

        Http.Res again = tenant.post(rules, RULE, rule(apart + "-b", "Anti-Affinity", null,
                List.of(vms.get(3), vms.get(2))));
        assertThat(again.status).as("VM 3 is in an anti-affinity rule already").isEqualTo(400);
        assertThat(again.body).contains(apart);
        Http.Res other = tenant.post(rules, RULE, rule(apart + "-c", "Affinity", null, List.of(vms.get(3), vms.get(1))));
        assertThat(tenant.awaitTask(other).attr("status")).as("the other polarity may name it").isEqualTo("success");
        assertThat(tenant.awaitTask(tenant.delete(other.child("Owner").getAttribute("href"))).attr("status"))
                .isEqualTo("success");

        String bad = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(tenant.post(rules, RULE, rule(bad, "Affinity", null, List.of(vms.get(0)))).status)
                .as("one VM").isEqualTo(400);
        assertThat(tenant.post(rules, RULE, rule(bad, "Affinity", null, List.of(vms.get(0), vms.get(0)))).status)
                .as("the same VM twice").isEqualTo(400);
        assertThat(tenant.post(rules, RULE, rule(bad, "Sideways", null, vms.subList(0, 2))).status)
                .as("no such polarity").isEqualTo(400);
        assertThat(tenant.post(rules, RULE, rule("x".repeat(129), "Affinity", null, vms.subList(0, 2))).status)
                .as("name too long").isEqualTo(400);
        Http.Res unknown = tenant.post(rules, RULE, rule(bad, "Affinity", null, List.of(vms.get(0),
                vcd.httpUrl() + "/api/vApp/vm-" + UUID.randomUUID())));
        assertThat(unknown.status).isEqualTo(400);
        assertThat(unknown.attr("minorErrorCode")).isEqualTo("INVALID_REFERENCE");
        assertThat(tenant.get(tenant.get(fixture.vdc).link("down", RULES)).children("VmAffinityRule"))
                .extracting(e -> Http.Res.children(e, "Name").get(0).getTextContent()).doesNotContain(bad);

    }
}

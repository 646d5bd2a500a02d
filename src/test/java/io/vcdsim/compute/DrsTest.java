package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** VM groups and VM-Host affinity rules of a resource pool's cluster, and the vmGroups query placement uses. */
class DrsTest {
    static final String VM_GROUP = "application/vnd.vmware.admin.vmwVmGroupType+xml";
    static final String RULE = "application/vnd.vmware.admin.vmwVmHostAffinityRule+xml";
    static final String VMS = "application/vnd.vmware.vcloud.vms+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    /** pvdc-1's primary pool, on cluster domain-c1. */
    static String pool;

    @BeforeAll
    static void primaryPool() {
        admin = Sim.admin(vcd.sim());
        pool = admin.get("/api/query?type=resourcePool&format=records&filter=isPrimary==true")
                .children("ResourcePoolRecord").get(0).getAttribute("href");
    }

    static List<String> names(Http.Res list, String element) {
        return Http.Res.children(list.root(), Http.VMEXT, element).stream().map(e -> {
            List<Element> name = Http.Res.children(e, Http.VMEXT, "Name");
            return name.isEmpty() ? e.getAttribute("name") : name.get(0).getTextContent();
        }).toList();
    }

    static String rule(String name, String polarity, String vmGroup, String hostGroup) {
        return "<vmext:VMWVmHostAffinityRule xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\"" + Http.NS + "\"><vmext:Name>"
                + name + "</vmext:Name><vmext:IsEnabled>true</vmext:IsEnabled><vmext:IsMandatory>true"
                + "</vmext:IsMandatory><Polarity>" + polarity + "</Polarity><vmext:HostGroupName>" + hostGroup
                + "</vmext:HostGroupName><vmext:VmGroupName>" + vmGroup + "</vmext:VmGroupName>"
                + "</vmext:VMWVmHostAffinityRule>";
    }

    @Test
    void eachClusterHasAHostGroupAndAVmGroupTheQueryFinds() {
        assertThat(names(admin.get(pool + "/vmGroups"), "VmGroup")).contains("cluster-1-vms");
        assertThat(names(admin.get(pool + "/hostGroups"), "HostGroup")).containsExactly("cluster-1-hosts");
        // go-vcloud-director finds a VM group by name, cluster and vCenter
        Element record = admin.get("/api/query?type=vmGroups&format=records&filter=vmGroupName==cluster-2-vms;"
                + "clusterMoref==domain-c2").children("VmGroupsRecord").get(0);
        assertThat(record.getAttribute("clusterName")).isEqualTo("cluster-2");
        assertThat(record.getAttribute("namedVmGroupId")).isNotBlank();
        assertThat(record.getAttribute("vcId")).isNotBlank();
        assertThat(admin.get("/api/query?type=vmGroups&format=records&filter=vmGroupName==cluster-1-hosts")
                .children("VmGroupsRecord")).as("host groups are not VM groups").isEmpty();
    }

    @Test
    void aVmGroupIsMadeAndTakesVmsOfItsClusterOnly() throws Exception {
        Http.Res made = admin.post(admin.get(pool + "/vmGroups").link("add", VM_GROUP), VM_GROUP,
                "<vmext:VMWVmGroup xmlns:vmext=\"" + Http.VMEXT + "\" name=\"web\"/>");
        assertThat(made.status).as(made.body).isEqualTo(202);
        assertThat(made.attr("operationName")).isEqualTo("vmGroupCreate");
        assertThat(admin.awaitTask(made).attr("status")).isEqualTo("success");
        assertThat(names(admin.get(pool + "/vmGroups"), "VmGroup")).contains("web");
        assertThat(admin.post(pool + "/vmGroups", VM_GROUP, "<vmext:VMWVmGroup xmlns:vmext=\"" + Http.VMEXT
                + "\" name=\"WEB\"/>").minor()).isEqualTo("DUPLICATE_NAME");

        Http tenant = Sim.tenant(vcd.sim());
        String vm = Http.Res.children(tenant.get(TemplateFixture.ready(tenant).newVApp("drs")).child("Children"), "Vm")
                .get(0).getAttribute("href");
        Element web = Http.Res.children(admin.get(pool + "/vmGroups").root(), Http.VMEXT, "VmGroup").stream()
                .filter(g -> g.getAttribute("name").equals("web")).findFirst().orElseThrow();
        String add = Http.Res.children(web, "Link").stream().filter(l -> l.getAttribute("rel").equals("addVms"))
                .findFirst().orElseThrow().getAttribute("href");
        String vms = "<Vms xmlns=\"" + Http.NS + "\"><VmReference href=\"" + vm + "\"/></Vms>";
        Http.Res added = admin.post(add, VMS, vms);
        assertThat(added.attr("operationName")).isEqualTo("vmGroupAddVms");
        assertThat(admin.awaitTask(added).attr("status")).isEqualTo("success");
        // the VM runs in cluster 1; only cluster 2 has a VM group of this name
        Http.Res elsewhere = admin.post("/api/admin/extension/vmGroup/name/cluster-2-vms/action/addVms", VMS, vms);
        assertThat(elsewhere.status).as(elsewhere.body).isEqualTo(400);
        assertThat(elsewhere.body).contains("has no VM group named cluster-2-vms");
        assertThat(admin.post("/api/admin/extension/vmGroup/name/nothing/action/addVms", VMS, vms).minor())
                .isEqualTo("INVALID_REFERENCE");
        Http.Res removed = admin.post(add.replace("addVms", "removeVms"), VMS, vms);
        assertThat(admin.awaitTask(removed).attr("status")).isEqualTo("success");
    }

    @Test
    void vmGroupVmsListsEachVmOfAVmGroupWithItsVAppAndVdc() throws Exception {
        Http tenant = Sim.tenant(vcd.sim());
        String vapp = TemplateFixture.ready(tenant).newVApp("grouped");
        Element vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0);
        String vms = "<Vms xmlns=\"" + Http.NS + "\"><VmReference href=\"" + vm.getAttribute("href") + "\"/></Vms>";
        assertThat(admin.awaitTask(admin.post("/api/admin/extension/vmGroup/name/cluster-1-vms/action/addVms", VMS,
                vms)).attr("status")).isEqualTo("success");

        String query = "/api/query?type=vmGroupVms&format=records&filter=vmName==" + vm.getAttribute("name")
                + ";vmGroupName==cluster-1-vms";
        List<Element> records = admin.get(query).children("VmGroupVmsRecord");
        assertThat(records).hasSize(1);
        Element record = records.get(0);
        assertThat(record.getAttribute("href")).isEqualTo(vm.getAttribute("href"));
        assertThat(record.getAttribute("clusterMoref")).isEqualTo("domain-c1");
        assertThat(record.getAttribute("vmMoref")).startsWith("vm-");
        assertThat(record.getAttribute("vappName")).isEqualTo(tenant.get(vapp).attr("name"));
        assertThat(vapp).endsWith(record.getAttribute("vappId"));
        assertThat(record.getAttribute("orgVdcName")).isEqualTo("acme-vdc");
        assertThat(record.getAttribute("isVappTemplate")).isEqualTo("false");
        String group = record.getAttribute("vmGroupId");
        Element vmGroup = admin.get("/api/query?type=vmGroups&format=records&filter=vmGroupId==" + group)
                .children("VmGroupsRecord").get(0);
        assertThat(vmGroup.getAttribute("vmGroupName")).isEqualTo("cluster-1-vms");
        assertThat(record.getAttribute("vcId")).isEqualTo(vmGroup.getAttribute("vcId"));
        assertThat(admin.get("/api/query?type=vmGroupVms&format=idrecords&filter=vmGroupId==" + group)
                .children("VmGroupVmsRecord")).extracting(e -> e.getAttribute("id")).contains(vm.getAttribute("id"));

        assertThat(admin.awaitTask(admin.post("/api/admin/extension/vmGroup/name/cluster-1-vms/action/removeVms", VMS,
                vms)).attr("status")).isEqualTo("success");
        assertThat(admin.get(query).attr("total")).isEqualTo("0");
    }

    @Test
    void aVmHostRuleIsMadeSwitchedAndDeleted() {
        Http.Res made = admin.post(admin.get(pool + "/rules").link("add", RULE), RULE,
                rule("keep-on", "Affinity", "cluster-1-vms", "cluster-1-hosts"));
        assertThat(made.status).as(made.body).isEqualTo(202);
        assertThat(made.attr("operationName")).isEqualTo("vmHostAffinityRuleCreate");
        admin.awaitTask(made);
        String href = made.child("Owner").getAttribute("href");
        Http.Res rule = admin.get(href);
        assertThat(rule.vmextText("IsEnabled")).isEqualTo("true");
        assertThat(rule.childText("Polarity")).isEqualTo("Affinity");
        assertThat(names(admin.get(pool + "/rules"), "VmHostAffinityRule")).contains("keep-on");

        assertThat(admin.awaitTask(admin.post(rule.link("disable", null), null, null)).attr("operationName"))
                .isEqualTo("vmHostAffinityRuleUpdate");
        assertThat(admin.awaitTask(admin.post(admin.get(href).link("makeOptional", null), null, null))
                .attr("status")).isEqualTo("success");
        rule = admin.get(href);
        assertThat(rule.vmextText("IsEnabled")).isEqualTo("false");
        assertThat(rule.vmextText("IsMandatory")).isEqualTo("false");
        assertThat(rule.links("enable", null)).hasSize(1);

        assertThat(admin.awaitTask(admin.delete(href)).attr("status")).isEqualTo("success");
        assertThat(admin.get(href).status).isEqualTo(403);
    }

    @Test
    void badRulesAreRefusedBeforeAnyTask() {
        assertThat(admin.post(pool + "/rules", RULE, rule("r", "Affinity", "cluster-1-vms", "cluster-2-hosts"))
                .minor()).as("another cluster's host group").isEqualTo("INVALID_REFERENCE");
        assertThat(admin.post(pool + "/rules", RULE, rule("r", "Sideways", "cluster-1-vms", "cluster-1-hosts"))
                .status).isEqualTo(400);
        assertThat(admin.post(pool + "/rules", RULE, rule("", "Affinity", "cluster-1-vms", "cluster-1-hosts"))
                .status).isEqualTo(400);
        assertThat(Sim.tenant(vcd.sim()).get(pool + "/rules").status).isEqualTo(403);
        assertThat(names(admin.get(pool + "/rules"), "VmHostAffinityRule")).doesNotContain("r", "");
    }
}

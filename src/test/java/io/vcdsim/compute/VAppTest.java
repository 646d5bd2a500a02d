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

/** vApps from a template, through the links pyvcloud's VDC and VApp classes follow, power states included. */
class VAppTest {
    static final String INSTANTIATE = TemplateFixture.INSTANTIATE;
    static final String COMPOSE = "application/vnd.vmware.vcloud.composeVAppParams+xml";
    static final String UNDEPLOY = "application/vnd.vmware.vcloud.undeployVAppParams+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static TemplateFixture fixture;
    static String template;
    static String vdc;

    @BeforeAll
    static void aReadyTemplate() throws Exception {
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
        template = fixture.template;
        vdc = fixture.vdc;
    }

    static Http.Res instantiate(String name, boolean powerOn) {
        return fixture.instantiate(name, powerOn);
    }

    static List<String> rels(Http.Res r) {
        return r.children("Link").stream().map(l -> l.getAttribute("rel")).toList();
    }

    /** Follows a link of the current representation, as pyvcloud does, and waits for the task. */
    static Http.Res act(String href, String rel, String type, String body) {
        Http.Res now = tenant.get(href);
        Http.Res task = body == null ? tenant.post(now.link(rel, type), null, null)
                : tenant.post(now.link(rel, type), type, body);
        assertThat(task.status).as(rel + ": " + task.body).isEqualTo(202);
        assertThat(tenant.awaitTask(task).attr("status")).isEqualTo("success");
        return tenant.get(href);
    }

    @Test
    void aVAppGoesThroughEveryPowerStateAndIsDeleted() {
        Http.Res created = instantiate("web-" + UUID.randomUUID().toString().substring(0, 8), false);
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.attr("status")).isEqualTo("0");
        Element task = Http.Res.children(created.child("Tasks"), "Task").get(0);
        assertThat(task.getAttribute("operationName")).isEqualTo("vdcInstantiateVapp");
        String href = created.attr("href");
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");

        Http.Res off = tenant.get(href);
        assertThat(off.attr("status")).isEqualTo("8");
        assertThat(off.attr("deployed")).isEqualTo("false");
        assertThat(Http.Res.children(off.child("Children"), "Vm")).extracting(v -> v.getAttribute("name"))
                .containsExactly("app-1", "app-2");
        assertThat(rels(off)).contains("power:powerOn", "deploy", "remove").doesNotContain("power:powerOff",
                "undeploy");

        Http.Res on = act(href, "power:powerOn", null, null);
        assertThat(on.attr("status")).isEqualTo("4");
        assertThat(on.attr("deployed")).isEqualTo("true");
        assertThat(rels(on)).contains("power:powerOff", "power:suspend", "power:reset", "undeploy")
                .doesNotContain("power:powerOn", "remove");
        Http.Res twice = tenant.awaitTask(tenant.post(href + "/power/action/powerOn", null, null));
        assertThat(twice.attr("status")).as("a running vApp powered on again stays as it is").isEqualTo("success");
        assertThat(tenant.get(href).attr("status")).isEqualTo("4");
        String someVm = Http.Res.children(on.child("Children"), "Vm").get(0).getAttribute("href");
        Http.Res vmTwice = tenant.post(someVm + "/power/action/powerOn", null, null);
        assertThat(vmTwice.status).as("a VM is not").isEqualTo(400);
        assertThat(vmTwice.attr("message")).contains("powered on");

        assertThat(act(href, "power:suspend", null, null).attr("status")).isEqualTo("3");
        assertThat(act(href, "power:powerOn", null, null).attr("status")).isEqualTo("4");
        assertThat(act(href, "power:reset", null, null).attr("status")).isEqualTo("4");
        Http.Res powerOff = act(href, "power:powerOff", null, null);
        assertThat(powerOff.attr("status")).isEqualTo("8");
        assertThat(powerOff.attr("deployed")).isEqualTo("true");
        assertThat(tenant.delete(href).status).as("deployed, not forced").isEqualTo(400);
        // go-vcloud-director's Deploy after a PowerOff: deployed again, still off
        String deploy = "application/vnd.vmware.vcloud.deployVAppParams+xml";
        Http.Res redeployed = act(href, "deploy", deploy, "<DeployVAppParams xmlns=\"" + Http.NS
                + "\" powerOn=\"false\"/>");
        assertThat(redeployed.attr("status")).isEqualTo("8");
        assertThat(redeployed.attr("deployed")).isEqualTo("true");
        Http.Res undeployed = act(href, "undeploy", UNDEPLOY, "<UndeployVAppParams xmlns=\"" + Http.NS
                + "\"><UndeployPowerAction>powerOff</UndeployPowerAction></UndeployVAppParams>");
        assertThat(undeployed.attr("deployed")).isEqualTo("false");

        // one VM on its own: its vApp's status follows, mixed (10) while another stays off, as vCD has it
        List<Element> vms = Http.Res.children(undeployed.child("Children"), "Vm");
        String vm = vms.get(0).getAttribute("href");
        Http.Res vmOn = act(vm, "power:powerOn", null, null);
        assertThat(vmOn.attr("status")).isEqualTo("4");
        assertThat(vmOn.child("VmSpecSection").getElementsByTagNameNS(Http.NS, "NumCpus").item(0).getTextContent())
                .isEqualTo("2");
        assertThat(vms).hasSize(2); // the fixture template has two
        assertThat(tenant.get(href).attr("status")).isEqualTo("10");
        assertThat(act(vm, "power:powerOff", null, null).attr("status")).isEqualTo("8");

        Http.Res deleted = tenant.delete(href + "?force=True&recursive=False");
        assertThat(deleted.status).isEqualTo(202);
        assertThat(deleted.attr("operationName")).isEqualTo("vdcDeleteVapp");
        assertThat(tenant.awaitTask(deleted).attr("status")).isEqualTo("success");
        assertThat(tenant.get(href).status).isEqualTo(403);
        assertThat(tenant.get(vm).status).isEqualTo(403);
    }

    /**
     * A task a system administrator starts on a tenant's vApp stays in the System org (its Organization
     * element), yet the tenant polls it as pyvcloud's tests do and finds it in its org's task list; a task on another
     * org's object stays hidden.
     */
    @Test
    void theTenantReadsTheTaskASystemAdministratorStartsOnItsVApp() {
        Http.Res created = instantiate("sys-" + UUID.randomUUID().toString().substring(0, 8), false);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        Http admin = Sim.admin(vcd.sim());
        Http.Res task = admin.post(created.attr("href") + "/power/action/powerOn", null, null);
        assertThat(task.status).as(task.body).isEqualTo(202);
        Http.Res seen = tenant.get(task.attr("href"));
        assertThat(seen.status).as(seen.body).isEqualTo(200);
        assertThat(seen.child("Organization").getAttribute("name")).isEqualTo("System");
        assertThat(seen.child("Owner").getAttribute("href")).isEqualTo(created.attr("href"));
        assertThat(tenant.post(task.attr("href") + "/action/cancel", null, null).status)
                .as("read, not cancelled, by the tenant").isEqualTo(403);
        assertThat(tenant.awaitTask(seen).attr("status")).isEqualTo("success");
        // and it is in the tenant org's task list (go-vcloud-director's GetTaskList as a system administrator)
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        String tasksList = tenant.get(org).link("down", "application/vnd.vmware.vcloud.tasksList+xml");
        assertThat(tenant.get(tasksList).children("Task")).extracting(e -> e.getAttribute("href"))
                .contains(task.attr("href"));

        Http.Res ownCatalog = Sim.createCatalog(admin, "sys-" + UUID.randomUUID().toString().substring(0, 8));
        String hidden = Http.Res.children(ownCatalog.child("Tasks"), "Task").get(0).getAttribute("href");
        assertThat(admin.get(hidden).status).isEqualTo(200);
        assertThat(tenant.get(hidden).status).isEqualTo(403);
        assertThat(tenant.get(tasksList).children("Task")).extracting(e -> e.getAttribute("href"))
                .doesNotContain(hidden);
    }

    /** A VDC's VCpuInMhz is what each virtual CPU of its VMs counts against its CPU limit. */
    @Test
    void aVdcsVCpuSpeedIsWhatItsVirtualCpusCount() {
        Http.Res created = instantiate("mhz-" + UUID.randomUUID().toString().substring(0, 8), false);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        Http admin = Sim.admin(vcd.sim());
        String adminVdc = vdc.replace("/api/vdc/", "/api/admin/vdc/");
        Http.Res before = admin.get(adminVdc);
        // the vApps' VMs (a template's VMs run nowhere)
        long cpus = tenant.get("/api/query?type=vm&format=records&pageSize=128&filter=isVAppTemplate==false")
                .children("VMRecord").stream()
                .mapToLong(r -> Long.parseLong(r.getAttribute("numberOfCpus"))).sum();
        assertThat(cpuUsed(before)).isEqualTo(cpus * 1000);
        String type = "application/vnd.vmware.admin.vdc+xml";
        try {
            Http.Res put = admin.put(adminVdc, type, before.body.replace("<VCpuInMhz>1000</VCpuInMhz>",
                    "<VCpuInMhz>1500</VCpuInMhz>"));
            assertThat(put.status).as(put.body).isEqualTo(202);
            assertThat(admin.awaitTask(put).attr("status")).isEqualTo("success");
            assertThat(admin.get(adminVdc).childText("VCpuInMhz")).isEqualTo("1500");
            assertThat(cpuUsed(admin.get(adminVdc))).isEqualTo(cpus * 1500);
        } finally {
            admin.awaitTask(admin.put(adminVdc, type, admin.get(adminVdc).body.replace("<VCpuInMhz>1500</VCpuInMhz>",
                    "<VCpuInMhz>1000</VCpuInMhz>")));
        }
    }

    static long cpuUsed(Http.Res vdc) {
        Element cpu = (Element) vdc.child("ComputeCapacity").getElementsByTagNameNS(Http.NS, "Cpu").item(0);
        return Long.parseLong(Http.Res.children(cpu, "Used").get(0).getTextContent());
    }

    /** vApp sharing as go-vcloud-director's VApp.SetAccessControl posts it, next to the vApp's other actions. */
    @Test
    void aVAppIsSharedWithEveryoneAndUnsharedAgain() {
        Http.Res created = instantiate("acl-" + UUID.randomUUID().toString().substring(0, 8), false);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        Http.Res vapp = tenant.get(created.attr("href"));
        String control = "application/vnd.vmware.vcloud.controlAccess+xml";
        String set = vapp.link("controlAccess", control);
        Http.Res shared = tenant.post(set, control, "<ControlAccessParams xmlns=\"" + Http.NS + "\">"
                + "<IsSharedToEveryone>true</IsSharedToEveryone><EveryoneAccessLevel>FullControl"
                + "</EveryoneAccessLevel></ControlAccessParams>");
        assertThat(shared.status).as(shared.body).isEqualTo(200);
        Http.Res read = tenant.get(vapp.link("down", control));
        assertThat(read.childText("EveryoneAccessLevel")).isEqualTo("FullControl");
        tenant.post(set, control, "<ControlAccessParams xmlns=\"" + Http.NS + "\"><IsSharedToEveryone>false"
                + "</IsSharedToEveryone></ControlAccessParams>");
        assertThat(tenant.get(vapp.link("down", control)).childText("IsSharedToEveryone")).isEqualTo("false");
    }

    /** An independent disk on a VM, as go-vcloud-director's VM.AttachDisk and DetachDisk move it. */
    @Test
    void aDiskIsAttachedToOneVmAtATimeAndHeldWhileAttached() {
        Http.Res created = instantiate("disks-" + UUID.randomUUID().toString().substring(0, 8), false);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        List<Element> vms = Http.Res.children(tenant.get(created.attr("href")).child("Children"), "Vm");
        String params = "application/vnd.vmware.vcloud.diskAttachOrDetachParams+xml";
        String createDisk = "application/vnd.vmware.vcloud.diskCreateParams+xml";
        Http.Res disk = tenant.post(tenant.get(vdc).link("add", createDisk), createDisk, "<DiskCreateParams xmlns=\""
                + Http.NS + "\"><Disk name=\"shared-data\" sizeMb=\"100\"/></DiskCreateParams>");
        tenant.awaitTask(disk);
        String diskHref = disk.attr("href");
        String body = "<DiskAttachOrDetachParams xmlns=\"" + Http.NS + "\"><Disk href=\"" + diskHref
                + "\"/></DiskAttachOrDetachParams>";
        String first = vms.get(0).getAttribute("href");
        Http.Res attach = tenant.post(tenant.get(first).link("disk:attach", params), params, body);
        assertThat(attach.status).as(attach.body).isEqualTo(202);
        assertThat(attach.attr("operationName")).isEqualTo("vappAttachDisk");
        assertThat(tenant.awaitTask(attach).attr("status")).isEqualTo("success");
        Http.Res attached = tenant.get(diskHref + "/attachedVms");
        assertThat(attached.children("VmReference")).extracting(e -> e.getAttribute("href")).containsExactly(first);
        // the relation queries: the disk's record names the VM
        for (Http who : List.of(tenant, Sim.admin(vcd.sim()))) {
            String type = who == tenant ? "vmDiskRelation" : "adminVMDiskRelation";
            List<Element> relations = who.get("/api/query?type=" + type + "&format=records&filter=disk=="
                    + diskHref).children(who == tenant ? "VmDiskRelationRecord" : "AdminVmDiskRelationRecord");
            assertThat(relations).as(type).singleElement().satisfies(r -> {
                assertThat(r.getAttribute("vm")).isEqualTo(first);
                assertThat(r.getAttribute("href")).isEqualTo(diskHref);
                assertThat(r.getAttribute("vdc")).isEqualTo(vdc);
            });
        }
        // the VM's disks list it by vcloud:disk (pyvcloud's vm_tests look for it); PUT back, it is not doubled
        Http.Res disks = tenant.get(first + "/virtualHardwareSection/disks");
        assertThat(disks.body).contains("disk=\"" + diskHref + "\"");
        String rasdItems = "application/vnd.vmware.vcloud.rasdItemsList+xml";
        assertThat(tenant.awaitTask(tenant.put(first + "/virtualHardwareSection/disks", rasdItems, disks.body))
                .attr("status")).isEqualTo("success");
        assertThat(tenant.get(first + "/virtualHardwareSection/disks").body).isEqualTo(disks.body);

        // not shareable: the second VM's attach fails, and so does deleting a held disk
        String second = vms.get(1).getAttribute("href");
        Http.Res again = tenant.awaitTask(tenant.post(second + "/disk/action/attach", params, body));
        assertThat(again.attr("status")).isEqualTo("error");
        assertThat(again.child("Error").getAttribute("message")).contains("not shareable");
        Http.Res held = tenant.awaitTask(tenant.delete(diskHref));
        assertThat(held.attr("status")).isEqualTo("error");
        assertThat(tenant.get(diskHref).status).isEqualTo(200);

        Http.Res detach = tenant.post(tenant.get(first).link("disk:detach", params), params, body);
        assertThat(tenant.awaitTask(detach).attr("status")).isEqualTo("success");
        assertThat(tenant.get("/api/query?type=vmDiskRelation&format=records&filter=disk==" + diskHref)
                .attr("total")).isEqualTo("0");
        assertThat(tenant.get(diskHref + "/attachedVms").children("VmReference")).isEmpty();
        assertThat(tenant.awaitTask(tenant.delete(diskHref)).attr("status")).isEqualTo("success");
    }

    /** go-vcloud-director v2.22 reads every VM with version=37.1, once the server lists it. */
    @Test
    void aVmIsReadAtTheMinorVersionGoVcloudDirectorSends() {
        Http.Res created = instantiate("minor-" + UUID.randomUUID().toString().substring(0, 8), false);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String vm = Http.Res.children(tenant.get(created.attr("href")).child("Children"), "Vm").get(0)
                .getAttribute("href");
        Http.Res read = tenant.send(tenant.request(vm).setHeader("Accept", "application/*+xml;version=37.1"));
        assertThat(read.status).as(read.body).isEqualTo(200);
        assertThat(read.contentType()).isEqualTo("application/vnd.vmware.vcloud.vm+xml;version=37.1");
        assertThat(read.root().getLocalName()).isEqualTo("Vm");
        assertThat(read.link("edit", "application/vnd.vmware.vcloud.vm+xml")).isEqualTo(vm);
    }

    /** go-vcloud-director's QueryVappTemplateList: by vdcName; the record names its catalog. */
    @Test
    void templatesAreFoundByTheirVdcsName() {
        var records = tenant.get("/api/query?type=vAppTemplate&format=records&filter=vdcName==acme-vdc")
                .children("VAppTemplateRecord");
        assertThat(records).extracting(r -> r.getAttribute("href")).contains(template);
        assertThat(records.get(0).getAttribute("catalogName")).startsWith("apps-");
        assertThat(tenant.get("/api/query?type=vAppTemplate&format=records&filter=vdcName==nowhere")
                .children("VAppTemplateRecord")).isEmpty();
    }

    @Test
    void vAppsAreFoundByQueryAndListedInTheirVdc() {
        String name = "db-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = instantiate(name, true);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        assertThat(tenant.get(created.attr("href")).attr("status")).isEqualTo("4");
        Http.Res records = tenant.get("/api/query?type=vApp&format=records&filter=vdc==" + vdc + ";name==" + name);
        Element record = records.children("VAppRecord").get(0);
        assertThat(record.getAttribute("href")).isEqualTo(created.attr("href"));
        assertThat(record.getAttribute("status")).isEqualTo("POWERED_ON");
        assertThat(record.getAttribute("numberOfVMs")).isEqualTo("2");
        assertThat(tenant.get("/api/query?type=vm&format=records&filter=containerName==" + name)
                .children("VMRecord")).hasSize(2);
        assertThat(tenant.get(vdc).children("ResourceEntities").isEmpty() ? List.of()
                : Http.Res.children(tenant.get(vdc).child("ResourceEntities"), "ResourceEntity"))
                .extracting(e -> ((Element) e).getAttribute("name")).contains(name);
        assertThat(instantiate(name, false).minor()).isEqualTo("DUPLICATE_NAME");
    }

    @Test
    void anEmptyVAppGoesThroughThePowerStatesByTheSameRulesAsAVm() {
        Http.Res composed = tenant.post(tenant.get(vdc).link("add", COMPOSE), COMPOSE, "<ComposeVAppParams xmlns=\""
                + Http.NS + "\" name=\"empty-" + UUID.randomUUID().toString().substring(0, 8) + "\"/>");
        assertThat(composed.attr("status")).as("no VM to make: resolved at once (pyvcloud reads it so)")
                .isEqualTo("1");
        assertThat(tenant.awaitTask(composed).attr("status")).isEqualTo("success");
        String href = composed.attr("href");
        assertThat(tenant.get(href).attr("status")).as("resolved, as vCD calls an empty vApp").isEqualTo("1");
        assertThat(act(href, "power:powerOn", null, null).attr("status")).isEqualTo("4");
        Http.Res suspended = act(href, "power:suspend", null, null);
        assertThat(suspended.attr("status")).isEqualTo("3");
        assertThat(suspended.attr("deployed")).isEqualTo("true");
        assertThat(act(href, "power:powerOn", null, null).attr("status")).isEqualTo("4");
        assertThat(act(href, "power:reset", null, null).attr("status")).isEqualTo("4");
        Http.Res undeployed = act(href, "undeploy", UNDEPLOY, "<UndeployVAppParams xmlns=\"" + Http.NS + "\"/>");
        assertThat(undeployed.attr("status")).isEqualTo("8");
        assertThat(undeployed.attr("deployed")).isEqualTo("false");
    }

    /** go-vcloud-director's AddRawVm: an empty vApp powered on takes a stopped VM and stays running, MIXED. */
    @Test
    void aRunningVAppThatTakesAStoppedVmIsMixed() {
        Http.Res composed = tenant.post(tenant.get(vdc).link("add", COMPOSE), COMPOSE, "<ComposeVAppParams xmlns=\""
                + Http.NS + "\" name=\"raw-" + UUID.randomUUID().toString().substring(0, 8) + "\"/>");
        tenant.awaitTask(composed);
        String href = composed.attr("href");
        assertThat(act(href, "power:powerOn", null, null).attr("status")).isEqualTo("4");
        Element vm = Http.Res.children(tenant.get(template).child("Children"), "Vm").get(0);
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        Http.Res task = tenant.post(tenant.get(href).link("recompose", recompose), recompose, "<RecomposeVAppParams "
                + "xmlns=\"" + Http.NS + "\"><SourcedItem><Source href=\"" + vm.getAttribute("href") + "\" name=\"raw-vm\"/>"
                + "</SourcedItem><AllEULAsAccepted>true</AllEULAsAccepted></RecomposeVAppParams>");
        assertThat(tenant.awaitTask(task).attr("status")).isEqualTo("success");
        Http.Res vapp = tenant.get(href);
        assertThat(vapp.attr("status")).isEqualTo("10");
        assertThat(vapp.attr("deployed")).isEqualTo("true");
        assertThat(Http.Res.children(vapp.child("Children"), "Vm").get(0).getAttribute("status")).isEqualTo("8");
        Http.Res undeployed = act(href, "undeploy", UNDEPLOY, "<UndeployVAppParams xmlns=\"" + Http.NS + "\"/>");
        assertThat(undeployed.attr("status")).isEqualTo("8");
        assertThat(tenant.awaitTask(tenant.delete(href)).attr("status")).isEqualTo("success"); // its quota back
    }

    @Test
    void composeBuildsAVAppFromTemplateVms() {
        Element vm = Http.Res.children(tenant.get(template).child("Children"), "Vm").get(1);
        Http.Res composed = tenant.post(tenant.get(vdc).link("add", COMPOSE), COMPOSE, "<ComposeVAppParams xmlns=\""
                + Http.NS + "\" name=\"composed-" + UUID.randomUUID().toString().substring(0, 8) + "\"><Description/>"
                + "<SourcedItem><Source href=\"" + vm.getAttribute("href") + "\"/></SourcedItem></ComposeVAppParams>");
        assertThat(composed.status).as(composed.body).isEqualTo(201);
        assertThat(tenant.awaitTask(composed).attr("operationName")).isEqualTo("vdcComposeVapp");
        assertThat(Http.Res.children(tenant.get(composed.attr("href")).child("Children"), "Vm"))
                .extracting(v -> v.getAttribute("name")).containsExactly("app-2");
    }

    /**
     * go-vcloud-director's ComposeVApp: each SourcedItem's InstantiationParams (its VM's NICs on an org VDC network)
     * and StorageProfile, and VmGeneralParams' name, are honoured as an instantiation honours them.
     */
    @Test
    void composeHonoursEachSourcedItemsInstantiationParams() {
        Element vm = Http.Res.children(tenant.get(template).child("Children"), "Vm").get(1);
        Element star = Http.Res.children(tenant.get(vdc).child("VdcStorageProfiles"), "VdcStorageProfile").get(0);
        Http.Res composed = tenant.post(tenant.get(vdc).link("add", COMPOSE), COMPOSE, "<ComposeVAppParams xmlns=\""
                + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" name=\"composed-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"><Description/><SourcedItem><Source href=\""
                + vm.getAttribute("href") + "\"/><VmGeneralParams><Name>web-1</Name></VmGeneralParams>"
                + "<InstantiationParams><NetworkConnectionSection><ovf:Info>nics</ovf:Info><NetworkConnection "
                + "network=\"acme-net\"><NetworkConnectionIndex>0</NetworkConnectionIndex><IsConnected>true"
                + "</IsConnected><IpAddressAllocationMode>POOL</IpAddressAllocationMode></NetworkConnection>"
                + "</NetworkConnectionSection></InstantiationParams><StorageProfile href=\"" + star.getAttribute("href")
                + "\"/></SourcedItem><AllEULAsAccepted>true</AllEULAsAccepted></ComposeVAppParams>");
        assertThat(composed.status).as(composed.body).isEqualTo(201);
        assertThat(tenant.awaitTask(composed).attr("status")).isEqualTo("success");
        Element made = Http.Res.children(tenant.get(composed.attr("href")).child("Children"), "Vm").get(0);
        assertThat(made.getAttribute("name")).isEqualTo("web-1");
        Http.Res nics = tenant.get(made.getAttribute("href") + "/networkConnectionSection/");
        assertThat(Http.Res.children(nics.root(), "NetworkConnection")).extracting(n -> n.getAttribute("network"))
                .containsOnly("acme-net");
        assertThat(tenant.get(made.getAttribute("href")).child("StorageProfile").getAttribute("href"))
                .isEqualTo(star.getAttribute("href"));
        assertThat(tenant.delete(composed.attr("href")).status).isEqualTo(202);
    }

    static Http.Res putAdminVdc(Http admin, String body) {
        String adminVdc = vdc.replace("/api/vdc/", "/api/admin/vdc/");
        return admin.put(adminVdc, "application/vnd.vmware.admin.vdc+xml", "<AdminVdc xmlns=\"" + Http.NS
                + "\" name=\"acme-vdc\">" + body + "</AdminVdc>");
    }

    @Test
    void aVAppBeyondTheVdcsMemoryQuotaFailsAndLeavesNothing() {
        Http admin = Sim.admin(vcd.sim());
        Http.Res view = admin.get(vdc.replace("/api/vdc/", "/api/admin/vdc/"));
        Element memory = (Element) view.child("ComputeCapacity").getElementsByTagNameNS(Http.NS, "Memory").item(0);
        long allocated = Long.parseLong(Http.Res.children(memory, "Allocated").get(0).getTextContent());
        Http.Res limited = putAdminVdc(admin, "<ComputeCapacity><Memory><Limit>" + (allocated + 600)
                + "</Limit></Memory></ComputeCapacity>");
        assertThat(limited.status).as(limited.body).isEqualTo(202);
        assertThat(admin.awaitTask(limited).attr("status")).isEqualTo("success");
        try {
            String name = "big-" + UUID.randomUUID().toString().substring(0, 8);
            Http.Res created = instantiate(name, false); // two VMs of 512 MB each
            Http.Res failed = tenant.awaitTask(created);
            assertThat(failed.attr("status")).isEqualTo("error");
            assertThat(Http.Res.children(failed.root(), "Error").get(0).getAttribute("message"))
                    .contains("MB of memory");
            assertThat(tenant.get(created.attr("href")).status).as("nothing half-made stays").isEqualTo(403);
            assertThat(putAdminVdc(tenant, "<VmQuota>1</VmQuota>").status).isEqualTo(403);
        } finally {
            admin.awaitTask(putAdminVdc(admin, "<ComputeCapacity><Memory><Limit>0</Limit></Memory></ComputeCapacity>"));
        }
    }

    @Test
    void vmsAreReconfiguredVAppsRenamedRecomposedAndSnapshotted() {
        Http.Res created = instantiate("shape-" + UUID.randomUUID().toString().substring(0, 8), false);
        tenant.awaitTask(created);
        String href = created.attr("href");
        Http.Res vapp = tenant.get(href);
        Element first = Http.Res.children(vapp.child("Children"), "Vm").get(0);
        String vm = first.getAttribute("href");

        String spec = tenant.get(vm).link("edit", "application/vnd.vmware.vcloud.vmSpecSection+xml");
        Http.Res resized = tenant.put(spec, "application/vnd.vmware.vcloud.vmSpecSection+xml", "<VmSpecSection xmlns=\""
                + Http.NS + "\"><NumCpus>4</NumCpus><MemoryResourceMb><Configured>2048</Configured>"
                + "</MemoryResourceMb></VmSpecSection>");
        assertThat(tenant.awaitTask(resized).attr("operationName")).isEqualTo("vappUpdateVm");
        Http.Res after = tenant.get(spec);
        assertThat(after.childText("NumCpus")).isEqualTo("4");
        assertThat(after.child("MemoryResourceMb").getTextContent()).isEqualTo("2048");

        Http.Res renamed = tenant.put(href, "application/vnd.vmware.vcloud.vApp+xml", "<VApp xmlns=\"" + Http.NS
                + "\" name=\"renamed-" + UUID.randomUUID().toString().substring(0, 6) + "\"><Description>new</Description>"
                + "</VApp>");
        assertThat(tenant.awaitTask(renamed).attr("status")).isEqualTo("success");
        assertThat(tenant.get(href).attr("name")).startsWith("renamed-");
        // go-vcloud-director's UpdateNameDescription: a RecomposeVAppParams with only a name and a Description
        String recomposeType = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        String newName = "recomposed-" + UUID.randomUUID().toString().substring(0, 6);
        Http.Res renamedByRecompose = tenant.post(tenant.get(href).link("recompose", recomposeType), recomposeType,
                "<RecomposeVAppParams xmlns=\"" + Http.NS + "\" name=\"" + newName + "\" deploy=\"false\">"
                        + "<Description></Description></RecomposeVAppParams>");
        assertThat(tenant.awaitTask(renamedByRecompose).attr("status")).isEqualTo("success");
        assertThat(tenant.get(href).attr("name")).isEqualTo(newName);
        assertThat(tenant.get(href).childText("Description")).as("removed").isIn(null, "");
        String taken = instantiate("taken-" + UUID.randomUUID().toString().substring(0, 6), false).attr("name");
        Http.Res clash = tenant.post(tenant.get(href).link("recompose", recomposeType), recomposeType,
                "<RecomposeVAppParams xmlns=\"" + Http.NS + "\" name=\"" + taken + "\"/>");
        assertThat(clash.status).as("another vApp of the VDC has the name").isEqualTo(400);
        assertThat(clash.minor()).isEqualTo("DUPLICATE_NAME");
        assertThat(tenant.get(href).attr("name")).isEqualTo(newName);

        String templateVm = Http.Res.children(tenant.get(template).child("Children"), "Vm").get(1).getAttribute("href");
        String recompose = tenant.get(href).link("recompose", "application/vnd.vmware.vcloud.recomposeVAppParams+xml");
        Http.Res recomposed = tenant.post(recompose, "application/vnd.vmware.vcloud.recomposeVAppParams+xml",
                "<RecomposeVAppParams xmlns=\"" + Http.NS + "\"><SourcedItem><Source href=\"" + templateVm
                        + "\"/></SourcedItem><DeleteItem href=\"" + vm + "\"/></RecomposeVAppParams>");
        assertThat(tenant.awaitTask(recomposed).attr("status")).isEqualTo("success");
        assertThat(Http.Res.children(tenant.get(href).child("Children"), "Vm")).extracting(v -> v.getAttribute("name"))
                .containsExactly("app-2", "app-2");
        assertThat(tenant.get(vm).status).isEqualTo(403);

        act(href, "power:powerOn", null, null);
        Http.Res snap = act(href, "snapshot:create", "application/vnd.vmware.vcloud.createSnapshotParams+xml",
                "<CreateSnapshotParams xmlns=\"" + Http.NS + "\" memory=\"true\" quiesce=\"false\"/>");
        assertThat(rels(snap)).contains("snapshot:revertToCurrent", "snapshot:removeAll");
        String someVm = Http.Res.children(snap.child("Children"), "Vm").get(0).getAttribute("href");
        assertThat(Http.Res.children(tenant.get(someVm + "/snapshotSection").root(), "Snapshot").get(0)
                .getAttribute("poweredOn")).isEqualTo("true");
        act(href, "power:powerOff", null, null);
        assertThat(act(href, "snapshot:revertToCurrent", null, null).attr("status")).as("back to powered on")
                .isEqualTo("4");
        Http.Res removed = act(href, "snapshot:removeAll", null, null);
        assertThat(rels(removed)).doesNotContain("snapshot:revertToCurrent");
        assertThat(tenant.post(href + "/action/revertToCurrentSnapshot", null, null).status).isEqualTo(400);
    }

    /** What pyvcloud sends with vm_name and network: a VmGeneralParams Name, a NetworkConnection per SourcedItem. */
    static Http.Res instantiateOnNetwork(String name, String vmName, String network) {
        return fixture.instantiateOnNetwork(name, vmName, network, "");
    }

    static Http.Res instantiateOnNetwork(String name, String vmName, String network, String hardware) {
        return fixture.instantiateOnNetwork(name, vmName, network, hardware);
    }

    /** A network VMs are on is renamed under them but not deleted; once the vApp is gone it can be. */
    @Test
    void aNetworkInUseByVmsStays() {
        String type = "application/vnd.vmware.vcloud.orgVdcNetwork+xml";
        String net = "in-use-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = tenant.post(tenant.get(vdc).link("add", type), type, "<OrgVdcNetwork xmlns=\"" + Http.NS
                + "\" name=\"" + net + "\"><Configuration><IpScopes><IpScope><IsInherited>false</IsInherited><Gateway>"
                + "10.7.0.1</Gateway><Netmask>255.255.255.0</Netmask></IpScope></IpScopes><FenceMode>isolated"
                + "</FenceMode></Configuration><IsShared>false</IsShared></OrgVdcNetwork>");
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        Http.Res vapp = instantiateOnNetwork("on-" + net, "web", net);
        assertThat(tenant.awaitTask(vapp).attr("status")).isEqualTo("success");

        Http.Res network = tenant.get(created.attr("href"));
        // renamed it is, as vCD renames it (go-vcloud-director's Test_NetworkUpdateRename): its VMs stay on it
        Http.Res rename = tenant.put(network.link("edit", type), type, network.body.replace("name=\"" + net + "\"",
                "name=\"" + net + "-2\""));
        assertThat(tenant.awaitTask(rename).attr("status")).isEqualTo("success");
        assertThat(tenant.get(created.attr("href")).attr("name")).isEqualTo(net + "-2");
        Http.Res refused = tenant.awaitTask(tenant.delete(network.link("remove", null)));
        assertThat(refused.attr("status")).isEqualTo("error");
        // the vApp's bridged network, which keeps the name the VMs' NICs give, still holds it
        assertThat(refused.child("Error").getAttribute("message")).contains("vApp network(s) " + net);
        assertThat(tenant.get(created.attr("href")).status).isEqualTo(200);

        assertThat(tenant.awaitTask(tenant.delete(vapp.attr("href") + "?force=True")).attr("status"))
                .isEqualTo("success");
        assertThat(tenant.awaitTask(tenant.delete(network.link("remove", null))).attr("status")).isEqualTo("success");
    }

    @Test
    void instantiationNamesVmsAndConnectsThemToAVdcNetwork() {
        Http.Res created = instantiateOnNetwork("net-" + UUID.randomUUID().toString().substring(0, 8), "frontend",
                "acme-net");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        Element vm = Http.Res.children(tenant.get(created.attr("href")).child("Children"), "Vm").get(0);
        assertThat(vm.getAttribute("name")).isEqualTo("frontend");
        Element nic = (Element) vm.getElementsByTagNameNS(Http.NS, "NetworkConnection").item(0);
        assertThat(nic.getAttribute("network")).isEqualTo("acme-net");
        Element spec = (Element) vm.getElementsByTagNameNS(Http.NS, "VmSpecSection").item(0);
        assertThat(Http.Res.children(spec, "NumCpus").get(0).getTextContent()).as("the template's").isEqualTo("2");

        // pyvcloud's cpu= and memory=: the template VM's OVF items, edited, in the SourcedItem
        String rasd = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
        Element templateVm = Http.Res.children(tenant.get(template).child("Children"), "Vm").get(0);
        assertThat(templateVm.getElementsByTagNameNS("http://schemas.dmtf.org/ovf/envelope/1", "Item").getLength())
                .isGreaterThanOrEqualTo(2);
        String hardware = "<ovf:VirtualHardwareSection xmlns:rasd=\"" + rasd + "\"><ovf:Info>hw</ovf:Info><ovf:Item>"
                + "<rasd:ElementName>3 virtual CPU(s)</rasd:ElementName><rasd:InstanceID>cpu</rasd:InstanceID>"
                + "<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>3</rasd:VirtualQuantity></ovf:Item>"
                + "<ovf:Item><rasd:ElementName>1024 MB of memory</rasd:ElementName><rasd:InstanceID>memory"
                + "</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>1024"
                + "</rasd:VirtualQuantity></ovf:Item></ovf:VirtualHardwareSection>";
        Http.Res sized = instantiateOnNetwork("sized-" + UUID.randomUUID().toString().substring(0, 8), "big",
                "acme-net", hardware);
        assertThat(tenant.awaitTask(sized).attr("status")).isEqualTo("success");
        Element bigSpec = (Element) Http.Res.children(tenant.get(sized.attr("href")).child("Children"), "Vm").get(0)
                .getElementsByTagNameNS(Http.NS, "VmSpecSection").item(0);
        assertThat(Http.Res.children(bigSpec, "NumCpus").get(0).getTextContent()).isEqualTo("3");
        assertThat(Http.Res.children(bigSpec, "MemoryResourceMb").get(0).getTextContent()).isEqualTo("1024");

        Http.Res unknown = instantiateOnNetwork("nonet-" + UUID.randomUUID().toString().substring(0, 8), "x",
                "no-such-net");
        assertThat(unknown.status).isEqualTo(400);
        assertThat(unknown.minor()).isEqualTo("INVALID_REFERENCE");
    }

    /**
     * pyvcloud's Org.capture_vapp: CaptureVAppParams posted to the catalog's rel=add link make a template of the
     * vApp's VMs, 201 with its vdcCaptureTemplate task; it is ready when the task ends and instantiates like any.
     */
    @Test
    void aPoweredOffVAppIsCapturedAsATemplateOfACatalog() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = instantiate("capture-" + suffix, false);
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        String vapp = created.attr("href");
        Http.Res made = Sim.createCatalog(tenant, "captured-" + suffix);
        tenant.awaitTask(made);
        Http.Res catalog = tenant.get(made.attr("href").replace("/api/admin/", "/api/"));
        String type = "application/vnd.vmware.vcloud.captureVAppParams+xml";
        String add = catalog.link("add", type);
        String body = "<CaptureVAppParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                + "name=\"%s\"><Description>golden image</Description><Source href=\"%s\"/><CustomizationSection>"
                + "<ovf:Info>VApp template customization section</ovf:Info><CustomizeOnInstantiate>true"
                + "</CustomizeOnInstantiate></CustomizationSection></CaptureVAppParams>";
        Http.Res captured = tenant.post(add, type, body.formatted("golden", vapp));
        assertThat(captured.status).as(captured.body).isEqualTo(201);
        assertThat(captured.root().getLocalName()).isEqualTo("VAppTemplate");
        assertThat(captured.attr("status")).isEqualTo("0");
        Http.Res task = tenant.awaitTask(captured);
        assertThat(task.attr("operationName")).isEqualTo("vdcCaptureTemplate");
        assertThat(task.attr("status")).isEqualTo("success");
        Http.Res template = tenant.get(captured.attr("href"));
        assertThat(template.attr("status")).isEqualTo("8");
        assertThat(template.childText("Description")).isEqualTo("golden image");
        assertThat(Http.Res.children(template.child("Children"), "Vm")).extracting(v -> v.getAttribute("name"))
                .containsExactlyElementsOf(Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream()
                        .map(v -> v.getAttribute("name")).toList());
        assertThat(tenant.get(catalog.attr("href")).child("CatalogItems").getElementsByTagNameNS(Http.NS,
                "CatalogItem").item(0).getAttributes().getNamedItem("name").getNodeValue()).isEqualTo("golden");

        // it instantiates as any template does
        String instantiate = "<InstantiateVAppTemplateParams xmlns=\"" + Http.NS + "\" name=\"from-golden-" + suffix
                + "\"><Source href=\"" + captured.attr("href") + "\"/></InstantiateVAppTemplateParams>";
        Http.Res copy = tenant.post(tenant.get(vdc).link("add", INSTANTIATE), INSTANTIATE, instantiate);
        assertThat(copy.status).as(copy.body).isEqualTo(201);
        assertThat(tenant.awaitTask(copy).attr("status")).isEqualTo("success");

        // a taken name, a running vApp, no source: refused, nothing made
        assertThat(tenant.post(add, type, body.formatted("golden", vapp)).status).isEqualTo(400);
        assertThat(tenant.awaitTask(tenant.post(vapp + "/power/action/powerOn", null, null)).attr("status"))
                .isEqualTo("success");
        Http.Res running = tenant.post(add, type, body.formatted("hot", vapp));
        assertThat(running.status).isEqualTo(400);
        assertThat(running.attr("message")).contains("running");
        assertThat(tenant.post(add, type, body.formatted("none", vdc)).status).isIn(400, 403);
        assertThat(tenant.get(catalog.attr("href")).child("CatalogItems").getElementsByTagNameNS(Http.NS,
                "CatalogItem").getLength()).isEqualTo(1);
    }

    /**
     * go-vcloud-director's CreateStandaloneVm (terraform's vcd_vm): CreateVmParams at the VDC's rel=add link make a
     * VM alone in a vApp of its own, the task's Owner, listed in the VDC; deleting the VM removes that vApp.
     */
    @Test
    void aStandaloneVmLivesInAVAppOfItsOwnThatGoesWithIt() {
        String type = "application/vnd.vmware.vcloud.CreateVmParams+xml";
        String add = tenant.get(vdc).link("add", type);
        String name = "solo-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "<CreateVmParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                + "name=\"%s\" powerOn=\"false\"><Description>made alone</Description><CreateVm name=\"%s\">"
                + "<VmSpecSection Modified=\"true\"><ovf:Info>spec</ovf:Info><OsType>sles11_64Guest</OsType><NumCpus>2"
                + "</NumCpus><MemoryResourceMb><Configured>1024</Configured></MemoryResourceMb><DiskSection>"
                + "<DiskSettings><SizeMb>2048</SizeMb><UnitNumber>0</UnitNumber><BusNumber>0</BusNumber>"
                + "<AdapterType>5</AdapterType></DiskSettings></DiskSection><Firmware>efi</Firmware></VmSpecSection>"
                + "<NetworkConnectionSection><ovf:Info>nics</ovf:Info><PrimaryNetworkConnectionIndex>0"
                + "</PrimaryNetworkConnectionIndex><NetworkConnection network=\"%s\"><NetworkConnectionIndex>0"
                + "</NetworkConnectionIndex><IsConnected>true</IsConnected><IpAddressAllocationMode>POOL"
                + "</IpAddressAllocationMode><NetworkAdapterType>VMXNET3</NetworkAdapterType></NetworkConnection>"
                + "</NetworkConnectionSection><BootOptions><BootDelay>0</BootDelay><BootRetryEnabled>true"
                + "</BootRetryEnabled><BootRetryDelay>1</BootRetryDelay><EfiSecureBootEnabled>true"
                + "</EfiSecureBootEnabled></BootOptions></CreateVm>"
                + "</CreateVmParams>";
        int before = tenant.get(vdc).child("ResourceEntities").getElementsByTagNameNS(Http.NS, "ResourceEntity")
                .getLength();
        Http.Res accepted = tenant.post(add, type, body.formatted(name, name, "acme-net"));
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = tenant.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        assertThat(task.attr("operationName")).isEqualTo("vdcCreateVm");
        Element owner = task.child("Owner");
        assertThat(owner.getAttribute("type")).isEqualTo("application/vnd.vmware.vcloud.vApp+xml");
        Http.Res vapp = tenant.get(owner.getAttribute("href"));
        List<Element> vms = Http.Res.children(vapp.child("Children"), "Vm");
        assertThat(vms).hasSize(1);
        Http.Res vm = tenant.get(vms.get(0).getAttribute("href"));
        assertThat(vm.attr("name")).isEqualTo(name);
        assertThat(vm.childText("Description")).isEqualTo("made alone");
        assertThat(vm.child("VmSpecSection").getElementsByTagNameNS(Http.NS, "NumCpus").item(0).getTextContent())
                .isEqualTo("2");
        // API 37.1's boot options and firmware, as go-vcloud-director's test of it reads them back
        assertThat(vm.child("VmSpecSection").getElementsByTagNameNS(Http.NS, "Firmware").item(0).getTextContent())
                .isEqualTo("efi");
        Element boot = vm.child("BootOptions");
        assertThat(boot.getElementsByTagNameNS(Http.NS, "EfiSecureBootEnabled").item(0).getTextContent())
                .isEqualTo("true");
        assertThat(boot.getElementsByTagNameNS(Http.NS, "BootRetryDelay").item(0).getTextContent()).isEqualTo("1");
        Element nic = (Element) vm.child("NetworkConnectionSection").getElementsByTagNameNS(Http.NS,
                "NetworkConnection").item(0);
        assertThat(nic.getAttribute("network")).isEqualTo("acme-net");
        assertThat(nic.getElementsByTagNameNS(Http.NS, "IpAddress").item(0).getTextContent())
                .startsWith("192.168.100.");
        assertThat(tenant.get(vdc).child("ResourceEntities").getElementsByTagNameNS(Http.NS, "ResourceEntity")
                .getLength()).isEqualTo(before + 1);

        Http.Res deleted = tenant.awaitTask(tenant.delete(vm.attr("href")));
        assertThat(deleted.attr("status")).as(deleted.body).isEqualTo("success");
        assertThat(tenant.get(vapp.attr("href")).status).as("its vApp went with it").isIn(403, 404);
        assertThat(tenant.get(vdc).child("ResourceEntities").getElementsByTagNameNS(Http.NS, "ResourceEntity")
                .getLength()).isEqualTo(before);

        // bad input changes nothing
        assertThat(tenant.post(add, type, body.formatted(name, name, "nowhere")).status).isEqualTo(400);
        assertThat(tenant.post(add, type, "<CreateVmParams xmlns=\"" + Http.NS + "\" name=\"x\"/>").status)
                .isEqualTo(400);
        assertThat(tenant.post(add, type, body.formatted(name, name, "acme-net").replace(">efi<", ">bios<")).status)
                .as("EFI secure boot on BIOS firmware").isEqualTo(400);
        assertThat(tenant.post(add, type, body.formatted(name, name, "acme-net").replace("<NumCpus>2",
                "<NumCpus>100000")).status).isEqualTo(400);
        assertThat(tenant.get(vdc).child("ResourceEntities").getElementsByTagNameNS(Http.NS, "ResourceEntity")
                .getLength()).isEqualTo(before);
    }

    /** go-vcloud-director's CreateStandaloneVMFromTemplate: one VM of a template, renamed and on a network, alone. */
    @Test
    void aTemplateVmIsInstantiatedAsAStandaloneVm() {
        String type = "application/vnd.vmware.vcloud.instantiateVmTemplateParams+xml";
        String add = tenant.get(vdc).link("add", type);
        String templateVm = Http.Res.children(tenant.get(template).child("Children"), "Vm").get(0).getAttribute("href");
        String name = "solo-tpl-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "<InstantiateVmTemplateParams xmlns=\"" + Http.NS + "\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/"
                + "envelope/1\" name=\"" + name + "\" powerOn=\"true\"><SourcedVmTemplateItem><Source href=\"%s\"/>"
                + "<VmGeneralParams><Name>web</Name><Description>Standalone VM</Description></VmGeneralParams>"
                + "<VmTemplateInstantiationParams>"
                + "<NetworkConnectionSection><ovf:Info>nics</ovf:Info><NetworkConnection network=\"acme-net\">"
                + "<NetworkConnectionIndex>0</NetworkConnectionIndex><IsConnected>true</IsConnected>"
                + "<IpAddressAllocationMode>DHCP</IpAddressAllocationMode></NetworkConnection>"
                + "</NetworkConnectionSection></VmTemplateInstantiationParams></SourcedVmTemplateItem>"
                + "<AllEULAsAccepted>true</AllEULAsAccepted></InstantiateVmTemplateParams>";
        Http.Res accepted = tenant.post(add, type, body.formatted(templateVm));
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = tenant.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        Http.Res vapp = tenant.get(task.child("Owner").getAttribute("href"));
        assertThat(vapp.attr("name")).isEqualTo(name);
        List<Element> vms = Http.Res.children(vapp.child("Children"), "Vm");
        assertThat(vms).extracting(v -> v.getAttribute("name")).containsExactly("web");
        Http.Res vm = tenant.get(vms.get(0).getAttribute("href"));
        assertThat(vm.attr("status")).as("powered on").isEqualTo("4");
        assertThat(vm.childText("Description")).isEqualTo("Standalone VM");
        assertThat(((Element) vm.child("NetworkConnectionSection").getElementsByTagNameNS(Http.NS,
                "NetworkConnection").item(0)).getAttribute("network")).isEqualTo("acme-net");

        assertThat(tenant.awaitTask(tenant.post(vm.attr("href") + "/power/action/powerOff", null, null))
                .attr("status")).isEqualTo("success");
        assertThat(tenant.awaitTask(tenant.post(vm.attr("href") + "/action/undeploy", null, null))
                .attr("status")).isEqualTo("success");
        assertThat(tenant.awaitTask(tenant.delete(vm.attr("href"))).attr("status")).isEqualTo("success");
        assertThat(tenant.get(vapp.attr("href")).status).as("its vApp went with it").isIn(403, 404);
        assertThat(tenant.post(add, type, body.formatted(vdc)).status).as("not a template VM").isEqualTo(400);
    }
}

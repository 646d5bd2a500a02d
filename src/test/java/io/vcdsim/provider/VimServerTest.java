package io.vcdsim.provider;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vCenter servers and their hosts as pyvcloud's Platform (list_vcenters, get_vcenter, attach_vcenter,
 * enable_disable_vcenter, detach_vcenter, list_hosts, get_host, enable_disable_host) finds and changes them.
 */
class VimServerTest {
    static final String REGISTER = "application/vnd.vmware.admin.registerVimServerParams+xml";
    static final String REFS = "application/vnd.vmware.admin.vmwVimServerReferences+xml";
    static final String VIM_SERVER = "application/vnd.vmware.admin.vmwvirtualcenter+xml";
    static final String POOL_LIST = "application/vnd.vmware.admin.resourcePoolList+xml";
    static final String HOST_REFS = "application/vnd.vmware.admin.vmwHostReferences+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http.Res extension;

    @BeforeAll
    static void login() {
        admin = Sim.admin(vcd.sim());
        extension = admin.get("/api/admin/extension");
    }

    /** The body pyvcloud's attach_vcenter sends. */
    static String registration(String name, String url) {
        return "<vmext:RegisterVimServerParams xmlns:vmext=\"" + Http.VMEXT + "\"><vmext:VimServer name=\"" + name
                + "\"><vmext:Username>administrator@vsphere.local</vmext:Username><vmext:Password>secret"
                + "</vmext:Password><vmext:Url>" + url + "</vmext:Url><vmext:IsEnabled>false</vmext:IsEnabled>"
                + "</vmext:VimServer><vmext:ShieldManager name=\"nsx\"><vmext:Username>admin</vmext:Username>"
                + "<vmext:Password>x</vmext:Password><vmext:Url>https://nsx.vcdsim.invalid:443</vmext:Url>"
                + "</vmext:ShieldManager></vmext:RegisterVimServerParams>";
    }

    static Http.Res register(String name, String url) {
        return admin.post(extension.link("add", REGISTER), REGISTER, registration(name, url));
    }

    /** As get_vcenter finds one: by name among the references. */
    static String href(String name) {
        return Http.Res.children(admin.get(extension.link("down", REFS)).root(), Http.VMEXT, "VimServerReference")
                .stream().filter(r -> r.getAttribute("name").equals(name)).map(r -> r.getAttribute("href"))
                .findFirst().orElse(null);
    }

    static Element vmext(Element parent, String name) {
        List<Element> c = Http.Res.children(parent, Http.VMEXT, name);
        return c.isEmpty() ? null : c.get(0);
    }

    static Http.Res edit(Http.Res vc, boolean enabled) {
        String body = vc.body.replaceFirst("<vmext:IsEnabled>(true|false)</vmext:IsEnabled>",
                "<vmext:IsEnabled>" + enabled + "</vmext:IsEnabled>");
        Http.Res task = admin.put(vc.link("edit", VIM_SERVER), VIM_SERVER, body);
        assertThat(task.status).as(task.body).isEqualTo(202);
        assertThat(task.attr("operationName")).isEqualTo("vimServerUpdate");
        return admin.awaitTask(task);
    }

    static Element task(Http.Res registered) {
        return Http.Res.children(vmext(registered.root(), "VimServer"), "Tasks").stream()
                .flatMap(t -> Http.Res.children(t, "Task").stream()).findFirst().orElseThrow();
    }

    @Test
    void aSimulatedVCenterIsRegisteredEnabledDisabledAndUnregistered() {
        Http.Res registered = register("vc2", "https://vc2.vcdsim.invalid:443");
        assertThat(registered.status).as(registered.body).isEqualTo(200);
        assertThat(registered.contentType()).startsWith(REGISTER);
        assertThat(vmext(registered.root(), "VimServer").getAttribute("name")).isEqualTo("vc2");
        Element task = task(registered);
        assertThat(task.getAttribute("operationName")).isEqualTo("vimServerRegister");
        assertThat(admin.awaitTask(admin.get(task.getAttribute("href"))).attr("status")).isEqualTo("success");

        String href = href("vc2");
        Http.Res vc = admin.get(href);
        assertThat(vc.vmextText("IsEnabled")).isEqualTo("false");
        assertThat(vc.vmextText("Url")).isEqualTo("https://vc2.vcdsim.invalid:443");
        assertThat(vc.body).doesNotContain("secret");
        // connecting learned its inventory: two clusters' root pools and two pools under each
        assertThat(Http.Res.children(admin.get(vc.link("down", POOL_LIST)).root(), Http.VMEXT, "ResourcePool"))
                .hasSize(6);
        assertThat(admin.send(admin.cloud("/cloudapi/1.0.0/virtualCenters").GET()).json().get("resultTotal").asInt())
                .isEqualTo(2);

        assertThat(edit(vc, true).attr("status")).isEqualTo("success");
        vc = admin.get(href);
        assertThat(vc.vmextText("IsEnabled")).isEqualTo("true");
        assertThat(vc.links("unregister", null)).isEmpty();
        Http.Res refused = admin.post(href + "/action/unregister", null, null);
        assertThat(refused.status).as(refused.body).isEqualTo(400);
        assertThat(refused.body).contains("must be disabled");

        assertThat(edit(vc, false).attr("status")).isEqualTo("success");
        Http.Res unregistered = admin.post(admin.get(href).link("unregister", null), null, null);
        assertThat(unregistered.attr("operationName")).isEqualTo("vimServerUnregister");
        assertThat(admin.awaitTask(unregistered).attr("status")).isEqualTo("success");
        assertThat(href("vc2")).isNull();
        assertThat(admin.get(href).status).isEqualTo(403);
    }

    @Test
    void aHostNoSimulatedVCenterAnswersAtFailsTheRegistrationTask() {
        Http.Res registered = register("elsewhere", "https://vc9.example.com");
        assertThat(registered.status).as(registered.body).isEqualTo(200);
        Http.Res ended = admin.awaitTask(admin.get(task(registered).getAttribute("href")));
        assertThat(ended.attr("status")).isEqualTo("error");
        assertThat(ended.child("Error").getAttribute("message")).contains("Unable to connect")
                .contains("vc9.example.com");
        assertThat(href("elsewhere")).as("a failed registration is forgotten").isNull();
    }

    @Test
    void badRegistrationsAreRefusedBeforeAnyTask() {
        Http.Res sameName = register("VC1", "https://vc3.vcdsim.invalid");
        assertThat(sameName.status).as(sameName.body).isEqualTo(400);
        assertThat(sameName.minor()).isEqualTo("DUPLICATE_NAME");
        assertThat(register("again", "https://vc1").minor()).as("vc1 is registered already")
                .isEqualTo("DUPLICATE_NAME");
        assertThat(register("noscheme", "vc3.vcdsim.invalid").status).isEqualTo(400);
        assertThat(register("ftp", "ftp://vc3.vcdsim.invalid").status).isEqualTo(400);
        assertThat(register("x".repeat(129), "https://vc3.vcdsim.invalid").status).isEqualTo(400);
        assertThat(register("longhost", "https://" + "h".repeat(300) + ".example.com").status).isEqualTo(400);
        Http.Res noPassword = admin.post(extension.link("add", REGISTER), REGISTER,
                registration("nopw", "https://vc3.vcdsim.invalid")
                        .replace("<vmext:Password>secret</vmext:Password>", ""));
        assertThat(noPassword.status).isEqualTo(400);
        assertThat(Sim.tenant(vcd.sim()).post("/api/admin/extension/action/registervimserver", REGISTER,
                registration("tenant", "https://vc3.vcdsim.invalid")).status).isEqualTo(403);
        assertThat(Http.Res.children(admin.get(extension.link("down", REFS)).root(), Http.VMEXT,
                "VimServerReference")).extracting(e -> e.getAttribute("name")).doesNotContain("VC1", "again", "tenant");
    }

    @Test
    void theVCenterTheProviderVdcStandsOnIsNotUnregistered() {
        String href = href("vc1");
        Http.Res vc = admin.get(href);
        assertThat(edit(vc, false).attr("status")).isEqualTo("success");
        try {
            Http.Res refused = admin.post(href + "/action/unregister", null, null);
            assertThat(refused.status).as(refused.body).isEqualTo(400);
            assertThat(refused.body).contains("backs a provider VDC");
        } finally {
            edit(admin.get(href), true);
        }
    }

    @Test
    void refreshAndReconnectAreTasksOnTheServer() {
        String href = href("vc1");
        for (String action : List.of("refresh", "refreshStorageProfiles", "forcevimserverreconnect")) {
            Http.Res task = admin.post(admin.get(href).link(action, null), null, null);
            assertThat(task.status).as(task.body).isEqualTo(202);
            assertThat(task.child("Owner").getAttribute("href")).isEqualTo(href);
            assertThat(admin.awaitTask(task).attr("status")).isEqualTo("success");
        }
    }

    @Test
    void hostsAreListedAndDisabledAndEnabledThroughTasks() {
        List<Element> hosts = Http.Res.children(admin.get(extension.link("down", HOST_REFS)).root(), Http.VMEXT,
                "HostReference");
        assertThat(hosts).extracting(h -> h.getAttribute("name")).contains("esx-1-1.vc1.vcdsim.invalid",
                "esx-2-2.vc1.vcdsim.invalid");
        String href = hosts.get(0).getAttribute("href");
        Http.Res host = admin.get(href);
        assertThat(host.root().getNamespaceURI()).isEqualTo(Http.VMEXT);
        assertThat(host.vmextText("Enabled")).isEqualTo("true");
        Http.Res disabled = admin.post(host.link("disable", null), null, null);
        assertThat(disabled.attr("operationName")).isEqualTo("hostDisable");
        assertThat(admin.awaitTask(disabled).attr("status")).isEqualTo("success");
        host = admin.get(href);
        assertThat(host.vmextText("Enabled")).isEqualTo("false");
        assertThat(admin.get("/api/query?type=host&format=records&filter=isEnabled==false").children("HostRecord"))
                .extracting(r -> r.getAttribute("href")).containsExactly(href);
        assertThat(admin.awaitTask(admin.post(host.link("enable", null), null, null)).attr("status"))
                .isEqualTo("success");
        assertThat(admin.get(href).vmextText("Enabled")).isEqualTo("true");
    }

    @Test
    void anObjectOfAVCenterHasItsVSphereWebClientUrl() {
        String vc = href("vc1");
        String type = "application/vnd.vmware.admin.vSphereWebClientUrl+xml";
        String list = admin.get(vc).link("down", "application/vnd.vmware.admin.vmsObjectRefsList+xml");
        String vm = Http.Res.children(Http.Res.children(admin.get(list).root(), Http.VMEXT, "VmObjectRef").get(0),
                Http.VMEXT, "MoRef").get(0).getTextContent();
        Http.Res url = admin.get(vc + "/VIRTUAL_MACHINE/" + vm + "/vSphereWebClientUrl");
        assertThat(url.status).as(url.body).isEqualTo(200);
        assertThat(url.contentType()).startsWith(type);
        assertThat(url.root().getNamespaceURI()).isEqualTo(Http.VMEXT);
        assertThat(url.root().getLocalName()).isEqualTo("VSphereWebClientUrl");
        assertThat(url.vmextText("URL")).startsWith("https://vc1.vcdsim.invalid/ui/")
                .contains("urn:vmomi:VirtualMachine:" + vm + ":" + vc.substring(vc.lastIndexOf('/') + 1));
        assertThat(admin.get(vc + "/HOST/host-101/vSphereWebClientUrl").vmextText("URL"))
                .contains("urn:vmomi:HostSystem:host-101:");
        assertThat(admin.get(vc + "/RESOURCE_POOL/resgroup-1/vSphereWebClientUrl").vmextText("URL"))
                .contains("urn:vmomi:ResourcePool:resgroup-1:");
        assertThat(admin.get(vc + "/DATASTORE/datastore-21/vSphereWebClientUrl").vmextText("URL"))
                .contains("urn:vmomi:Datastore:datastore-21:");

        Http.Res unknownType = admin.get(vc + "/FOLDER/group-v1/vSphereWebClientUrl");
        assertThat(unknownType.status).as(unknownType.body).isEqualTo(400);
        assertThat(unknownType.minor()).isEqualTo("BAD_REQUEST");
        assertThat(admin.get(vc + "/HOST/host-9-9/vSphereWebClientUrl").status).isEqualTo(404);
        assertThat(admin.get(vc + "/HOST/" + "h".repeat(65) + "/vSphereWebClientUrl").status).isEqualTo(400);
        assertThat(Sim.tenant(vcd.sim()).get(vc + "/HOST/host-101/vSphereWebClientUrl").status).isEqualTo(403);
    }

    /** What go-vcloud-director reads before it makes a provider VDC: a vCenter's pools, their hardware, profiles. */
    @Test
    void theCloudApiListsAVCentersResourcePoolsTheirHardwareAndItsStorageProfiles() {
        String vc = href("vc1");
        String base = "/cloudapi/1.0.0/virtualCenters/urn:vcloud:vimserver:" + vc.substring(vc.lastIndexOf('/') + 1);
        com.fasterxml.jackson.databind.JsonNode pools = admin.send(admin.cloud(base
                + "/resourcePools/browseAll?pageSize=128").GET()).json();
        assertThat(pools.get("resultTotal").asInt()).isEqualTo(6); // 2 clusters, each a root pool and 2 under it
        List<String> names = new java.util.ArrayList<>();
        pools.get("values").forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("cluster-1", "rp-1-1", "rp-2-2");
        com.fasterxml.jackson.databind.JsonNode root = java.util.stream.StreamSupport.stream(pools.get("values")
                .spliterator(), false).filter(p -> p.get("name").asText().equals("cluster-1")).findFirst().orElseThrow();
        assertThat(root.get("moref").asText()).isEqualTo("resgroup-1");
        assertThat(root.get("vcId").asText()).startsWith("urn:vcloud:vimserver:");
        assertThat(root.get("eligible").asBoolean()).as("pvdc-1 stands on it").isFalse();
        com.fasterxml.jackson.databind.JsonNode free = java.util.stream.StreamSupport.stream(pools.get("values")
                .spliterator(), false).filter(p -> p.get("name").asText().equals("rp-2-2")).findFirst().orElseThrow();
        assertThat(free.get("eligible").asBoolean()).isTrue();

        com.fasterxml.jackson.databind.JsonNode hw = admin.send(admin.cloud(base + "/resourcePools/resgroup-1/hwv")
                .GET()).json();
        assertThat(hw.get("versions").toString()).contains("vmx-14", "vmx-19");
        assertThat(java.util.stream.StreamSupport.stream(hw.get("supportedVersions").spliterator(), false)
                .filter(v -> v.get("isDefault").asBoolean()).map(v -> v.get("name").asText()).toList())
                .containsExactly("vmx-19");
        assertThat(admin.send(admin.cloud(base + "/resourcePools/resgroup-77/hwv").GET()).status).isEqualTo(404);

        com.fasterxml.jackson.databind.JsonNode profiles = admin.send(admin.cloud(base
                + "/storageProfiles?filter=_context==resgroup-1").GET()).json();
        List<String> profileNames = new java.util.ArrayList<>();
        profiles.get("values").forEach(p -> profileNames.add(p.get("name").asText()));
        assertThat(profileNames).contains("*", "gold", "silver", "bronze");
        assertThat(admin.send(admin.cloud(base + "/storageProfiles?filter=name==gold").GET()).status)
                .isEqualTo(400);
        assertThat(Sim.tenant(vcd.sim()).send(Sim.tenant(vcd.sim()).cloud(base + "/resourcePools/browseAll").GET())
                .status).isEqualTo(403);
    }
}

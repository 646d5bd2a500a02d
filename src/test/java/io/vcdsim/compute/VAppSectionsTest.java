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

/** A vApp's lease, startup and product sections, read and replaced the way pyvcloud's VApp methods do it. */
class VAppSectionsTest {
    static final String LEASE = "application/vnd.vmware.vcloud.leaseSettingsSection+xml";
    static final String STARTUP = "application/vnd.vmware.vcloud.startupSection+xml";
    static final String PRODUCTS = "application/vnd.vmware.vcloud.productSections+xml";
    static final String OVF = "http://schemas.dmtf.org/ovf/envelope/1";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static TemplateFixture fixture;

    @BeforeAll
    static void aReadyTemplate() throws Exception {
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
    }

    static Http.Res done(Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = tenant.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        assertThat(task.attr("operationName")).isEqualTo("vdcUpdateVapp");
        return task;
    }

    static String text(Element parent, String name) {
        return Http.Res.children(parent, name).get(0).getTextContent();
    }

    /**
     * pyvcloud's set_lease: the vApp's LeaseSettingsSection, changed, PUT to {vApp}/leaseSettingsSection/. A lease
     * longer than the org's, or one that never expires, becomes the org's (go-vcloud-director's Test_Vapp_LeaseUpdate).
     */
    @Test
    void leasesStartAsTheOrgsAndStayWithinThem() {
        String vapp = fixture.newVApp("lease");
        Element lease = tenant.get(vapp).child("LeaseSettingsSection");
        assertThat(text(lease, "DeploymentLeaseInSeconds")).isEqualTo("604800"); // the org's 7 days
        assertThat(text(lease, "StorageLeaseInSeconds")).isEqualTo("2592000");
        String section = vapp + "/leaseSettingsSection/";
        assertThat(lease.getAttribute("href")).isEqualTo(section);
        String doc = "<LeaseSettingsSection xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\" type=\"" + LEASE
                + "\" ovf:required=\"false\"><ovf:Info>Lease settings section</ovf:Info><DeploymentLeaseInSeconds>%s"
                + "</DeploymentLeaseInSeconds><StorageLeaseInSeconds>%s</StorageLeaseInSeconds></LeaseSettingsSection>";
        done(tenant.put(section, LEASE, doc.formatted(86400, 86400)));
        Http.Res read = tenant.get(section);
        assertThat(read.childText("DeploymentLeaseInSeconds")).isEqualTo("86400");
        assertThat(read.childText("StorageLeaseInSeconds")).isEqualTo("86400");
        assertThat(read.link("edit", LEASE)).isEqualTo(section);

        for (String[] bad : new String[][]{{"-1", "60"}, {"99999999999", "60"}}) {
            Http.Res refused = tenant.put(section, LEASE, doc.formatted(bad[0], bad[1]));
            assertThat(refused.status).as(String.join("/", bad)).isEqualTo(400);
        }
        assertThat(tenant.get(section).childText("DeploymentLeaseInSeconds")).isEqualTo("86400");
        done(tenant.put(section, LEASE, doc.formatted(0, 99999999)));
        assertThat(tenant.get(section).childText("DeploymentLeaseInSeconds")).as("never: the org's").isEqualTo("604800");
        assertThat(tenant.get(section).childText("StorageLeaseInSeconds")).as("too long: the org's")
                .isEqualTo("2592000");
    }

    /**
     * go-vcloud-director's Test_Vapp_LeaseUpdate, as a system administrator, in an org whose vApps' runtime lease
     * never expires (the org it assumes): 90 days are kept as given, and 0 stays the org's 0. The clamp to the org's
     * maximum is silent and for everyone (terraform's vcd_vapp lease docs: "silently reduced"; the same test's last
     * step renews past the org's lease and reads the org's back).
     */
    @Test
    void aLeaseWithinAnOrgWhoseRuntimeLeaseNeverExpiresIsKeptAsGiven() {
        Http admin = Sim.admin(vcd.sim());
        String settings = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/org/", "/api/admin/org/") + "/settings/vAppLeaseSettings";
        String leases = "application/vnd.vmware.admin.vAppLeaseSettings+xml";
        String org = "<VAppLeaseSettings xmlns=\"" + Http.NS + "\"><DeleteOnStorageLeaseExpiration>false"
                + "</DeleteOnStorageLeaseExpiration><DeploymentLeaseSeconds>%d</DeploymentLeaseSeconds>"
                + "<StorageLeaseSeconds>2592000</StorageLeaseSeconds><PowerOffOnRuntimeLeaseExpiration>false"
                + "</PowerOffOnRuntimeLeaseExpiration></VAppLeaseSettings>";
        assertThat(admin.put(settings, leases, org.formatted(0)).status).isEqualTo(200);
        try {
            String vapp = fixture.newVApp("never");
            String section = vapp + "/leaseSettingsSection/";
            assertThat(admin.get(section).childText("DeploymentLeaseInSeconds")).isEqualTo("0");
            String doc = "<LeaseSettingsSection xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\" type=\"" + LEASE
                    + "\" ovf:required=\"false\"><ovf:Info>Lease section settings</ovf:Info><DeploymentLeaseInSeconds>"
                    + "%d</DeploymentLeaseInSeconds><StorageLeaseInSeconds>%d</StorageLeaseInSeconds>"
                    + "</LeaseSettingsSection>";
            Http.Res renewed = admin.awaitTask(admin.put(section, LEASE, doc.formatted(90 * 86400, 7 * 86400)));
            assertThat(renewed.attr("status")).isEqualTo("success");
            Element lease = admin.get(vapp).child("LeaseSettingsSection");
            assertThat(text(lease, "DeploymentLeaseInSeconds")).isEqualTo("7776000");
            assertThat(text(lease, "StorageLeaseInSeconds")).isEqualTo("604800");
            assertThat(admin.awaitTask(admin.put(section, LEASE, doc.formatted(0, 0))).attr("status"))
                    .isEqualTo("success");
            assertThat(admin.get(section).childText("DeploymentLeaseInSeconds")).isEqualTo("0");
            assertThat(admin.get(section).childText("StorageLeaseInSeconds")).as("never: the org's")
                    .isEqualTo("2592000");
        } finally {
            assertThat(admin.put(settings, leases, org.formatted(604800)).status).isEqualTo(200);
        }
    }

    /**
     * go-vcloud-director's VAppTemplate.GetLease and RenewLease (Test_VappTemplateLeaseUpdate): the template carries
     * its LeaseSettingsSection, starting at the org's template lease; 0 takes the org's, more than the org's is a 400.
     */
    @Test
    void aTemplatesStorageLeaseIsReadAndRenewedWithinTheOrgs() {
        Element lease = tenant.get(fixture.template).child("LeaseSettingsSection");
        String section = fixture.template + "/leaseSettingsSection/";
        assertThat(lease.getAttribute("href")).isEqualTo(section);
        assertThat(text(lease, "StorageLeaseInSeconds")).isEqualTo("7776000"); // the org's 90 days
        String doc = "<LeaseSettingsSection xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\" type=\"" + LEASE
                + "\" ovf:required=\"false\"><ovf:Info>Lease section settings</ovf:Info><StorageLeaseInSeconds>%s"
                + "</StorageLeaseInSeconds></LeaseSettingsSection>";
        Http.Res renewed = tenant.put(tenant.get(section).link("edit", LEASE), LEASE, doc.formatted(604800));
        assertThat(renewed.attr("operationName")).isEqualTo("vdcUpdateTemplate");
        assertThat(tenant.awaitTask(renewed).attr("status")).isEqualTo("success");
        assertThat(tenant.get(section).childText("StorageLeaseInSeconds")).isEqualTo("604800");
        assertThat(text(tenant.get(fixture.template).child("LeaseSettingsSection"), "StorageLeaseInSeconds"))
                .isEqualTo("604800");
        assertThat(tenant.awaitTask(tenant.put(section, LEASE, doc.formatted(0))).attr("status")).isEqualTo("success");
        assertThat(tenant.get(section).childText("StorageLeaseInSeconds")).as("never: the org's").isEqualTo("7776000");
        for (String bad : new String[]{String.valueOf(7776000 + 3600), "-1", "99999999999"}) {
            assertThat(tenant.put(section, LEASE, doc.formatted(bad)).status).as(bad).isEqualTo(400);
        }
        assertThat(tenant.get(section).childText("StorageLeaseInSeconds")).isEqualTo("7776000");
    }

    /**
     * go-vcloud-director's VAppTemplate.Update (Test_UpdateAndDeleteVAppTemplateFromOvaFile): PUT the template with a
     * new name, description and GoldMaster; a vdcUpdateTemplate task applies them, and the catalog item is renamed.
     */
    @Test
    void aTemplateIsRenamedWithItsCatalogItemAndMadeAGoldMaster() throws Exception {
        TemplateFixture own = TemplateFixture.ready(tenant);
        String type = "application/vnd.vmware.vcloud.vAppTemplate+xml";
        Http.Res before = tenant.get(own.template);
        assertThat(before.attr("goldMaster")).isEqualTo("false");
        String name = "renamed-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String body = "<VAppTemplate xmlns=\"" + Http.NS + "\" href=\"" + own.template + "\" name=\"" + name
                + "\" goldMaster=\"true\"><Description>golden</Description></VAppTemplate>";
        Http.Res updated = tenant.put(before.link("edit", type), type, body);
        assertThat(updated.status).as(updated.body).isEqualTo(202);
        assertThat(updated.attr("operationName")).isEqualTo("vdcUpdateTemplate");
        assertThat(tenant.awaitTask(updated).attr("status")).isEqualTo("success");
        Http.Res after = tenant.get(own.template);
        assertThat(after.attr("name")).isEqualTo(name);
        assertThat(after.attr("goldMaster")).isEqualTo("true");
        assertThat(after.childText("Description")).isEqualTo("golden");
        String item = after.link("catalogItem", "application/vnd.vmware.vcloud.catalogItem+xml");
        assertThat(tenant.get(item).attr("name")).isEqualTo(name);
        assertThat(tenant.put(own.template, type, body.replace("name=\"" + name + "\"", "name=\"\"")).status)
                .as("no name").isEqualTo(400);
    }

    /** pyvcloud's update_startup_section: GET the section at its vcloud:href, change one Item, PUT it to edit. */
    @Test
    void eachVmsStartupItemIsNamedByTheVmAndChangedAlone() {
        String vapp = fixture.newVApp("startup");
        Element startup = (Element) tenant.get(vapp).root().getElementsByTagNameNS(OVF, "StartupSection").item(0);
        String href = startup.getAttributeNS(Http.NS, "href");
        assertThat(href).isEqualTo(vapp + "/startupSection/");
        Http.Res section = tenant.get(href);
        List<Element> items = items(section.root());
        assertThat(items).extracting(i -> i.getAttributeNS(OVF, "id")).containsExactly("app-1", "app-2");
        assertThat(items.get(0).getAttributeNS(OVF, "startAction")).isEqualTo("powerOn");
        String edit = section.link("edit", STARTUP);

        String changed = section.body.replaceFirst("ovf:order=\"0\"", "ovf:order=\"4\"")
                .replaceFirst("ovf:stopAction=\"powerOff\"", "ovf:stopAction=\"guestShutdown\"");
        done(tenant.put(edit, STARTUP, changed));
        List<Element> now = items(tenant.get(href).root());
        assertThat(now.get(0).getAttributeNS(OVF, "order")).isEqualTo("4");
        assertThat(now.get(0).getAttributeNS(OVF, "stopAction")).isEqualTo("guestShutdown");
        assertThat(now.get(1).getAttributeNS(OVF, "order")).isEqualTo("0");

        // a VM whose startAction is none stays off when its vApp powers on
        Http.Res current = tenant.get(href);
        done(tenant.put(edit, STARTUP, current.body.replaceFirst("ovf:startAction=\"powerOn\"",
                "ovf:startAction=\"none\"")));
        Http.Res powerOn = tenant.post(vapp + "/power/action/powerOn", null, null);
        assertThat(tenant.awaitTask(powerOn).attr("status")).isEqualTo("success");
        assertThat(Http.Res.children(tenant.get(vapp).child("Children"), "Vm"))
                .extracting(v -> v.getAttribute("name") + "=" + v.getAttribute("status"))
                .containsExactly("app-1=8", "app-2=4");
        assertThat(tenant.put(edit, STARTUP, section.body.replace("\"app-1\"", "\"nope\"")).status).isEqualTo(400);
        assertThat(tenant.put(edit, STARTUP, section.body.replaceFirst("ovf:startAction=\"powerOn\"",
                "ovf:startAction=\"jump\"")).status).isEqualTo(400);
        assertThat(items(tenant.get(href).root()).get(0).getAttributeNS(OVF, "order")).isEqualTo("4");
    }

    static List<Element> items(Element section) {
        List<Element> items = new java.util.ArrayList<>();
        var nodes = section.getElementsByTagNameNS(OVF, "Item");
        for (int i = 0; i < nodes.getLength(); i++) {
            items.add((Element) nodes.item(i));
        }
        return items;
    }

    /** pyvcloud's update_product_section: the list at rel=down, a ProductSection with a Property added, PUT back. */
    @Test
    void productSectionsOfVAppsAndVmsKeepTheirProperties() {
        String vapp = fixture.newVApp("products");
        String list = tenant.get(vapp).link("down", PRODUCTS);
        Http.Res empty = tenant.get(list);
        assertThat(empty.root().getElementsByTagNameNS(OVF, "ProductSection").getLength()).isZero();
        String body = "<ProductSectionList xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\"><ovf:ProductSection "
                + "ovf:class=\"\" ovf:instance=\"\"><ovf:Info/><ovf:Property ovf:key=\"admin\" ovf:password=\"false\" "
                + "ovf:type=\"string\" ovf:userConfigurable=\"false\" ovf:value=\"admin\"><ovf:Label>Admin</ovf:Label>"
                + "</ovf:Property></ovf:ProductSection></ProductSectionList>";
        done(tenant.put(empty.link("edit", PRODUCTS), PRODUCTS, body));
        Element property = (Element) tenant.get(list).root().getElementsByTagNameNS(OVF, "Property").item(0);
        assertThat(property.getAttributeNS(OVF, "key")).isEqualTo("admin");
        assertThat(property.getAttributeNS(OVF, "value")).isEqualTo("admin");
        assertThat(property.getElementsByTagNameNS(OVF, "Label").item(0).getTextContent()).isEqualTo("Admin");

        String twice = body.replace("</ovf:ProductSection>", "<ovf:Property ovf:key=\"admin\" ovf:type=\"string\" "
                + "ovf:value=\"b\"/></ovf:ProductSection>");
        assertThat(tenant.put(list, PRODUCTS, twice).status).isEqualTo(400);
        assertThat(tenant.put(list, PRODUCTS, body.replace("ovf:type=\"string\"", "ovf:type=\"text\"")).status)
                .isEqualTo(400);

        // a VM's own list, apart from its vApp's (a vappUpdateVm task)
        String vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").get(0).getAttribute("href");
        String vmList = tenant.get(vm).link("down", PRODUCTS);
        Http.Res accepted = tenant.put(vmList, PRODUCTS, body.replace("\"admin\"", "\"role\""));
        assertThat(accepted.status).isEqualTo(202);
        assertThat(tenant.awaitTask(accepted).attr("operationName")).isEqualTo("vappUpdateVm");
        assertThat(tenant.get(vmList).body).contains("ovf:key=\"role\"").doesNotContain("ovf:key=\"admin\"");
        assertThat(tenant.get(list).body).contains("ovf:key=\"admin\"");

        // go-vcloud-director's SetProductSectionList gives a property's value in an ovf:Value child, and its SetOvf
        // finds the VM's sections in the Vm itself
        String valued = body.replace("<ovf:Label>Admin</ovf:Label>", "<ovf:Label>Admin</ovf:Label>"
                + "<ovf:Value ovf:value=\"xxxyyy\"/>");
        assertThat(tenant.awaitTask(tenant.put(vmList, PRODUCTS, valued)).attr("status")).isEqualTo("success");
        Element value = (Element) tenant.get(vmList).root().getElementsByTagNameNS(OVF, "Value").item(0);
        assertThat(value.getAttributeNS(OVF, "value")).isEqualTo("xxxyyy");
        Element embedded = (Element) tenant.get(vm).root().getElementsByTagNameNS(OVF, "ProductSection").item(0);
        assertThat(embedded).as("the Vm carries its product sections").isNotNull();
        assertThat(((Element) embedded.getElementsByTagNameNS(OVF, "Property").item(0)).getAttributeNS(OVF, "key"))
                .isEqualTo("admin");
    }

    /**
     * A template's VM keeps the product sections of its OVF VirtualSystem, and a VM instantiated from it starts
     * with them (pyvcloud's list_product_sections of such a VM).
     */
    @Test
    void aVmStartsWithTheProductSectionsOfItsOvf() throws Exception {
        String product = "<ProductSection ovf:class=\"vm\" ovf:required=\"false\"><Info>Guest properties</Info>"
                + "<Product>Appliance</Product><Vendor>ACME</Vendor><Version>2.1</Version><Property ovf:key=\"ip\" "
                + "ovf:type=\"string\" ovf:userConfigurable=\"true\" ovf:value=\"10.0.0.5\"><Label>IP address"
                + "</Label></Property><Property ovf:key=\"secret\" ovf:password=\"true\" ovf:type=\"string\" "
                + "ovf:userConfigurable=\"true\"/></ProductSection>";
        String ovf = TemplateFixture.OVF.replace("<Name>app-1</Name>", "<Name>app-1</Name>" + product);
        TemplateFixture withProducts = TemplateFixture.ready(tenant, ovf);
        String vapp = withProducts.newVApp("ovf-products");
        List<Element> vms = Http.Res.children(tenant.get(vapp).child("Children"), "Vm");
        Element first = vms.stream().filter(v -> v.getAttribute("name").equals("app-1")).findFirst().orElseThrow();
        Http.Res list = tenant.get(tenant.get(first.getAttribute("href")).link("down", PRODUCTS));
        Element section = (Element) list.root().getElementsByTagNameNS(OVF, "ProductSection").item(0);
        assertThat(section.getAttributeNS(OVF, "class")).isEqualTo("vm");
        assertThat(section.getElementsByTagNameNS(OVF, "Vendor").item(0).getTextContent()).isEqualTo("ACME");
        List<Element> properties = Http.Res.children(section, OVF, "Property");
        assertThat(properties).extracting(p -> p.getAttributeNS(OVF, "key")).containsExactly("ip", "secret");
        assertThat(properties.get(0).getAttributeNS(OVF, "value")).isEqualTo("10.0.0.5");
        assertThat(properties.get(1).getAttributeNS(OVF, "password")).isEqualTo("true");
        Element second = vms.stream().filter(v -> v.getAttribute("name").equals("app-2")).findFirst().orElseThrow();
        assertThat(tenant.get(tenant.get(second.getAttribute("href")).link("down", PRODUCTS)).root()
                .getElementsByTagNameNS(OVF, "ProductSection").getLength()).as("only its own VirtualSystem's").isZero();
        assertThat(tenant.get(tenant.get(vapp).link("down", PRODUCTS)).root()
                .getElementsByTagNameNS(OVF, "ProductSection").getLength()).as("not the vApp's").isZero();

        // a recompose adding the template's VM to another vApp brings them too
        String other = fixture.newVApp("recomposed-products");
        String recompose = "application/vnd.vmware.vcloud.recomposeVAppParams+xml";
        Element templateVm = Http.Res.children(tenant.get(withProducts.template).child("Children"), "Vm").stream()
                .filter(v -> v.getAttribute("name").equals("app-1")).findFirst().orElseThrow();
        Http.Res recomposed = tenant.post(tenant.get(other).link("recompose", recompose), recompose,
                "<RecomposeVAppParams xmlns=\"" + Http.NS + "\"><SourcedItem><Source href=\""
                        + templateVm.getAttribute("href") + "\"/></SourcedItem></RecomposeVAppParams>");
        assertThat(tenant.awaitTask(recomposed).attr("status")).isEqualTo("success");
        List<Element> now = Http.Res.children(tenant.get(other).child("Children"), "Vm");
        Http.Res added = tenant.get(tenant.get(now.get(now.size() - 1).getAttribute("href")).link("down", PRODUCTS));
        assertThat(added.root().getElementsByTagNameNS(OVF, "Property").getLength()).isEqualTo(2);
    }

    /**
     * go-vcloud-director's VApp.SetOvf (Test_SetOvf) edits the ProductSection of the vApp's first VM as its Vm in
     * the vApp's Children shows it. A VM has one when its OVF VirtualSystem has one, even without properties (a
     * Photon OS OVA's Product and Vendor); an OVF without any gives a VM without any (the Programming Guide: "If the
     * vApp contains no ProductSection elements, the response contains only the Link element"), none made up.
     */
    @Test
    void aVmCarriesItsOvfsProductSectionWithoutPropertiesAndNoneWhenItsOvfHasNone() throws Exception {
        String product = "<ProductSection><Info>Information about the installed software</Info><Product>Photon OS"
                + "</Product><Vendor>VMware Inc.</Vendor><Version>5.0</Version><FullVersion>5.0</FullVersion>"
                + "</ProductSection>";
        TemplateFixture photon = TemplateFixture.ready(tenant, TemplateFixture.OVF.replace("<Name>app-1</Name>",
                "<Name>app-1</Name>" + product));
        String vapp = photon.newVApp("photon");
        Element vm = Http.Res.children(tenant.get(vapp).child("Children"), "Vm").stream()
                .filter(v -> v.getAttribute("name").equals("app-1")).findFirst().orElseThrow();
        List<Element> sections = Http.Res.children(vm, OVF, "ProductSection");
        assertThat(sections).hasSize(1);
        assertThat(sections.get(0).getElementsByTagNameNS(OVF, "Product").item(0).getTextContent())
                .isEqualTo("Photon OS");
        assertThat(sections.get(0).getElementsByTagNameNS(OVF, "Property").getLength()).isZero();
        // SetOvf puts that section back, with no property of the key it sets: the task succeeds
        String list = "<ProductSectionList xmlns=\"" + Http.NS + "\" xmlns:ovf=\"" + OVF + "\"><ovf:ProductSection>"
                + "<ovf:Info>Information about the installed software</ovf:Info><ovf:Product>Photon OS</ovf:Product>"
                + "</ovf:ProductSection></ProductSectionList>";
        Http.Res set = tenant.put(vm.getAttribute("href") + "/productSections", PRODUCTS, list);
        assertThat(tenant.awaitTask(set).attr("status")).isEqualTo("success");

        String plain = fixture.newVApp("no-products");
        for (Element each : Http.Res.children(tenant.get(plain).child("Children"), "Vm")) {
            assertThat(Http.Res.children(each, OVF, "ProductSection")).as("none made up").isEmpty();
        }
    }

    /** pyvcloud's enter/exit_maintenance_mode (system administrators, 204) and InMaintenanceMode in the vApp. */
    @Test
    void aSystemAdministratorPutsAVAppIntoMaintenanceModeAndOut() {
        String vapp = fixture.newVApp("maintenance");
        Http admin = Sim.admin(vcd.sim());
        assertThat(tenant.get(vapp).childText("InMaintenanceMode")).isEqualTo("false");
        assertThat(tenant.get(vapp).links("enterMaintenanceMode", null)).as("not the tenant's").isEmpty();
        assertThat(tenant.post(vapp + "/action/enterMaintenanceMode", null, null).status).isEqualTo(403);
        Http.Res entered = admin.post(admin.get(vapp).link("enterMaintenanceMode", null), null, null);
        assertThat(entered.status).isEqualTo(204);
        assertThat(tenant.get(vapp).childText("InMaintenanceMode")).isEqualTo("true");
        assertThat(admin.post(admin.get(vapp).link("exitMaintenanceMode", null), null, null).status).isEqualTo(204);
        assertThat(tenant.get(vapp).childText("InMaintenanceMode")).isEqualTo("false");
    }

    /** pyvcloud's download_ova: enable (a task, undeployed vApps only), then GET the OVA at download:ovaDefault. */
    @Test
    void anUndeployedVAppIsDownloadedAsAnOva() throws Exception {
        String vapp = fixture.newVApp("ova");
        Http.Res enabling = tenant.post(tenant.get(vapp).link("enable", null), null, null);
        assertThat(enabling.status).as(enabling.body).isEqualTo(202);
        assertThat(tenant.awaitTask(enabling).attr("status")).isEqualTo("success");
        String download = tenant.get(vapp).link("download:ovaDefault", "application/binary");
        assertThat(tenant.get(vapp).link("enable", null)).as("enabled again, offered anew").isNotNull();
        Http.Res ova = tenant.get(download);
        assertThat(ova.status).isEqualTo(200);
        byte[] bytes = ova.raw.body();
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                new java.io.ByteArrayInputStream(bytes))) {
            var entry = tar.getNextEntry();
            assertThat(entry.getName()).endsWith(".ovf");
            String descriptor = new String(tar.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(descriptor).contains("<ovf:Name>app-1</ovf:Name>", "<ovf:Name>app-2</ovf:Name>",
                    "<rasd:VirtualQuantity>2</rasd:VirtualQuantity>");
            // vcdsim's own OVF reader takes it back
            var ovf = io.vcdsim.catalog.Ovf.parse(descriptor.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(ovf.systems()).extracting(io.vcdsim.catalog.Ovf.VirtualSystem::name)
                    .containsExactly("app-1", "app-2");
            assertThat(ovf.systems().get(0).cpus()).isEqualTo(2);
        }
        assertThat(tenant.post(tenant.get(vapp).link("disable", null), null, null).status).isEqualTo(204);
        assertThat(tenant.get(download).status).isEqualTo(400);
        assertThat(tenant.awaitTask(tenant.post(vapp + "/power/action/powerOn", null, null)).attr("status"))
                .isEqualTo("success");
        assertThat(tenant.post(vapp + "/action/enableDownload", null, null).status).as("deployed").isEqualTo(400);
    }
}

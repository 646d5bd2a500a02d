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

/**
 * VDC templates in XML: a system administrator makes one (vmext:VMWVdcTemplate, its specification typed by
 * xsi:type), publishes it to acme, whose administrator finds it ({@code /api/vdcTemplates}, the orgVdcTemplate
 * query, the Org's links) and instantiates it ({@code POST /api/org/{id}/action/instantiate}, a task whose Owner
 * is the new VDC); and what is refused, each a vCloud Error that changes nothing.
 */
class VdcTemplateTest {
    static final String TEMPLATE = "application/vnd.vmware.admin.vmwVdcTemplate+xml";
    static final String INSTANTIATE = "application/vnd.vmware.vcloud.instantiateVdcTemplateParams+xml";
    static final String ACCESS = "application/vnd.vmware.vcloud.controlAccess+xml";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String pvdc;
    static String acme;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        pvdc = admin.get("/api/query?type=providerVdc&filter=name==pvdc-1").children("VMWProviderVdcRecord").get(0)
                .getAttribute("href");
        acme = admin.get("/api/org").children("Org").stream().filter(o -> o.getAttribute("name").equals("acme"))
                .findFirst().orElseThrow().getAttribute("href");
    }

    /** A ReservationPool template on pvdc-1: 2000 MHz and 2048 MB reserved, profile * limited to 5120 MB. */
    static String template(String name, String tenantName, String spec) {
        return "<vmext:VMWVdcTemplate xmlns=\"" + Http.NS + "\" xmlns:vmext=\"" + Http.VMEXT + "\" xmlns:xsi=\""
                + XSI + "\" name=\"" + name + "\"><Description>for admins</Description>"
                + "<vmext:TenantName>" + tenantName + "</vmext:TenantName>"
                + "<vmext:TenantDescription>for tenants</vmext:TenantDescription>"
                + "<vmext:NetworkBackingType>NSX_T</vmext:NetworkBackingType>"
                + "<vmext:ProviderVdcReference href=\"" + pvdc + "\"/>" + spec + "</vmext:VMWVdcTemplate>";
    }

    static String spec(String type, String inner) {
        return "<vmext:VdcTemplateSpecification xsi:type=\"vmext:" + type + "\">" + inner
                + "</vmext:VdcTemplateSpecification>";
    }

    static String reservation(long cpu, long memory, String profile, boolean isDefault, int cpuPercent) {
        return spec("VMWReservationPoolVdcTemplateSpecificationType", "<vmext:NicQuota>10</vmext:NicQuota>"
                + "<vmext:VmQuota>5</vmext:VmQuota><vmext:ProvisionedNetworkQuota>7</vmext:ProvisionedNetworkQuota>"
                + "<vmext:StorageProfile name=\"" + profile + "\"><vmext:Enabled>true</vmext:Enabled>"
                + "<vmext:Units>MB</vmext:Units><vmext:Limit>5120</vmext:Limit><vmext:Default>" + isDefault
                + "</vmext:Default></vmext:StorageProfile><vmext:ThinProvision>true</vmext:ThinProvision>"
                + "<vmext:CpuAllocationMhz>" + cpu + "</vmext:CpuAllocationMhz>"
                + "<vmext:MemoryAllocationMB>" + memory + "</vmext:MemoryAllocationMB>"
                + "<vmext:CpuGuaranteedPercentage>" + cpuPercent + "</vmext:CpuGuaranteedPercentage>");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Http.Res create(String name, String tenantName) {
        Http.Res r = admin.post("/api/admin/extension/vdcTemplates", TEMPLATE, template(name, tenantName,
                reservation(2000, 2048, "*", true, 100)));
        assertThat(r.status).as(r.body).isEqualTo(201);
        return r;
    }

    static void publish(String href, String... orgHrefs) {
        StringBuilder settings = new StringBuilder();
        for (String org : orgHrefs) {
            settings.append("<AccessSetting><Subject href=\"").append(org).append("\"/><AccessLevel>ReadOnly")
                    .append("</AccessLevel></AccessSetting>");
        }
        Http.Res r = admin.put(href + "/action/controlAccess", ACCESS, "<ControlAccessParams xmlns=\"" + Http.NS
                + "\"><IsSharedToEveryone>false</IsSharedToEveryone><AccessSettings>" + settings
                + "</AccessSettings></ControlAccessParams>");
        assertThat(r.status).as(r.body).isEqualTo(200);
    }

    static String params(String name, String source) {
        return "<InstantiateVdcTemplateParams xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><Source href=\""
                + source + "\"/><Description>from a template</Description></InstantiateVdcTemplateParams>";
    }

    static List<String> acmeVdcs() {
        return admin.get("/api/query?type=adminOrgVdc&format=records&filter=orgName==acme").children("AdminVdcRecord")
                .stream().map(r -> r.getAttribute("name")).sorted().toList();
    }

    static String text(Element parent, String child) {
        return Http.Res.children(parent, child).get(0).getTextContent();
    }

    @Test
    void anXmlTemplateIsReadBackAsMadeWithItsSpecificationType() {
        String name = unique("tpl");
        Http.Res made = create(name, name + "-tenant");
        assertThat(made.contentType()).startsWith(TEMPLATE);
        assertThat(made.root().getNamespaceURI()).isEqualTo(Http.VMEXT);
        assertThat(made.root().getLocalName()).isEqualTo("VMWVdcTemplate");
        assertThat(made.attr("id")).startsWith("urn:vcloud:vdctemplate:");
        Http.Res read = admin.get(made.attr("href"));
        assertThat(read.status).isEqualTo(200);
        assertThat(read.attr("name")).isEqualTo(name);
        assertThat(read.vmextText("TenantName")).isEqualTo(name + "-tenant");
        assertThat(read.vmextText("NetworkBackingType")).isEqualTo("NSX_T");
        Element p = Http.Res.children(read.root(), Http.VMEXT, "ProviderVdcReference").get(0);
        assertThat(p.getAttribute("href")).isEqualTo(pvdc);
        assertThat(p.getAttribute("name")).isEqualTo("pvdc-1");
        Element s = Http.Res.children(read.root(), Http.VMEXT, "VdcTemplateSpecification").get(0);
        assertThat(s.getAttributeNS(XSI, "type")).endsWith("VMWReservationPoolVdcTemplateSpecificationType");
        assertThat(Http.Res.children(s, Http.VMEXT, "CpuAllocationMhz").get(0).getTextContent()).isEqualTo("2000");
        assertThat(Http.Res.children(s, Http.VMEXT, "AutomaticNetworkPoolReference")).hasSize(1);
        Element profile = Http.Res.children(s, Http.VMEXT, "StorageProfile").get(0);
        assertThat(profile.getAttribute("name")).isEqualTo("*");
        assertThat(Http.Res.children(profile, Http.VMEXT, "Limit").get(0).getTextContent()).isEqualTo("5120");
        assertThat(read.link("edit", TEMPLATE)).isEqualTo(made.attr("href"));

        // the admin list and the adminOrgVdcTemplate query name it; tenants may run neither
        Http.Res list = admin.get("/api/admin/extension/vdcTemplates");
        assertThat(list.root().getLocalName()).isEqualTo("VMWVdcTemplateList");
        assertThat(Http.Res.children(list.root(), "VMWVdcTemplate").stream().map(e -> e.getAttribute("href")))
                .contains(made.attr("href"));
        Http.Res q = admin.get("/api/query?type=adminOrgVdcTemplate&format=records&filter=name==" + name);
        Element record = q.children("AdminOrgVdcTemplateRecord").get(0);
        assertThat(record.getAttribute("tenantVisibleName")).isEqualTo(name + "-tenant");
        assertThat(record.getAttribute("networkBackingType")).isEqualTo("NSX_T");
        assertThat(record.getAttribute("href")).isEqualTo(made.attr("href"));
        assertThat(tenant.get("/api/admin/extension/vdcTemplates").status).isEqualTo(403);
        assertThat(tenant.get("/api/query?type=adminOrgVdcTemplate").status).isEqualTo(403);
        assertThat(tenant.get(made.attr("href")).status).as("not published to acme").isEqualTo(403);
    }

    @Test
    void acmeSeesATemplateOnceItIsPublishedAndItsAdministratorInstantiatesIt() {
        String name = unique("pub");
        Http.Res made = create(name, name + "-t");
        String uuid = made.attr("href").substring(made.attr("href").lastIndexOf('/') + 1);
        String tenantHref = tenant.base() + "/api/vdcTemplate/" + uuid;
        assertThat(tenant.get("/api/query?type=orgVdcTemplate&format=records&filter=name==" + name + "-t")
                .children("OrgVdcTemplateRecord")).isEmpty();
        assertThat(tenant.get(tenantHref).status).isEqualTo(403);
        Http.Res refused = tenant.post(acme + "/action/instantiate", INSTANTIATE, params(unique("v"), tenantHref));
        assertThat(refused.status).as("a template acme may not use").isEqualTo(403);

        publish(made.attr("href"), acme.replace("/api/org/", "/api/admin/org/"));
        Http.Res list = tenant.get("/api/vdcTemplates");
        assertThat(list.root().getLocalName()).isEqualTo("VdcTemplateList");
        Element ref = list.children("VdcTemplate").stream().filter(e -> e.getAttribute("href").equals(tenantHref))
                .findFirst().orElseThrow();
        assertThat(ref.getAttribute("name")).isEqualTo(name + "-t");
        assertThat(ref.getAttribute("type")).isEqualTo("application/vnd.vmware.admin.vdcTemplate+xml");
        Http.Res view = tenant.get(tenantHref);
        assertThat(view.root().getLocalName()).isEqualTo("VdcTemplate");
        assertThat(view.attr("name")).isEqualTo(name + "-t");
        assertThat(view.childText("Description")).isEqualTo("for tenants");
        Element record = tenant.get("/api/query?type=orgVdcTemplate&format=records&filter=name==" + name + "-t")
                .children("OrgVdcTemplateRecord").get(0);
        assertThat(record.getAttribute("href")).isEqualTo(tenantHref);
        Http.Res org = tenant.get(acme);
        assertThat(org.link("down", "application/vnd.vmware.admin.vdcTemplates+xml"))
                .isEqualTo(tenant.base() + "/api/vdcTemplates");
        String instantiate = org.link("instantiate", INSTANTIATE);
        assertThat(instantiate).isEqualTo(acme + "/action/instantiate");

        String vdcName = unique("from-tpl");
        Http.Res accepted = tenant.post(instantiate, INSTANTIATE, params(vdcName, tenantHref));
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(accepted.root().getLocalName()).isEqualTo("Task");
        assertThat(accepted.attr("operationName")).isEqualTo("vdcInstantiateVdcTemplate");
        Http.Res task = tenant.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        String owner = task.child("Owner").getAttribute("href");
        Http.Res vdc = admin.get(owner.contains("/api/admin/") ? owner : owner.replace("/api/", "/api/admin/"));
        assertThat(vdc.attr("name")).isEqualTo(vdcName);
        assertThat(vdc.childText("Description")).isEqualTo("from a template");
        assertThat(vdc.childText("AllocationModel")).isEqualTo("ReservationPool");
        Element cpu = Http.Res.children(vdc.child("ComputeCapacity"), "Cpu").get(0);
        assertThat(text(cpu, "Allocated")).isEqualTo("2000");
        Element memory = Http.Res.children(vdc.child("ComputeCapacity"), "Memory").get(0);
        assertThat(text(memory, "Allocated")).isEqualTo("2048");
        assertThat(vdc.childText("VmQuota")).isEqualTo("5");
        assertThat(vdc.childText("NicQuota")).isEqualTo("10");
        assertThat(vdc.childText("NetworkQuota")).isEqualTo("7");
        assertThat(vdc.childText("IsThinProvision")).isEqualTo("true");
        assertThat(vdc.child("ProviderVdcReference").getAttribute("href")).isEqualTo(pvdc);
        String profile = Http.Res.children(vdc.child("VdcStorageProfiles"), "VdcStorageProfile").get(0)
                .getAttribute("href");
        assertThat(admin.get(profile).childText("Limit")).isEqualTo("5120");
        assertThat(acmeVdcs()).contains(vdcName);
    }

    @Test
    void anInstantiationThatCannotBeIsRefusedAndMakesNoVdc() {
        Http.Res made = create(unique("neg"), unique("neg-t"));
        String href = made.attr("href");
        List<String> before = acmeVdcs();
        // a system administrator may instantiate a template only into an org it is published to
        Http.Res unpublished = admin.post(acme + "/action/instantiate", INSTANTIATE, params(unique("v"), href));
        assertThat(unpublished.status).as(unpublished.body).isEqualTo(400);
        publish(href, acme);
        Http.Res duplicate = tenant.post(acme + "/action/instantiate", INSTANTIATE, params("acme-vdc", href));
        assertThat(duplicate.status).isEqualTo(400);
        assertThat(duplicate.minor()).isEqualTo("DUPLICATE_NAME");
        assertThat(tenant.post(acme + "/action/instantiate", INSTANTIATE, params("", href)).status).isEqualTo(400);
        assertThat(tenant.post(acme + "/action/instantiate", INSTANTIATE, "<InstantiateVdcTemplateParams xmlns=\""
                + Http.NS + "\" name=\"x\"/>").status).as("no Source").isEqualTo(400);
        assertThat(tenant.post(acme + "/action/instantiate", INSTANTIATE, params("x", "/api/vdcTemplate/nope"))
                .status).isEqualTo(400);
        Http.Res missing = admin.post(acme + "/action/instantiate", INSTANTIATE, params("x",
                "/api/vdcTemplate/" + UUID.randomUUID()));
        assertThat(missing.status).isEqualTo(400);
        assertThat(missing.minor()).isEqualTo("INVALID_REFERENCE");
        assertThat(tenant.post(acme + "/action/instantiate", "application/vnd.vmware.vcloud.org+xml",
                params("x", href)).status).isEqualTo(415);
        // tenants instantiate into their own org only, and vApp users not at all
        String system = admin.get("/api/org").children("Org").stream().filter(o -> o.getAttribute("name")
                .equals("System")).findFirst().orElseThrow().getAttribute("href");
        assertThat(tenant.post(system + "/action/instantiate", INSTANTIATE, params("x", href)).status)
                .isEqualTo(403);
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User");
        assertThat(user.post(acme + "/action/instantiate", INSTANTIATE, params(unique("u"), href)).status)
                .isEqualTo(403);
        assertThat(user.get(acme).links("instantiate", INSTANTIATE)).isEmpty();
        assertThat(acmeVdcs()).as("nothing was made").isEqualTo(before);

        // a deleted template is gone for everyone
        assertThat(tenant.delete(href).status).isEqualTo(403);
        assertThat(admin.delete(href).status).isEqualTo(204);
        assertThat(admin.get(href).status).isEqualTo(403);
        assertThat(tenant.post(acme + "/action/instantiate", INSTANTIATE, params("x", href)).status).isEqualTo(403);
    }

    @Test
    void aBadTemplateIsRefusedWithAVcloudErrorAndNothingIsStored() {
        String ok = reservation(2000, 2048, "*", true, 100);
        String[][] bad = {
            {unique("b"), spec("VMWNoSuchSpecificationType", "<vmext:NicQuota>1</vmext:NicQuota>")},
            {unique("b"), reservation(2000, 2048, "no-such-profile", true, 100)},
            {unique("b"), reservation(2000, 2048, "*", false, 100)},
            {unique("b"), reservation(2000, 2048, "*", true, 101)},
            {unique("b"), reservation(0, 2048, "*", true, 100)},
            {unique("b"), reservation(-5, 2048, "*", true, 100)},
            {unique("b"), ok.replace("<vmext:NicQuota>10</vmext:NicQuota>", "<vmext:NicQuota>-1</vmext:NicQuota>")},
            {unique("b"), ok.replace("<vmext:NicQuota>10</vmext:NicQuota>", "<vmext:NicQuota>ten</vmext:NicQuota>")},
            {unique("b"), ok.replace("<vmext:ThinProvision>", "<GatewayConfiguration><Gateway name=\"g\"/>"
                    + "</GatewayConfiguration><vmext:ThinProvision>")},
            {"x".repeat(129), ok},
        };
        int before = admin.get("/api/admin/extension/vdcTemplates").children("VMWVdcTemplate").size();
        for (String[] b : bad) {
            Http.Res r = admin.post("/api/admin/extension/vdcTemplates", TEMPLATE, template(b[0], "t", b[1]));
            assertThat(r.status).as(b[1] + " -> " + r.body).isEqualTo(400);
            assertThat(r.root().getLocalName()).isEqualTo("Error");
        }
        String noPvdc = template(unique("b"), "t", ok).replace("<vmext:ProviderVdcReference href=\"" + pvdc + "\"/>",
                "");
        assertThat(admin.post("/api/admin/extension/vdcTemplates", TEMPLATE, noPvdc).status).isEqualTo(400);
        Http.Res unknownPvdc = admin.post("/api/admin/extension/vdcTemplates", TEMPLATE, template(unique("b"), "t", ok)
                .replace(pvdc, pvdc.substring(0, pvdc.lastIndexOf('/') + 1) + UUID.randomUUID()));
        assertThat(unknownPvdc.minor()).isEqualTo("INVALID_REFERENCE");
        String wrongBacking = template(unique("b"), "t", ok).replace(">NSX_T<", ">NSX_X<");
        assertThat(admin.post("/api/admin/extension/vdcTemplates", TEMPLATE, wrongBacking).status).isEqualTo(400);
        assertThat(tenant.post("/api/admin/extension/vdcTemplates", TEMPLATE, template(unique("t"), "t", ok)).status)
                .isEqualTo(403);
        assertThat(admin.get("/api/admin/extension/vdcTemplates").children("VMWVdcTemplate")).hasSize(before);

        // a duplicate name, and a PUT of bad values, leave what is stored as it was
        Http.Res made = create(unique("dup"), "t");
        Http.Res dup = admin.post("/api/admin/extension/vdcTemplates", TEMPLATE, template(made.attr("name")
                .toUpperCase(), "t", ok));
        assertThat(dup.minor()).isEqualTo("DUPLICATE_NAME");
        Http.Res put = admin.put(made.attr("href"), TEMPLATE, template(made.attr("name"), "t",
                reservation(2000, 2048, "*", true, 250)));
        assertThat(put.status).isEqualTo(400);
        assertThat(tenant.put(made.attr("href"), TEMPLATE, template(made.attr("name"), "t", ok)).status)
                .isEqualTo(403);
        Element s = Http.Res.children(admin.get(made.attr("href")).root(), Http.VMEXT, "VdcTemplateSpecification")
                .get(0);
        assertThat(Http.Res.children(s, Http.VMEXT, "CpuGuaranteedPercentage").get(0).getTextContent())
                .isEqualTo("100");
        // its controlAccess names organizations, ReadOnly
        Http.Res everyone = admin.put(made.attr("href") + "/action/controlAccess", ACCESS, "<ControlAccessParams "
                + "xmlns=\"" + Http.NS + "\"><IsSharedToEveryone>true</IsSharedToEveryone><EveryoneAccessLevel>ReadOnly"
                + "</EveryoneAccessLevel></ControlAccessParams>");
        assertThat(everyone.status).isEqualTo(400);
        Http.Res noOrg = admin.put(made.attr("href") + "/action/controlAccess", ACCESS, "<ControlAccessParams xmlns=\""
                + Http.NS + "\"><IsSharedToEveryone>false</IsSharedToEveryone><AccessSettings><AccessSetting><Subject "
                + "href=\"" + acme.substring(0, acme.lastIndexOf('/') + 1) + UUID.randomUUID() + "\"/><AccessLevel>"
                + "ReadOnly</AccessLevel></AccessSetting></AccessSettings></ControlAccessParams>");
        assertThat(noOrg.minor()).isEqualTo("INVALID_REFERENCE");
        assertThat(admin.get(made.attr("href") + "/controlAccess").child("AccessSettings")).isNull();
    }
}

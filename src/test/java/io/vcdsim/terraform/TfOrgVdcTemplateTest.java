package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.util.UUID;

import static io.vcdsim.terraform.TfComputeCalls.done;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_org_vdc_template} (a Flex template on pvdc-1 with the external network bound, the storage
 * profile {@code *} limited and default, readable by acme) and {@code vcd_org_vdc_template_instance} (a VDC of acme
 * made from it), replayed over HTTP by a system administrator: apply, refresh, a change of the CPU limit, destroy.
 *
 * <p>Taken from terraform-provider-vcd v3.14.1 {@code vcd/resource_vcd_org_vdc_template.go}
 * (genericVcdVdcTemplateCreateOrUpdate, genericVcdVdcTemplateRead, resourceVcdVdcTemplateDelete) and
 * {@code vcd/resource_vcd_org_vdc_template_instance.go} (resourceVcdVdcTemplateInstantiateCreate, ...Read,
 * ...Delete), and from go-vcloud-director v2.26.0 {@code govcd/vdc_template.go} (CreateVdcTemplate, Update,
 * genericVdcTemplateRequest, GetVdcTemplateById, SetAccessControl, GetAccessControl, InstantiateVdcAsync,
 * InstantiateVdc, Delete), {@code govcd/api_json.go} (executeJsonRequest: Accept {@code application/*+json},
 * Content-Type {@code application/*+json}) and {@code govcd/access_control.go} (setAccessControlWithHttpMethod:
 * a PUT of ControlAccessParams whose subjects carry no type, as VDC templates need).
 */
class TfOrgVdcTemplateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BINDING = "urn:vcloud:binding:" + UUID.randomUUID();
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;

    @BeforeAll
    static void logIn() {
        admin = TfComputeCalls.admin(vcd);
    }

    @Test
    void aTemplateIsAppliedPublishedInstantiatedChangedAndDestroyed() throws Exception {
        // the configuration's data sources: the provider VDC, the external network, the org
        String pvdc = admin.get("/api/query?type=providerVdc&filter=name==pvdc-1&filterEncoded=true")
                .children("VMWProviderVdcRecord").get(0).getAttribute("href");
        String pvdcUrn = admin.get(pvdc).attr("id");
        String external = admin.get("/api/query?type=externalNetwork&format=records&filter=name==vcdsim-external")
                .children("NetworkRecord").get(0).getAttribute("href");
        String externalUrn = "urn:vcloud:network:" + external.substring(external.lastIndexOf('/') + 1);
        String orgHref = TfComputeCalls.orgHref(admin, "acme");
        String orgUrn = admin.get(orgHref).attr("id");

        // create: CreateVdcTemplate POSTs the JSON, then SetAccessControl, then the read
        Http.Res created = json("POST", "/api/admin/extension/vdcTemplates", settings("tf-template", 2000));
        assertThat(created.status).as(created.body).isEqualTo(201);
        JsonNode t = created.json();
        String href = t.get("href").asText();
        assertThat(href).contains("/api/admin/extension/vdcTemplate/");
        assertThat(t.get("id").asText()).startsWith("urn:vcloud:vdctemplate:");
        String uuid = href.substring(href.lastIndexOf('/') + 1);
        Http.Res access = admin.put(href + "/action/controlAccess", "application/vnd.vmware.vcloud.controlAccess+xml",
                "<ControlAccessParams xmlns=\"" + Http.NS + "\"><IsSharedToEveryone>false</IsSharedToEveryone>"
                        + "<AccessSettings><AccessSetting><Subject href=\"" + admin.base() + "/api/org/"
                        + orgUrn.substring(orgUrn.lastIndexOf(':') + 1) + "\"/><AccessLevel>ReadOnly</AccessLevel>"
                        + "</AccessSetting></AccessSettings></ControlAccessParams>");
        assertThat(access.status).as(access.body).isEqualTo(200);

        JsonNode read = refresh(uuid, pvdcUrn, externalUrn);
        assertThat(read.path("vdcTemplateSpecification").path("cpuLimitMhz").asLong()).isEqualTo(2000);
        Http.Res acl = admin.get(href + "/controlAccess");
        var settings = Http.Res.children(acl.child("AccessSettings"), "AccessSetting");
        assertThat(settings).hasSize(1);
        assertThat(Http.Res.children(settings.get(0), "Subject").get(0).getAttribute("href"))
                .isEqualTo(admin.base() + "/api/admin/org/" + orgUrn.substring(orgUrn.lastIndexOf(':') + 1));

        // vcd_org_vdc_template_instance: GetVdcTemplateById, InstantiateVdc, the VDC by the task's Owner
        String body = "<InstantiateVdcTemplateParams xmlns=\"" + Http.NS + "\" name=\"tf-instance\"><Source href=\""
                + href + "\" type=\"application/vnd.vmware.vcloud.orgVdcTemplate+xml\"/><Description>made by "
                + "terraform</Description></InstantiateVdcTemplateParams>";
        Http.Res accepted = admin.post("/api/org/" + orgUrn.substring(orgUrn.lastIndexOf(':') + 1)
                + "/action/instantiate", "application/vnd.vmware.vcloud.instantiateVdcTemplateParams+xml", body);
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(accepted.attr("operationName")).isEqualTo("vdcInstantiateVdcTemplate");
        Http.Res task = done(admin, accepted);
        String owner = task.child("Owner").getAttribute("href");
        Http.Res vdc = admin.get(owner);
        assertThat(vdc.status).as(vdc.body).isEqualTo(200);
        assertThat(vdc.attr("name")).isEqualTo("tf-instance");
        assertThat(vdc.childText("Description")).isEqualTo("made by terraform");
        assertThat(vdc.childText("AllocationModel")).isEqualTo("Flex");
        assertThat(vdc.child("ProviderVdcReference").getAttribute("name")).isEqualTo("pvdc-1");
        String vdcId = vdc.attr("id");

        // update: Update PUTs the whole JSON again, with the CPU limit changed; the instance is not touched
        Http.Res updated = json("PUT", "/api/admin/extension/vdcTemplate/" + uuid, settings("tf-template", 3000));
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(refresh(uuid, pvdcUrn, externalUrn).path("vdcTemplateSpecification").path("cpuLimitMhz")
                .asLong()).isEqualTo(3000);

        // destroy: the instance (delete_instantiated_vdc_on_removal, force and recursive), then the template
        done(admin, admin.delete(owner.replace("/api/admin/", "/api/") + "?force=true&recursive=true"));
        assertThat(admin.get("/api/vdc/" + vdcId.substring(vdcId.lastIndexOf(':') + 1)).status).isEqualTo(403);
        assertThat(admin.delete(href).status).isEqualTo(204);
        Http.Res gone = json("GET", "/api/admin/extension/vdcTemplate/" + uuid, null);
        assertThat(gone.status).isEqualTo(403);
        assertThat(gone.body).as("ContainsNotFound reads 'not exist'").contains("not exist");
    }

    /**
     * go-vcloud-director's tenant side (Test_VdcTemplateInstantiate): GetVdcTemplateByName runs orgVdcTemplate by the
     * tenant name, then GetVdcTemplateById reads the record's template at the extension path, as JSON; InstantiateVdc
     * sends that href as the Source. QueryAdminVdcTemplates is refused to a tenant.
     */
    @Test
    void aTenantFindsAPublishedTemplateByItsTenantNameAndInstantiatesIt() {
        Http tenant = TfComputeCalls.tenant(vcd);
        Http.Res created = json("POST", "/api/admin/extension/vdcTemplates", settings("tf-tenant-side", 2000)
                .replace("\"tenantName\":\"tf-tenant\"", "\"tenantName\":\"tf-tenant-side-t\""));
        assertThat(created.status).as(created.body).isEqualTo(201);
        String href = created.json().get("href").asText();
        String org = TfComputeCalls.orgHref(admin, "acme");
        Http.Res published = admin.put(href + "/action/controlAccess",
                "application/vnd.vmware.vcloud.controlAccess+xml", "<ControlAccessParams xmlns=\"" + Http.NS + "\">"
                        + "<IsSharedToEveryone>false</IsSharedToEveryone>"
                        + "<AccessSettings><AccessSetting><Subject href=\"" + org + "\"/><AccessLevel>ReadOnly"
                        + "</AccessLevel></AccessSetting></AccessSettings></ControlAccessParams>");
        assertThat(published.status).as(published.body).isEqualTo(200);

        assertThat(tenant.get("/api/query?type=adminOrgVdcTemplate").status).isEqualTo(403);
        var records = tenant.get("/api/query?type=orgVdcTemplate&filter=name%3D%3Dtf-tenant-side-t&filterEncode=true")
                .children("OrgVdcTemplateRecord");
        assertThat(records).hasSize(1);
        String uuid = records.get(0).getAttribute("href").substring(records.get(0).getAttribute("href")
                .lastIndexOf('/') + 1);
        Http.Res byId = tenant.send(tenant.request("/api/admin/extension/vdcTemplate/" + uuid)
                .setHeader("Accept", "application/*+json;version=37.1").GET());
        assertThat(byId.status).as(byId.body).isEqualTo(200);
        assertThat(byId.json().get("tenantName").asText()).isEqualTo("tf-tenant-side-t");
        Http.Res accepted = tenant.post(org + "/action/instantiate",
                "application/vnd.vmware.vcloud.instantiateVdcTemplateParams+xml", "<InstantiateVdcTemplateParams "
                        + "xmlns=\"" + Http.NS + "\" name=\"tf-tenant-vdc\"><Source href=\""
                        + byId.json().get("href").asText() + "\" type=\"application/vnd.vmware.vcloud.orgVdcTemplate"
                        + "+xml\"/></InstantiateVdcTemplateParams>");
        Http.Res task = done(tenant, accepted);
        // InstantiateVdc: getVDCByHref(Owner.HREF), as the tenant
        Http.Res vdc = tenant.get(task.child("Owner").getAttribute("href"));
        assertThat(vdc.status).as(vdc.body).isEqualTo(200);
        assertThat(vdc.attr("name")).isEqualTo("tf-tenant-vdc");
        assertThat(vdc.childText("AllocationModel")).isEqualTo("Flex");
    }

    /** genericVcdVdcTemplateRead: GetVdcTemplateById, as JSON; checks what it sets in the state. */
    private static JsonNode refresh(String uuid, String pvdcUrn, String externalUrn) {
        Http.Res r = json("GET", "/api/admin/extension/vdcTemplate/" + uuid, null);
        assertThat(r.status).as(r.body).isEqualTo(200);
        JsonNode t = r.json();
        assertThat(t.get("name").asText()).isEqualTo("tf-template");
        assertThat(t.get("tenantName").asText()).isEqualTo("tf-tenant");
        assertThat(t.get("networkBackingType").asText()).isEqualTo("NSX_T");
        JsonNode p = t.get("providerVdcReference").get(0);
        assertThat("urn:vcloud:providervdc:" + p.get("href").asText().substring(p.get("href").asText()
                .lastIndexOf('/') + 1)).isEqualTo(pvdcUrn);
        assertThat(p.get("binding").get(0).get("name").asText()).isEqualTo(BINDING);
        assertThat(p.get("binding").get(0).get("value").get("id").asText()).isEqualTo(externalUrn);
        JsonNode s = t.get("vdcTemplateSpecification");
        assertThat(s.get("_type").asText()).isEqualTo("VMWFlexVdcTemplateSpecificationType");
        assertThat(s.get("nicQuota").asInt()).isEqualTo(100);
        assertThat(s.get("provisionedNetworkQuota").asInt()).isEqualTo(1000);
        assertThat(s.get("cpuAllocationMhz").asLong()).isEqualTo(1000);
        assertThat(s.get("memoryAllocationMB").asLong()).isEqualTo(1024);
        assertThat(s.get("cpuGuaranteedPercentage").asInt()).isEqualTo(20);
        assertThat(s.get("isElastic").asBoolean()).isFalse();
        assertThat(s.get("thinProvision").asBoolean()).isTrue();
        assertThat(s.has("automaticNetworkPoolReference")).isTrue();
        JsonNode sp = s.get("storageProfile").get(0);
        assertThat(sp.get("name").asText()).isEqualTo("*");
        assertThat(sp.get("default").asBoolean()).isTrue();
        assertThat(sp.get("limit").asLong()).isEqualTo(10240);
        return t;
    }

    /** types.VMWVdcTemplate as genericVcdVdcTemplateCreateOrUpdate fills it (provider VDC and network by id). */
    private static String settings(String name, long cpuLimit) {
        ObjectNode t = JSON.createObjectNode();
        t.put("name", name).put("description", "").put("tenantName", "tf-tenant").put("tenantDescription", "")
                .put("networkBackingType", "NSX_T");
        ObjectNode p = t.putArray("providerVdcReference").addObject();
        String pvdc = admin.get(admin.get("/api/query?type=providerVdc&filter=name==pvdc-1&filterEncoded=true")
                .children("VMWProviderVdcRecord").get(0).getAttribute("href")).attr("id");
        p.put("id", pvdc);
        String external = admin.get("/api/query?type=externalNetwork&format=records&filter=name==vcdsim-external")
                .children("NetworkRecord").get(0).getAttribute("href");
        p.putArray("binding").addObject().put("name", BINDING).putObject("value")
                .put("id", "urn:vcloud:network:" + external.substring(external.lastIndexOf('/') + 1));
        ObjectNode s = t.putObject("vdcTemplateSpecification");
        s.put("_type", "VMWFlexVdcTemplateSpecificationType").put("nicQuota", 100).put("vmQuota", 0)
                .put("provisionedNetworkQuota", 1000);
        s.putArray("storageProfile").addObject().put("Xmlns", "").put("name", "*").put("enabled", true)
                .put("units", "MB").put("limit", 10240).put("default", true);
        s.put("isElastic", false).put("includeMemoryOverhead", true).put("thinProvision", true);
        s.putObject("automaticNetworkPoolReference");
        s.put("cpuAllocationMhz", 1000).put("cpuLimitMhzPerVcpu", 1000).put("vCpuInMhz", 0)
                .put("cpuLimitMhz", cpuLimit).put("memoryAllocationMB", 1024).put("memoryLimitMb", 2048)
                .put("cpuGuaranteedPercentage", 20).put("memoryGuaranteedPercentage", 30);
        return t.toString();
    }

    /** executeJsonRequest: {@code application/*+json} both ways, at the client's API version. */
    private static Http.Res json(String method, String path, String body) {
        HttpRequest.Builder b = admin.request(path).setHeader("Accept", "application/*+json;version=37.1")
                .setHeader("Content-Type", "application/*+json");
        return admin.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }
}

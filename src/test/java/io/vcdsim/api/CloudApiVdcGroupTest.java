package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.provider.NsxtInventory;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.w3c.dom.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * VDC groups as go-vcloud-director's Test_CreateVdcGroup, Test_NsxtVdcGroup, Test_NsxtVdcGroupForceDelete and
 * Test_GetVdcGroupByName_ValidatesSymbolsInName use them, on two NSX-T VDCs of acme (a provider VDC on the GENEVE pool
 * nsxt-pool-1) and acme's NSX-V acme-vdc.
 */
class CloudApiVdcGroupTest {
    static final String GROUPS = CloudApiCalls.V1 + "/vdcGroups";
    static final String CANDIDATES = GROUPS + "/networkingCandidateVdcs";
    static final String CREATE_VDC = "application/vnd.vmware.admin.createVdcParams+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acme;
    static String nsxtA;
    static String nsxtB;
    static String nsxv;

    @BeforeAll
    static void nsxtVdcs() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        String org = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        acme = org.substring(org.lastIndexOf('/') + 1);
        String pvdc = nsxtProviderVdc(admin, "nsxt-pvdc");
        nsxtA = vdc(admin, org, "nsxt-a", pvdc);
        nsxtB = vdc(admin, org, "nsxt-b", pvdc);
        String acmeVdc = admin.get("/api/query?type=adminOrgVdc&format=references&filter=name==acme-vdc")
                .children("AdminVdcReference").get(0).getAttribute("href");
        nsxv = "urn:vcloud:vdc:" + acmeVdc.substring(acmeVdc.lastIndexOf('/') + 1);
    }

    /** A new provider VDC on vc1's resource pool resgroup-202 and the GENEVE network pool: NSX-T's; its href. */
    static String nsxtProviderVdc(Http admin, String name) {
        String vc1 = Http.Res.children(admin.get("/api/admin/extension/vimServerReferences").root(), Http.VMEXT,
                "VimServerReference").get(0).getAttribute("href");
        String pool = "/api/admin/extension/networkPool/" + NsxtInventory.GENEVE_POOL_ID;
        Http.Res pvdc = admin.post("/api/admin/extension/providervdcsparams",
                "application/vnd.vmware.admin.createProviderVdcParams+xml", "<vmext:VMWProviderVdcParams xmlns:vmext=\""
                        + Http.VMEXT + "\" xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><vmext:ResourcePoolRefs>"
                        + "<vmext:VimObjectRef><vmext:VimServerRef href=\"" + vc1 + "\"/><vmext:MoRef>resgroup-202"
                        + "</vmext:MoRef><vmext:VimObjectType>RESOURCE_POOL</vmext:VimObjectType></vmext:VimObjectRef>"
                        + "</vmext:ResourcePoolRefs><vmext:VimServer href=\"" + vc1 + "\"/><vmext:NetworkPool href=\""
                        + pool + "\"/><vmext:StorageProfile>*</vmext:StorageProfile></vmext:VMWProviderVdcParams>");
        assertThat(pvdc.status).as(pvdc.body).isEqualTo(201);
        admin.awaitTask(pvdc);
        return pvdc.attr("href");
    }

    /** A new VDC group of the org (its admin href) with these member VDCs (URNs), by its URN. */
    static String group(Http admin, String orgHref, String name, String... vdcs) {
        String org = "urn:vcloud:org:" + orgHref.substring(orgHref.lastIndexOf('/') + 1);
        StringBuilder members = new StringBuilder();
        for (String v : vdcs) {
            members.append(members.isEmpty() ? "" : ",").append("{\"vdcRef\":{\"id\":\"").append(v).append("\"}}");
        }
        return CloudApiNetworkTest.awaitOwner(admin, CloudApiCalls.send(admin, "POST", CloudApiCalls.V1 + "/vdcGroups",
                "{\"name\":\"" + name + "\",\"orgId\":\"" + org + "\",\"participatingOrgVdcs\":[" + members
                        + "],\"networkProviderType\":\"NSX_T\",\"type\":\"LOCAL\"}"));
    }

    /** A new Flex VDC of the org (its admin href) on the provider VDC, by its URN. */
    static String vdc(Http admin, String org, String name, String pvdcHref) {
        Http.Res made = admin.post(admin.get(org).link("add", CREATE_VDC), CREATE_VDC, "<CreateVdcParams xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><AllocationModel>Flex</AllocationModel><ComputeCapacity><Cpu>"
                + "<Units>MHz</Units><Limit>1024</Limit></Cpu><Memory><Units>MB</Units><Limit>1024</Limit></Memory>"
                + "</ComputeCapacity><IsEnabled>true</IsEnabled><VdcStorageProfile><Enabled>true</Enabled><Units>MB"
                + "</Units><Limit>1024</Limit><Default>true</Default></VdcStorageProfile><ProviderVdcReference href=\""
                + pvdcHref.replace("/extension/providervdc/", "/providervdc/") + "\"/></CreateVdcParams>");
        assertThat(made.status).as(made.body).isEqualTo(201);
        admin.awaitTask(made);
        return "urn:vcloud:vdc:" + made.attr("id").substring(made.attr("id").lastIndexOf(':') + 1);
    }

    /** A request as a system administrator's AdminOrg methods send it: in acme's tenant context. */
    static Http.Res inAcme(String method, String path, String body) {
        HttpRequest.Builder b = admin.cloud(path).header(CloudApi.TENANT_CONTEXT, acme);
        return admin.send(body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    static String group(String name, String... vdcs) {
        StringBuilder members = new StringBuilder();
        for (String v : vdcs) {
            members.append(members.length() == 0 ? "" : ",").append("{\"vdcRef\":{\"id\":\"").append(v).append("\"}}");
        }
        return "{\"name\":\"" + name + "\",\"description\":\"made by a test\",\"orgId\":\"urn:vcloud:org:" + acme
                + "\",\"participatingOrgVdcs\":[" + members + "],\"networkProviderType\":\"NSX_T\",\"type\":\"LOCAL\"}";
    }

    /** A group made in acme, read back as go-vcloud-director does: at the URN its task's Owner names. */
    static JsonNode created(String name, String... vdcs) {
        Http.Res task = done(admin, inAcme("POST", GROUPS, group(name, vdcs)));
        assertThat(task.attr("operationName")).isEqualTo("vdcGroupCreate");
        String id = task.child("Owner").getAttribute("id");
        assertThat(id).startsWith("urn:vcloud:vdcGroup:");
        return inAcme("GET", GROUPS + "/" + id, null).json();
    }

    /** The task a 202 names at Location, once it succeeded. */
    static Http.Res done(Http who, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = who.awaitTask(who.get(accepted.header("Location")));
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        return task;
    }

    static void deleted(String id) {
        done(admin, inAcme("DELETE", GROUPS + "/" + id, null));
    }

    static String candidatesFilter(String... conditions) {
        return CANDIDATES + "?filter=" + URLEncoder.encode(String.join(";", conditions), StandardCharsets.UTF_8)
                + "&filterEncoded=true&links=true";
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String minor(Http.Res r) {
        return r.json().get("minorErrorCode").asText();
    }

    /** go-vcloud-director's Test_GetProviderVdcExtended reads the NSX-T manager of an NSX-T provider VDC. */
    @Test
    void anNsxtProviderVdcNamesItsManagerAndAnNsxvOneNone() {
        String nsxt = admin.get("/api/query?type=providerVdc&format=references&filter=name==nsxt-pvdc")
                .children("VMWProviderVdcReference").get(0).getAttribute("href")
                .replace("/api/admin/providervdc/", "/api/admin/extension/providervdc/");
        Element manager = Http.Res.children(admin.get(nsxt).root(), Http.VMEXT, "NsxTManagerReference").get(0);
        assertThat(manager.getAttribute("name")).isEqualTo("nsxt-manager-1");
        assertThat(admin.get(manager.getAttribute("href")).status).isEqualTo(200);
        String nsxv = admin.get("/api/query?type=providerVdc&format=references&filter=name==pvdc-1")
                .children("VMWProviderVdcReference").get(0).getAttribute("href")
                .replace("/api/admin/providervdc/", "/api/admin/extension/providervdc/");
        assertThat(Http.Res.children(admin.get(nsxv).root(), Http.VMEXT, "NsxTManagerReference")).isEmpty();
    }

    @Test
    void candidatesAreTheOrgsNsxtVdcsOnTheStartingVdcsPool() {
        JsonNode page = inAcme("GET", candidatesFilter("_context==LOCAL", "_context==" + nsxtA), null).json();
        assertThat(CloudApiCalls.names(page)).contains("nsxt-a", "nsxt-b").doesNotContain("acme-vdc");
        JsonNode a = page.get("values").get(0);
        assertThat(a.get("id").asText()).isEqualTo(nsxtA);
        assertThat(a.get("orgRef").get("id").asText()).isEqualTo("urn:vcloud:org:" + acme);
        assertThat(a.get("siteRef").get("id").asText()).startsWith("urn:vcloud:site:");
        assertThat(a.get("faultDomainTag").asText()).isEqualTo("nsxt-pvdc");
        assertThat(a.get("networkProviderScope").asText()).isEqualTo(NsxtInventory.MANAGER);
        // go-vcloud-director's name filter, its value URL-encoded once more (filterEncoded=true)
        JsonNode byName = inAcme("GET", candidatesFilter("name==" + URLEncoder.encode("nsxt-b",
                StandardCharsets.UTF_8), "_context==LOCAL", "_context==" + nsxtA), null).json();
        assertThat(CloudApiCalls.names(byName)).containsExactly("nsxt-b");
        assertThat(inAcme("GET", candidatesFilter("_context==LOCAL", "_context==" + nsxv), null).json()
                .get("resultTotal").asInt()).as("an NSX-V VDC starts no group").isZero();
    }

    @Test
    void candidatesNeedAContextAndKnownFilters() {
        assertThat(inAcme("GET", candidatesFilter("_context==LOCAL"), null).status).isEqualTo(400);
        assertThat(inAcme("GET", candidatesFilter("_context==" + nsxtA, "size==3"), null).status).isEqualTo(400);
        assertThat(inAcme("GET", candidatesFilter("_context==urn:vcloud:vdc:nope"), null).status).isEqualTo(400);
        assertThat(inAcme("GET", candidatesFilter("_context==urn:vcloud:vdc:" + UUID.randomUUID()), null).status)
                .isEqualTo(403);
    }

    @Test
    void capabilitiesTellNsxtVdcsAndGroupsFromNsxv() {
        assertThat(provider(nsxtA)).isEqualTo("NSX_T");
        assertThat(provider(nsxv)).isEqualTo("NSX_V");
        JsonNode g = created(unique("caps"), nsxtA);
        assertThat(provider(g.get("id").asText())).isEqualTo("NSX_T");
        deleted(g.get("id").asText());
    }

    static String provider(String urn) {
        for (JsonNode c : get(admin, CloudApiCalls.V1 + "/vdcs/" + urn + "/capabilities").json().get("values")) {
            if (c.get("name").asText().equals("networkProvider")) {
                return c.get("value").asText();
            }
        }
        throw new AssertionError("no networkProvider capability");
    }

    @Test
    void aGroupIsCreatedFoundUpdatedAndDeleted() {
        String name = unique("TestVdcGroup");
        JsonNode g = created(name, nsxtA);
        String id = g.get("id").asText();
        assertThat(id).startsWith("urn:vcloud:vdcGroup:");
        assertThat(g.get("name").asText()).isEqualTo(name);
        assertThat(g.get("orgId").asText()).isEqualTo("urn:vcloud:org:" + acme);
        assertThat(g.get("networkProviderType").asText()).isEqualTo("NSX_T");
        assertThat(g.get("type").asText()).isEqualTo("LOCAL");
        assertThat(g.get("localEgress").asBoolean()).isFalse();
        assertThat(g.get("dfwEnabled").asBoolean()).isFalse();
        assertThat(g.get("status").asText()).isEqualTo("REALIZED");
        assertThat(g.get("networkPoolId").asText()).isEqualTo("urn:vcloud:networkpool:" + NsxtInventory.GENEVE_POOL_ID);
        assertThat(g.get("participatingOrgVdcs")).hasSize(1);
        assertThat(g.get("participatingOrgVdcs").get(0).get("vdcRef").get("name").asText()).isEqualTo("nsxt-a");
        assertThat(inAcme("GET", GROUPS + "/" + id, null).json()).isEqualTo(g);
        JsonNode byName = inAcme("GET", GROUPS + "?" + CloudApiCalls.filter("name==" + name), null).json();
        assertThat(byName.get("resultTotal").asInt()).isEqualTo(1);
        assertThat(byName.get("values").get(0).get("id").asText()).isEqualTo(id);

        // names with symbols FIQL cannot carry are found by listing them all, as go-vcloud-director does
        String symbols = unique("Test;,+ *VdcGroup");
        String other = created(symbols, nsxtA).get("id").asText();
        assertThat(CloudApiCalls.names(inAcme("GET", GROUPS + "?pageSize=128", null).json())).contains(symbols);
        deleted(other);

        assertThat(done(admin, inAcme("PUT", GROUPS + "/" + id, group(name + "new", nsxtB))).attr("operationName"))
                .isEqualTo("vdcGroupUpdate");
        JsonNode updated = inAcme("GET", GROUPS + "/" + id, null).json();
        assertThat(updated.get("name").asText()).isEqualTo(name + "new");
        assertThat(updated.get("participatingOrgVdcs").get(0).get("vdcRef").get("id").asText())
                .isEqualTo(nsxtB);
        assertThat(inAcme("GET", candidatesFilter("_context==LOCAL", "_context==" + id), null).json()
                .get("resultTotal").asInt()).as("candidates of a group").isEqualTo(2);

        deleted(id);
        assertThat(inAcme("GET", GROUPS + "/" + id, null).status).isEqualTo(403);
    }

    @Test
    void badGroupsAreRefusedBeforeAnythingIsStored() {
        String name = unique("bad");
        assertThat(minor(inAcme("POST", GROUPS, group(name, nsxtA, nsxv)))).as("NSX-V member").isEqualTo("BAD_REQUEST");
        assertThat(inAcme("POST", GROUPS, group(name)).status).as("no member").isEqualTo(400);
        assertThat(inAcme("POST", GROUPS, group(name, nsxtA, nsxtA)).status).as("twice").isEqualTo(400);
        assertThat(inAcme("POST", GROUPS, group("x".repeat(129), nsxtA)).status).isEqualTo(400);
        assertThat(inAcme("POST", GROUPS, group(name, "urn:vcloud:org:" + acme)).status).isEqualTo(400);
        assertThat(inAcme("POST", GROUPS, group(name, "urn:vcloud:vdc:" + UUID.randomUUID())).status)
                .isEqualTo(400);
        assertThat(inAcme("POST", GROUPS, group(name, nsxtA).replace("LOCAL", "UNIVERSAL")).status)
                .isEqualTo(400);
        assertThat(inAcme("POST", GROUPS, group(name, nsxtA).replace("NSX_T", "NSX_V")).status).isEqualTo(400);
        assertThat(inAcme("POST", GROUPS, "null").status).isEqualTo(400);
        assertThat(inAcme("GET", GROUPS + "?" + CloudApiCalls.filter("name==" + name), null).json()
                .get("resultTotal").asInt()).isZero();
        JsonNode g = created(name, nsxtA);
        assertThat(minor(inAcme("POST", GROUPS, group(name.toUpperCase(), nsxtB)))).isEqualTo("DUPLICATE_NAME");
        Http.Res badUpdate = inAcme("PUT", GROUPS + "/" + g.get("id").asText(), group(name, nsxv));
        assertThat(badUpdate.status).isEqualTo(400);
        assertThat(inAcme("GET", GROUPS + "/" + g.get("id").asText(), null).json()).isEqualTo(g);
        assertThat(inAcme("DELETE", GROUPS + "/" + g.get("id").asText() + "?force=maybe", null).status)
                .isEqualTo(400);
        done(admin, inAcme("DELETE", GROUPS + "/" + g.get("id").asText() + "?force=true", null));
        assertThat(inAcme("GET", GROUPS + "/urn:vcloud:vdc:" + UUID.randomUUID(), null).status).isEqualTo(403);
    }

    @Test
    void anOrgAdministratorManagesItsOwnOrgsGroups() {
        String name = unique("tenant");
        String id = done(tenant, send(tenant, "POST", GROUPS, group(name, nsxtB))).child("Owner").getAttribute("id");
        assertThat(CloudApiCalls.names(get(tenant, GROUPS + "?pageSize=100").json())).contains(name);
        assertThat(CloudApiCalls.names(get(admin, GROUPS + "?pageSize=100").json()))
                .as("a system administrator without a tenant context sees every org's").contains(name);
        String otherOrg = UUID.randomUUID().toString();
        Http.Res foreign = tenant.send(tenant.cloud(GROUPS).header(CloudApi.TENANT_CONTEXT, otherOrg).GET());
        assertThat(foreign.status).isEqualTo(403);
        done(tenant, send(tenant, "DELETE", GROUPS + "/" + id, ""));
        assertThat(get(tenant, GROUPS + "/" + id).status).isEqualTo(403);
    }

    @Test
    void aTenantWithoutTheOrgsEditRightSeesGroupsButChangesNone() {
        String id = created(unique("seen"), nsxtA).get("id").asText();
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User").version("37.1");
        assertThat(get(user, GROUPS + "/" + id).status).isEqualTo(200);
        assertThat(send(user, "POST", GROUPS, group(unique("nope"), nsxtA)).status).isEqualTo(403);
        assertThat(send(user, "PUT", GROUPS + "/" + id, group(unique("nope"), nsxtA)).status).isEqualTo(403);
        assertThat(send(user, "PUT", GROUPS + "/" + id + "/dfwPolicies", "{\"enabled\":true}").status).isEqualTo(403);
        assertThat(send(user, "DELETE", GROUPS + "/" + id, "").status).isEqualTo(403);
        deleted(id);
    }

    @Test
    void theDistributedFirewallIsActivatedOnlyWithItsDefaultPolicyDisabledBeforeDeactivating() {
        String id = created(unique("dfw"), nsxtA).get("id").asText();
        String dfw = GROUPS + "/" + id + "/dfwPolicies";
        assertThat(inAcme("GET", dfw, null).json().has("defaultPolicy")).isFalse();
        assertThat(inAcme("PUT", dfw + "/default", "{\"name\":\"x\",\"enabled\":false,\"version\":{\"version\":0}}")
                .status).as("no policy while the firewall is off").isEqualTo(400);
        Http.Res on = inAcme("PUT", dfw, "{\"enabled\":true}");
        assertThat(on.status).as(on.body).isEqualTo(200);
        assertThat(inAcme("GET", GROUPS + "/" + id, null).json().get("dfwEnabled").asBoolean()).isTrue();
        JsonNode policy = inAcme("GET", dfw, null).json().get("defaultPolicy");
        assertThat(policy.get("enabled").asBoolean()).isTrue();
        int version = policy.get("version").get("version").asInt();
        assertThat(inAcme("PUT", dfw, "{\"enabled\":false}").status).as("default policy still on").isEqualTo(400);
        String disable = "{\"id\":\"" + policy.get("id").asText() + "\",\"name\":\"" + policy.get("name").asText()
                + "\",\"enabled\":false,\"version\":{\"version\":%d}}";
        assertThat(inAcme("PUT", dfw + "/default", disable.formatted(version + 7)).status).as("stale")
                .isEqualTo(400);
        assertThat(inAcme("PUT", dfw + "/default", "{\"name\":\"x\",\"enabled\":false}").status).isEqualTo(400);
        assertThat(inAcme("PUT", dfw + "/default", disable.formatted(version)).status).isEqualTo(200);
        assertThat(inAcme("GET", dfw, null).json().get("defaultPolicy").get("enabled").asBoolean()).isFalse();
        assertThat(inAcme("PUT", dfw, "{\"enabled\":false}").status).isEqualTo(200);
        assertThat(inAcme("GET", GROUPS + "/" + id, null).json().get("dfwEnabled").asBoolean()).isFalse();
        assertThat(inAcme("PUT", dfw, "{}").status).isEqualTo(400);
        deleted(id);
    }

    @Test
    void aVdcInAGroupIsNotDeleted() {
        String org = admin.get("/api/query?type=adminOrganization&format=references&filter=name==acme")
                .children("OrganizationReference").get(0).getAttribute("href");
        String pvdc = admin.get("/api/query?type=providerVdc&format=references&filter=name==nsxt-pvdc")
                .children("VMWProviderVdcReference").get(0).getAttribute("href");
        String vdc = vdc(admin, org, unique("member"), pvdc);
        String id = created(unique("holds"), vdc).get("id").asText();
        String href = "/api/admin/vdc/" + vdc.substring(vdc.lastIndexOf(':') + 1) + "?force=true&recursive=true";
        Http.Res refused = admin.delete(href);
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.body).contains("takes part in VDC group");
        deleted(id);
        assertThat(admin.awaitTask(admin.delete(href)).attr("status")).isEqualTo("success");
    }

    @Test
    void listsArePagedAndFiltered() {
        List<String> ids = List.of(created(unique("page"), nsxtA).get("id").asText(),
                created(unique("page"), nsxtA).get("id").asText());
        Http.Res first = inAcme("GET", GROUPS + "?pageSize=1&" + CloudApiCalls.filter("name==page-*"), null);
        assertThat(first.json().get("pageCount").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(first.header("Link")).contains("rel=\"nextPage\"");
        assertThat(inAcme("GET", GROUPS + "?" + CloudApiCalls.filter("size==3"), null).status).isEqualTo(400);
        ids.forEach(CloudApiVdcGroupTest::deleted);
    }

    /** go-vcloud-director's Test_NsxvDistributedFirewall: an NSX-T VDC reads as disabled and refuses enabling. */
    @Test
    void anNsxtVdcHasNoNsxvDistributedFirewall() {
        String uuid = nsxtA.substring(nsxtA.lastIndexOf(':') + 1);
        Http.Res refused = tenant.post("/network/firewall/vdc/" + uuid, null, null);
        assertThat(refused.status).isEqualTo(403);
        assertThat(refused.body).contains("NSX-T");
        assertThat(tenant.get("/network/firewall/globalroot-0/config/layer3sections/" + uuid).status).isEqualTo(404);
        String nsxvUuid = nsxv.substring(nsxv.lastIndexOf(':') + 1);
        assertThat(tenant.post("/network/firewall/vdc/" + nsxvUuid, null, null).status).isEqualTo(201);
        assertThat(tenant.delete("/network/firewall/vdc/" + nsxvUuid).status).isEqualTo(204);
    }
}

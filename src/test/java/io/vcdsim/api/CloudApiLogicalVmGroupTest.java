package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.provider.NsxtInventory;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logical VM groups as go-vcloud-director's Test_VdcVmPlacementPoliciesV2 makes, reads and deletes them, and the VM
 * placement policies that name them in pvdcLogicalVmGroupsMap.
 */
class CloudApiLogicalVmGroupTest {
    static final String GROUPS = "/cloudapi/1.0.0/logicalVmGroups";
    static final String POLICIES = "/cloudapi/2.0.0/vdcComputePolicies";
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    /** pvdc-1 (cluster-1), and a second provider VDC on cluster-2. */
    static String pvdc1;
    static String pvdc2;
    /** The named VM groups of cluster-1 and cluster-2 (urn:vcloud:namedVmGroup:...). */
    static String cluster1Vms;
    static String cluster2Vms;

    @BeforeAll
    static void providerVdcs() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        pvdc1 = "urn:vcloud:providervdc:" + id(admin.get("/api/query?type=providerVdc&format=records&filter="
                + "name==pvdc-1").children("VMWProviderVdcRecord").get(0).getAttribute("href"));
        pvdc2 = "urn:vcloud:providervdc:" + id(providerVdc("pvdc-c2", "resgroup-202"));
        cluster1Vms = namedGroup("cluster-1-vms");
        cluster2Vms = namedGroup("cluster-2-vms");
    }

    /** A new provider VDC on this pool of the simulated vCenter; its admin extension href. */
    static String providerVdc(String name, String pool) {
        String vc1 = Http.Res.children(admin.get("/api/admin/extension/vimServerReferences").root(), Http.VMEXT,
                "VimServerReference").get(0).getAttribute("href");
        Http.Res made = admin.post("/api/admin/extension/providervdcsparams",
                "application/vnd.vmware.admin.createProviderVdcParams+xml", "<vmext:VMWProviderVdcParams xmlns:vmext=\""
                        + Http.VMEXT + "\" xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><vmext:ResourcePoolRefs>"
                        + "<vmext:VimObjectRef><vmext:VimServerRef href=\"" + vc1 + "\"/><vmext:MoRef>" + pool
                        + "</vmext:MoRef><vmext:VimObjectType>RESOURCE_POOL</vmext:VimObjectType></vmext:VimObjectRef>"
                        + "</vmext:ResourcePoolRefs><vmext:VimServer href=\"" + vc1 + "\"/><vmext:NetworkPool href=\""
                        + "/api/admin/extension/networkPool/" + NsxtInventory.GENEVE_POOL_ID + "\"/>"
                        + "<vmext:StorageProfile>*</vmext:StorageProfile></vmext:VMWProviderVdcParams>");
        assertThat(made.status).as(made.body).isEqualTo(201);
        admin.awaitTask(made);
        return made.attr("href");
    }

    static String id(String href) {
        return href.substring(href.lastIndexOf('/') + 1);
    }

    /** As go-vcloud-director's GetVmGroupByNameAndProviderVdcUrn finds it, then names it (vmGroupUrnPrefix). */
    static String namedGroup(String name) {
        return "urn:vcloud:namedVmGroup:" + admin.get("/api/query?type=vmGroups&format=records&filter=vmGroupName=="
                + name).children("VmGroupsRecord").get(0).getAttribute("namedVmGroupId");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String group(String name, String pvdc, String... named) {
        StringBuilder refs = new StringBuilder();
        for (String n : named) {
            refs.append(refs.isEmpty() ? "" : ",").append("{\"id\":\"").append(n).append("\",\"name\":\"x\"}");
        }
        return "{\"name\":\"" + name + "\",\"namedVmGroupReferences\":[" + refs + "],\"pvdcId\":\"" + pvdc + "\"}";
    }

    static JsonNode made(String body) {
        Http.Res r = send(admin, "POST", GROUPS, body);
        assertThat(r.status).as(r.body).isEqualTo(201);
        return r.json();
    }

    static String policy(String name, String pvdc, String groupId, String groupName) {
        return "{\"name\":\"" + name + "\",\"description\":\"placement\",\"policyType\":\"VdcVmPolicy\","
                + "\"pvdcLogicalVmGroupsMap\":[{\"logicalVmGroups\":[{\"name\":\"" + groupName + "\",\"id\":\""
                + groupId + "\"}],\"pvdc\":{\"name\":\"pvdc-1\",\"id\":\"" + pvdc + "\"}}]}";
    }

    static void refused(Http.Res r, int status, String minor) {
        assertThat(r.status).as(r.body).isEqualTo(status);
        assertThat(r.json().get("minorErrorCode").asText()).as(r.body).isEqualTo(minor);
    }

    static int countNamed(String name) {
        return get(admin, GROUPS + "?" + filter("name==" + name)).json().get("resultTotal").asInt();
    }

    @Test
    void aGroupIsMadeFoundListedChangedAndDeleted() {
        String name = unique("lvg");
        JsonNode g = made(group(name, pvdc1, cluster1Vms));
        String id = g.get("id").asText();
        assertThat(id).startsWith("urn:vcloud:logicalVmGroup:");
        assertThat(g.get("pvdcId").asText()).isEqualTo(pvdc1);
        JsonNode ref = g.get("namedVmGroupReferences").get(0);
        assertThat(ref.get("id").asText()).isEqualTo(cluster1Vms);
        assertThat(ref.get("name").asText()).as("its own name, not the one sent").isEqualTo("cluster-1-vms");

        String one = GROUPS + "/" + id;
        assertThat(get(admin, one).json()).isEqualTo(g);
        JsonNode listed = get(admin, GROUPS + "?" + filter("name==" + name)).json();
        assertThat(listed.get("resultTotal").asInt()).isEqualTo(1);
        assertThat(listed.get("values").get(0)).isEqualTo(g);

        Http.Res changed = send(admin, "PUT", one, group(name + "-b", pvdc1).replace("{\"name\"",
                "{\"description\":\"now\",\"name\""));
        assertThat(changed.status).as(changed.body).isEqualTo(200);
        assertThat(changed.json().get("name").asText()).isEqualTo(name + "-b");
        assertThat(changed.json().get("description").asText()).isEqualTo("now");
        assertThat(changed.json().get("namedVmGroupReferences")).isEmpty();

        assertThat(send(admin, "DELETE", one + "/", "").status).as("go-vcloud-director's trailing slash")
                .isEqualTo(204);
        refused(get(admin, one), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(send(admin, "DELETE", one, ""), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
    }

    @Test
    void aVmGroupOfAnotherProviderVdcsClustersIsRefused() {
        String name = unique("elsewhere");
        refused(send(admin, "POST", GROUPS, group(name, pvdc1, cluster2Vms)), 400, "BAD_REQUEST");
        assertThat(countNamed(name)).isZero();
        made(group(name, pvdc2, cluster2Vms));
    }

    @Test
    void anUnknownNamedVmGroupIsRefused() {
        String name = unique("unknown");
        refused(send(admin, "POST", GROUPS, group(name, pvdc1, "urn:vcloud:namedVmGroup:" + UUID.randomUUID())), 400,
                "INVALID_REFERENCE");
        refused(send(admin, "POST", GROUPS, group(name, pvdc1, "urn:vcloud:vmGroup:" + UUID.randomUUID())), 400,
                "BAD_REQUEST");
        refused(send(admin, "POST", GROUPS, group(name, pvdc1, cluster1Vms, cluster1Vms)), 400, "BAD_REQUEST");
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void aGroupNeedsANameAndAKnownProviderVdc() {
        String name = unique("bad");
        for (String body : new String[]{group("", pvdc1), group(" ", pvdc1), group("n".repeat(129), pvdc1),
                "{\"name\":\"" + name + "\"}", group(name, "urn:vcloud:vdc:" + UUID.randomUUID()),
                "{\"name\":\"" + name + "\",\"pvdcId\":\"" + pvdc1 + "\",\"namedVmGroupReferences\":{}}",
                "{\"name\":7,\"pvdcId\":\"" + pvdc1 + "\"}", "[]"}) {
            refused(send(admin, "POST", GROUPS, body), 400, "BAD_REQUEST");
        }
        refused(send(admin, "POST", GROUPS, group(name, "urn:vcloud:providervdc:" + UUID.randomUUID())), 400,
                "INVALID_REFERENCE");
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void aGroupStaysWithItsProviderVdc() {
        String name = unique("stays");
        String id = made(group(name, pvdc1, cluster1Vms)).get("id").asText();
        refused(send(admin, "PUT", GROUPS + "/" + id, group(name, pvdc2, cluster2Vms)), 400, "BAD_REQUEST");
        assertThat(get(admin, GROUPS + "/" + id).json().get("pvdcId").asText()).isEqualTo(pvdc1);
    }

    @Test
    void onlySystemAdministratorsSeeOrMakeThem() {
        String id = made(group(unique("provider"), pvdc1, cluster1Vms)).get("id").asText();
        Http tenant = Sim.tenant(vcd.sim()).version("37.1");
        refused(get(tenant, GROUPS), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(get(tenant, GROUPS + "/" + id), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(send(tenant, "POST", GROUPS, group(unique("tenant"), pvdc1)), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(send(tenant, "DELETE", GROUPS + "/" + id, ""), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(get(admin, GROUPS + "/" + id).status).isEqualTo(200);
    }

    /** Test_VdcVmPlacementPoliciesV2: the policy gives its map back as sent; the group outlives it, not the reverse. */
    @Test
    void aPlacementPolicyNamesAGroupWhichIsNotDeletedWhileItDoes() throws Exception {
        String groupName = unique("placed");
        String groupId = made(group(groupName, pvdc1, cluster1Vms)).get("id").asText();
        String sent = policy(unique("policy"), pvdc1, groupId, groupName);
        Http.Res created = send(admin, "POST", POLICIES, sent);
        assertThat(created.status).as(created.body).isEqualTo(201);
        JsonNode map = created.json().get("pvdcLogicalVmGroupsMap");
        assertThat(map).isEqualTo(JSON.readTree(sent).get("pvdcLogicalVmGroupsMap"));
        String policy = POLICIES + "/" + created.json().get("id").asText();

        refused(send(admin, "DELETE", GROUPS + "/" + groupId, ""), 400, "BAD_REQUEST");
        assertThat(get(admin, GROUPS + "/" + groupId).status).isEqualTo(200);
        Http.Res updated = send(admin, "PUT", policy, created.body.replace("\"placement\"", "\"Updated\""));
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(updated.json().get("pvdcLogicalVmGroupsMap")).isEqualTo(map);
        refused(send(admin, "DELETE", GROUPS + "/" + groupId, ""), 400, "BAD_REQUEST");

        assertThat(send(admin, "DELETE", policy, "").status).isEqualTo(204);
        assertThat(send(admin, "DELETE", GROUPS + "/" + groupId, "").status).isEqualTo(204);
    }

    @Test
    void aPolicyNamingAnUnknownGroupOrOneOfAnotherProviderVdcIsRefused() {
        String groupName = unique("pvdc2");
        String ofPvdc2 = made(group(groupName, pvdc2, cluster2Vms)).get("id").asText();
        String name = unique("refused");
        refused(send(admin, "POST", POLICIES, policy(name, pvdc1, ofPvdc2, groupName)), 400, "BAD_REQUEST");
        refused(send(admin, "POST", POLICIES, policy(name, pvdc1, "urn:vcloud:logicalVmGroup:" + UUID.randomUUID(),
                groupName)), 400, "INVALID_REFERENCE");
        refused(send(admin, "POST", POLICIES, policy(name, "urn:vcloud:providervdc:" + UUID.randomUUID(), ofPvdc2,
                groupName)), 400, "INVALID_REFERENCE");
        refused(send(admin, "POST", POLICIES, "{\"name\":\"" + name + "\",\"pvdcLogicalVmGroupsMap\":{}}"), 400,
                "BAD_REQUEST");
        assertThat(get(admin, POLICIES + "?" + filter("name==" + name)).json().get("resultTotal").asInt()).isZero();
        assertThat(send(admin, "DELETE", GROUPS + "/" + ofPvdc2, "").status).as("named by no policy").isEqualTo(204);
    }

    /** What a provider VDC has goes with it: merged into another, its groups are the other's; deleted, they go. */
    @Test
    void aProviderVdcsGroupsFollowItsMergeAndDeletion() {
        String merged = providerVdc("merged-" + unique("p"), "resgroup-201");
        String kept = made(group(unique("moved"), "urn:vcloud:providervdc:" + id(merged), cluster2Vms)).get("id")
                .asText();
        String pvdc2Href = "/api/admin/extension/providervdc/" + pvdc2.substring(pvdc2.lastIndexOf(':') + 1);
        String mergeParams = "application/vnd.vmware.admin.providerVdcMergeParams+xml";
        Http.Res merge = admin.post(admin.get(pvdc2Href).link("merge", mergeParams), mergeParams,
                "<vmext:ProviderVdcMergeParams xmlns:vmext=\"" + Http.VMEXT + "\" xmlns=\"" + Http.NS
                        + "\"><ProviderVdcReference href=\"" + merged + "\"/></vmext:ProviderVdcMergeParams>");
        assertThat(merge.status).as(merge.body).isEqualTo(202);
        assertThat(admin.awaitTask(merge).attr("status")).isEqualTo("success");
        assertThat(get(admin, GROUPS + "/" + kept).json().get("pvdcId").asText()).isEqualTo(pvdc2);

        String deleted = providerVdc("deleted-" + unique("p"), "resgroup-2");
        String gone = made(group(unique("gone"), "urn:vcloud:providervdc:" + id(deleted), cluster2Vms)).get("id")
                .asText();
        String adminHref = deleted.replace("/admin/extension/providervdc/", "/admin/providervdc/");
        assertThat(admin.post(admin.get(adminHref).link("disable", null), null, null).status).isEqualTo(204);
        Http.Res removed = admin.delete(admin.get(deleted).link("remove", null));
        assertThat(admin.awaitTask(removed).attr("status")).isEqualTo("success");
        refused(get(admin, GROUPS + "/" + gone), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
    }
}

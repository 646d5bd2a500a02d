package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.terraform.TfTenancyCalls.EXAMPLE_RIGHTS;
import static io.vcdsim.terraform.TfTenancyCalls.JSON;
import static io.vcdsim.terraform.TfTenancyCalls.RIGHTS_VERSION;
import static io.vcdsim.terraform.TfTenancyCalls.UNDEFINED_KEY;
import static io.vcdsim.terraform.TfTenancyCalls.V1;
import static io.vcdsim.terraform.TfTenancyCalls.adminOrgByName;
import static io.vcdsim.terraform.TfTenancyCalls.getAll;
import static io.vcdsim.terraform.TfTenancyCalls.getItem;
import static io.vcdsim.terraform.TfTenancyCalls.items;
import static io.vcdsim.terraform.TfTenancyCalls.names;
import static io.vcdsim.terraform.TfTenancyCalls.openApi;
import static io.vcdsim.terraform.TfTenancyCalls.rightReferences;
import static io.vcdsim.terraform.TfTenancyCalls.sendItem;
import static io.vcdsim.terraform.TfTenancyCalls.tenantContext;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_role}, its documented example (a role of the org {@code acme} with six rights) applied,
 * refreshed, changed and destroyed by a system administrator, who reaches the org's roles through the tenant
 * context headers, replayed as go-vcloud-director sends it.
 *
 * <p>Taken from terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_role.go} (resourceRoleCreate,
 * genericRoleRead, resourceRoleUpdate, resourceRoleDelete, getRights), {@code vcd/config.go} (GetAdminOrg) and
 * {@code website/docs/r/role.html.markdown}; and go-vcloud-director v2.22.0 {@code govcd/roles.go} (CreateRole,
 * GetRoleById, Update, Delete, AddRights, UpdateRights, GetRights, FindMissingImpliedRights), {@code govcd/rights.go}
 * (GetRightByName), {@code govcd/tenant_context.go} (getTenantContextHeader), {@code govcd/system.go}
 * (GetAdminOrgByName) and {@code govcd/openapi.go} (OpenApiGetItem, OpenApiPostItem, OpenApiPutItem,
 * OpenApiDeleteItem, OpenApiGetAllItems).
 */
class TfRoleTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
    }

    record RoleConfig(String org, String name, String description, List<String> rights) {
    }

    static RoleConfig documented() {
        return new RoleConfig("acme", "new-role-" + UUID.randomUUID().toString().substring(0, 8),
                "new role from CLI", EXAMPLE_RIGHTS);
    }

    /** vcdClient.GetAdminOrg(org): the org found by name; its id and name make the tenant context headers. */
    static Map<String, String> orgContext(Http who, String org) {
        Http.Res adminOrg = adminOrgByName(who, org);
        assertThat(adminOrg).as(org).isNotNull();
        return tenantContext(adminOrg);
    }

    /** resourceRoleCreate: the rights looked up, the role posted, its rights added; then the refresh. */
    static String apply(Http who, RoleConfig c) {
        Map<String, String> context = orgContext(who, c.org());
        String rights = items(rightReferences(who, c.rights(), context));
        ObjectNode role = JSON.createObjectNode().put("name", c.name()).put("description", c.description())
                .put("bundleKey", UNDEFINED_KEY);
        JsonNode created = sendItem(who, RIGHTS_VERSION, "POST", V1 + "/roles/", role.toString(), context);
        String id = created.get("id").asText();
        assertThat(id).startsWith("urn:vcloud:role:");
        assertThat(created.get("name").asText()).isEqualTo(c.name());
        sendItem(who, RIGHTS_VERSION, "POST", V1 + "/roles/" + id + "/rights", rights, context);
        return id;
    }

    /** genericRoleRead: GetAdminOrg, GetRoleById, GetRights; null when the role's GET is ErrorEntityNotFound. */
    static JsonNode refresh(Http who, String org, String id) {
        Map<String, String> context = orgContext(who, org);
        JsonNode role = getItem(who, RIGHTS_VERSION, V1 + "/roles/" + id, context);
        if (role == null) {
            return null;
        }
        List<String> rights = names(getAll(who, RIGHTS_VERSION, V1 + "/roles/" + id + "/rights", null, context));
        ObjectNode state = role.deepCopy();
        state.set("rights", JSON.valueToTree(rights));
        return state;
    }

    /** resourceRoleUpdate: the role read, PUT back with the new name and description, its rights replaced. */
    static void change(Http who, String id, RoleConfig c) {
        Map<String, String> context = orgContext(who, c.org());
        JsonNode read = getItem(who, RIGHTS_VERSION, V1 + "/roles/" + id, context);
        // types.Role keeps id, name, description, bundleKey and readOnly, which it omits when false
        ObjectNode role = JSON.createObjectNode().put("id", read.get("id").asText()).put("name", c.name())
                .put("description", c.description()).put("bundleKey", read.get("bundleKey").asText());
        if (read.path("readOnly").asBoolean()) {
            role.put("readOnly", true);
        }
        JsonNode updated = sendItem(who, RIGHTS_VERSION, "PUT", V1 + "/roles/" + id, role.toString(), context);
        assertThat(updated.get("description").asText()).isEqualTo(c.description());
        String rights = items(rightReferences(who, c.rights(), context));
        sendItem(who, RIGHTS_VERSION, "PUT", V1 + "/roles/" + id + "/rights", rights, context);
    }

    /** resourceRoleDelete: GetAdminOrg, GetRoleById, Delete. */
    static void destroy(Http who, String org, String id) {
        Map<String, String> context = orgContext(who, org);
        assertThat(getItem(who, RIGHTS_VERSION, V1 + "/roles/" + id, context)).isNotNull();
        TfTenancyCalls.deleteItem(who, RIGHTS_VERSION, V1 + "/roles/" + id, context);
    }

    static void assertMatches(JsonNode state, RoleConfig c) {
        assertThat(state.get("name").asText()).isEqualTo(c.name());
        assertThat(state.get("description").asText()).isEqualTo(c.description());
        assertThat(state.get("bundleKey").asText()).isEqualTo(UNDEFINED_KEY);
        assertThat(state.path("readOnly").asBoolean()).isFalse();
        List<String> rights = new ArrayList<>();
        state.get("rights").forEach(r -> rights.add(r.asText()));
        assertThat(rights).containsExactlyInAnyOrderElementsOf(c.rights());
    }

    @Test
    void applyMakesTheRoleInTheOrgOfTheTenantContextAndTheRefreshReadsItBack() {
        RoleConfig c = documented();
        String id = apply(admin, c);
        assertMatches(refresh(admin, c.org(), id), c);
        // the role is the org's, not the System org's: its own administrator sees it, without any header
        Http tenant = Sim.tenant(vcd.sim()).version("37.1");
        assertThat(getItem(tenant, RIGHTS_VERSION, V1 + "/roles/" + id, Map.of())).isNotNull();
    }

    @Test
    void aChangeOfNameDescriptionAndRightsIsPutAndTheRefreshReadsIt() {
        RoleConfig c = documented();
        String id = apply(admin, c);
        List<String> fewer = EXAMPLE_RIGHTS.subList(2, EXAMPLE_RIGHTS.size());
        List<String> rights = new ArrayList<>(fewer);
        rights.add("vApp: View VM metrics");
        RoleConfig changed = new RoleConfig(c.org(), c.name() + "-renamed", "changed from CLI", rights);
        change(admin, id, changed);
        assertMatches(refresh(admin, c.org(), id), changed);
    }

    @Test
    void destroyDeletesTheRoleAndTheNextRefreshGets403WhichIsNotFound() {
        RoleConfig c = documented();
        String id = apply(admin, c);
        destroy(admin, c.org(), id);
        assertThat(refresh(admin, c.org(), id)).as("ErrorEntityNotFound: terraform drops it from the state").isNull();
        Map<String, String> context = orgContext(admin, c.org());
        assertThat(names(getAll(admin, RIGHTS_VERSION, V1 + "/roles/", "name==" + c.name(), context))).isEmpty();
    }

    @Test
    void anApplyOfARoleWhoseNameIsTakenOrWhoseRightIsUnknownFails() {
        RoleConfig c = documented();
        apply(admin, c);
        Map<String, String> context = orgContext(admin, c.org());
        Http.Res again = openApi(admin, RIGHTS_VERSION, "POST", V1 + "/roles/", JSON.createObjectNode()
                .put("name", c.name()).put("description", "x").put("bundleKey", UNDEFINED_KEY).toString(), context);
        assertThat(again.status).isEqualTo(400);
        assertThat(again.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
        // getRights fails the plan when a right is not found: the filter answers an empty page
        assertThat(getAll(admin, RIGHTS_VERSION, V1 + "/rights/", "name==No such right", context)).isEmpty();
    }

    /** The same sequence when the provider logs in as the org's own administrator (org = "acme" at provider level). */
    @Test
    void theOrgsOwnAdministratorRunsTheSameSequenceInItsOwnTenantContext() {
        Http tenant = Sim.tenant(vcd.sim()).version("37.1");
        RoleConfig c = documented();
        String id = apply(tenant, c);
        assertMatches(refresh(tenant, c.org(), id), c);
        RoleConfig changed = new RoleConfig(c.org(), c.name(), "changed by the org", EXAMPLE_RIGHTS.subList(0, 3));
        change(tenant, id, changed);
        assertMatches(refresh(tenant, c.org(), id), changed);
        destroy(tenant, c.org(), id);
        assertThat(refresh(tenant, c.org(), id)).isNull();
    }
}

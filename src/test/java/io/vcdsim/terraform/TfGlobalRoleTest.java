package io.vcdsim.terraform;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.terraform.TfRightsContainers.assertDuplicateName;
import static io.vcdsim.terraform.TfRightsContainers.assertMatches;
import static io.vcdsim.terraform.TfRightsContainers.with;
import static io.vcdsim.terraform.TfTenancyCalls.EXAMPLE_RIGHTS;
import static io.vcdsim.terraform.TfTenancyCalls.RIGHTS_VERSION;
import static io.vcdsim.terraform.TfTenancyCalls.V1;
import static io.vcdsim.terraform.TfTenancyCalls.adminOrgByName;
import static io.vcdsim.terraform.TfTenancyCalls.getAll;
import static io.vcdsim.terraform.TfTenancyCalls.names;
import static io.vcdsim.terraform.TfTenancyCalls.tenantContext;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_global_role}, its documented example (six rights, published to the orgs {@code org1} and
 * {@code org2}) applied, refreshed, changed and destroyed by a system administrator, replayed as go-vcloud-director
 * sends it; each org sees the role while it is published to it.
 *
 * <p>Taken from terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_global_role.go} (resourceGlobalRoleCreate,
 * genericGlobalRoleRead, resourceGlobalRoleUpdate, resourceGlobalRoleDelete, getTenants), {@code
 * vcd/resource_vcd_role.go} (getRights) and {@code website/docs/r/global_role.html.markdown}; and go-vcloud-director
 * v2.22.0 {@code govcd/global_role.go} (CreateGlobalRole, GetGlobalRoleById, Update, Delete, AddRights,
 * UpdateRights, GetRights, GetTenants, PublishTenants, ReplacePublishedTenants, PublishAllTenants,
 * UnpublishAllTenants), {@code govcd/roles.go} and {@code govcd/rights.go} (the rights calls), {@code
 * govcd/system.go} (GetAdminOrgByName) and {@code govcd/openapi.go}. The steps are in {@link TfRightsContainers}.
 */
class TfGlobalRoleTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static TfRightsContainers globalRoles;

    @BeforeAll
    static void logInAndMakeTheExampleTenants() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        globalRoles = TfRightsContainers.withExampleTenants(admin, "globalRoles");
    }

    static TfRightsContainers.Config documented() {
        return new TfRightsContainers.Config("new-global-role-" + UUID.randomUUID().toString().substring(0, 8),
                "new global role from CLI", EXAMPLE_RIGHTS, false, List.of("org1", "org2"));
    }

    /** The org's roles as a system administrator lists them in its tenant context (GetAllRoles). */
    static List<String> rolesOf(String org, String name) {
        Map<String, String> context = tenantContext(adminOrgByName(admin, org));
        return names(getAll(admin, RIGHTS_VERSION, V1 + "/roles/", "name==" + name, context));
    }

    @Test
    void applyMakesThePublishedGlobalRoleAndTheRefreshReadsItBack() {
        TfRightsContainers.Config c = documented();
        String id = globalRoles.apply(c);
        assertThat(id).startsWith("urn:vcloud:globalRole:");
        assertMatches(globalRoles.refresh(id), c);
        assertThat(rolesOf("org1", c.name())).containsExactly(c.name());
        assertThat(rolesOf("org2", c.name())).containsExactly(c.name());
    }

    @Test
    void aChangeOfNameRightsAndTenantsIsPutAndTheRefreshReadsIt() {
        TfRightsContainers.Config c = documented();
        String id = globalRoles.apply(c);
        TfRightsContainers.Config changed = new TfRightsContainers.Config(c.name() + "-renamed", "changed from CLI",
                with(EXAMPLE_RIGHTS.subList(1, EXAMPLE_RIGHTS.size()), "vApp: View VM metrics"), false,
                List.of("org1"));
        globalRoles.change(id, changed);
        assertMatches(globalRoles.refresh(id), changed);
        assertThat(rolesOf("org1", changed.name())).containsExactly(changed.name());
        assertThat(rolesOf("org2", changed.name())).as("no longer published there").isEmpty();
    }

    @Test
    void publishingToAllTenantsAndBackIsReadAsTerraformSetsIt() {
        TfRightsContainers.Config c = documented();
        String id = globalRoles.apply(c);
        TfRightsContainers.Config toAll = new TfRightsContainers.Config(c.name(), c.description(), c.rights(), true,
                List.of());
        globalRoles.change(id, toAll);
        TfRightsContainers.State all = globalRoles.refresh(id);
        assertMatches(all, toAll);
        assertThat(all.tenants()).contains("acme", "org1", "org2");
        assertThat(rolesOf("acme", c.name())).containsExactly(c.name());

        TfRightsContainers.Config toNone = new TfRightsContainers.Config(c.name(), c.description(), c.rights(), false,
                List.of());
        globalRoles.change(id, toNone);
        assertMatches(globalRoles.refresh(id), toNone);
        assertThat(rolesOf("org1", c.name())).isEmpty();
    }

    @Test
    void destroyDeletesTheGlobalRoleAndTheNextRefreshGets403WhichIsNotFound() {
        TfRightsContainers.Config c = documented();
        String id = globalRoles.apply(c);
        globalRoles.destroy(id);
        assertThat(globalRoles.refresh(id)).as("ErrorEntityNotFound: terraform drops it from the state").isNull();
        assertThat(rolesOf("org1", c.name())).as("its published copies go with it").isEmpty();
    }

    @Test
    void anApplyOfAGlobalRoleWhoseNameIsTakenFails() {
        TfRightsContainers.Config c = documented();
        globalRoles.apply(c);
        assertDuplicateName(globalRoles.post(c.name()));
        // the predefined tenant roles are global roles too
        assertDuplicateName(globalRoles.post("vApp Author"));
    }
}

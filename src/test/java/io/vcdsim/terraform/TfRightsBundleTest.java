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
import static io.vcdsim.terraform.TfTenancyCalls.openApi;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * terraform's {@code vcd_rights_bundle}, its documented example (six rights, published to the orgs {@code org1}
 * and {@code org2}) applied, refreshed, changed and destroyed by a system administrator, replayed as
 * go-vcloud-director sends it.
 *
 * <p>Taken from terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_rights_bundle.go}
 * (resourceRightsBundleCreate, genericRightsBundleRead, resourceRightsBundleUpdate, resourceRightsBundleDelete),
 * {@code vcd/resource_vcd_global_role.go} (getTenants), {@code vcd/resource_vcd_role.go} (getRights) and {@code
 * website/docs/r/rights_bundle.html.markdown}; and go-vcloud-director v2.22.0 {@code govcd/rights_bundle.go}
 * (CreateRightsBundle, GetRightsBundleById, Update, Delete, AddRights, UpdateRights, GetRights, GetTenants,
 * PublishTenants, ReplacePublishedTenants, PublishAllTenants, UnpublishAllTenants), {@code govcd/global_role.go}
 * (the tenants calls they share), {@code govcd/roles.go} and {@code govcd/rights.go} (the rights calls), {@code
 * govcd/system.go} (GetAdminOrgByName) and {@code govcd/openapi.go}. The steps are in {@link TfRightsContainers}.
 */
class TfRightsBundleTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static TfRightsContainers bundles;

    @BeforeAll
    static void logInAndMakeTheExampleTenants() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        bundles = TfRightsContainers.withExampleTenants(admin, "rightsBundles");
    }

    static TfRightsContainers.Config documented() {
        return new TfRightsContainers.Config("new-rights-bundle-" + UUID.randomUUID().toString().substring(0, 8),
                "new rights bundle from CLI", EXAMPLE_RIGHTS, false, List.of("org1", "org2"));
    }

    @Test
    void applyMakesThePublishedBundleAndTheRefreshReadsItBack() {
        TfRightsContainers.Config c = documented();
        String id = bundles.apply(c);
        assertThat(id).startsWith("urn:vcloud:rightsBundle:");
        assertMatches(bundles.refresh(id), c);
    }

    @Test
    void aChangeOfNameRightsAndTenantsIsPutAndTheRefreshReadsIt() {
        TfRightsContainers.Config c = documented();
        String id = bundles.apply(c);
        TfRightsContainers.Config changed = new TfRightsContainers.Config(c.name() + "-renamed", "changed from CLI",
                with(EXAMPLE_RIGHTS.subList(1, EXAMPLE_RIGHTS.size()), "vApp: View VM metrics"), false,
                List.of("org2"));
        bundles.change(id, changed);
        assertMatches(bundles.refresh(id), changed);
    }

    @Test
    void publishingToAllTenantsIsReadAsTerraformSetsIt() {
        TfRightsContainers.Config c = documented();
        String id = bundles.apply(c);
        TfRightsContainers.Config toAll = new TfRightsContainers.Config(c.name(), c.description(), c.rights(), true,
                List.of());
        bundles.change(id, toAll);
        TfRightsContainers.State all = bundles.refresh(id);
        assertMatches(all, toAll);
        assertThat(all.tenants()).contains("acme", "org1", "org2");
    }

    @Test
    void destroyDeletesTheBundleAndTheNextRefreshGets403WhichIsNotFound() {
        String id = bundles.apply(documented());
        bundles.destroy(id);
        assertThat(bundles.refresh(id)).as("ErrorEntityNotFound: terraform drops it from the state").isNull();
    }

    @Test
    void anApplyOfABundleWhoseNameIsTakenOrWhoseTenantIsUnknownFails() {
        TfRightsContainers.Config c = documented();
        String id = bundles.apply(c);
        assertDuplicateName(bundles.post(c.name()));
        Http.Res unknown = openApi(admin, RIGHTS_VERSION, "POST", V1 + "/rightsBundles/" + id + "/tenants/publish",
                "{\"values\":[{\"name\":\"nowhere\",\"id\":\"urn:vcloud:org:" + UUID.randomUUID() + "\"}]}", Map.of());
        assertThat(unknown.status).isBetween(400, 404);
        assertThat(bundles.refresh(id).tenants()).containsExactlyInAnyOrder("org1", "org2");
    }
}

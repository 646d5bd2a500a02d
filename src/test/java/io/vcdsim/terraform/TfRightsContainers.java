package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.vcdsim.terraform.TfTenancyCalls.JSON;
import static io.vcdsim.terraform.TfTenancyCalls.RIGHTS_VERSION;
import static io.vcdsim.terraform.TfTenancyCalls.UNDEFINED_KEY;
import static io.vcdsim.terraform.TfTenancyCalls.V1;
import static io.vcdsim.terraform.TfTenancyCalls.adminOrgByName;
import static io.vcdsim.terraform.TfTenancyCalls.getAll;
import static io.vcdsim.terraform.TfTenancyCalls.getItem;
import static io.vcdsim.terraform.TfTenancyCalls.items;
import static io.vcdsim.terraform.TfTenancyCalls.names;
import static io.vcdsim.terraform.TfTenancyCalls.reference;
import static io.vcdsim.terraform.TfTenancyCalls.rightReferences;
import static io.vcdsim.terraform.TfTenancyCalls.sendItem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of terraform's {@code vcd_global_role} and {@code vcd_rights_bundle}, whose code is the same but for the
 * endpoint (terraform-provider-vcd v3.11.0 {@code vcd/resource_vcd_global_role.go} and
 * {@code vcd/resource_vcd_rights_bundle.go}: create, generic read, update, delete, getTenants; go-vcloud-director
 * v2.22.0 {@code govcd/global_role.go} and {@code govcd/rights_bundle.go}, which share getContainerTenants,
 * publishContainerToTenants and publishContainerToAllTenants, and {@code govcd/roles.go}'s rights calls). A system
 * administrator's calls, with no tenant context.
 */
final class TfRightsContainers {
    private final Http admin;
    private final String path;

    /** The arguments that reach vCD. */
    record Config(String name, String description, List<String> rights, boolean publishAll, List<String> tenants) {
    }

    /** What the read puts in the state. */
    record State(String id, String name, String description, String bundleKey, boolean readOnly, boolean publishAll,
                 List<String> rights, List<String> tenants) {
    }

    /** @param endpoint {@code globalRoles} or {@code rightsBundles} */
    TfRightsContainers(Http admin, String endpoint) {
        this.admin = admin;
        this.path = V1 + "/" + endpoint + "/";
    }

    /** The steps at this endpoint, with the orgs org1 and org2 that the documented examples publish to made. */
    static TfRightsContainers withExampleTenants(Http admin, String endpoint) {
        TfTenancyCalls.createOrg(admin, "org1");
        TfTenancyCalls.createOrg(admin, "org2");
        return new TfRightsContainers(admin, endpoint);
    }

    /** The create's POST alone, answer as it comes (for the refusals). */
    Http.Res post(String name) {
        return TfTenancyCalls.openApi(admin, RIGHTS_VERSION, "POST", path,
                body("", name, "x", UNDEFINED_KEY, false, false).toString(), Map.of());
    }

    static void assertDuplicateName(Http.Res refused) {
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
    }

    /** types.GlobalRole and types.RightsBundle: readOnly and publishAll always written, id even when empty. */
    static ObjectNode body(String id, String name, String description, String bundleKey, boolean readOnly,
                           boolean publishAll) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("id", id);
        if (!description.isEmpty()) {
            body.put("description", description);
        }
        return body.put("bundleKey", bundleKey).put("readOnly", readOnly).put("publishAll", publishAll);
    }

    /** getTenants: each tenant's org found by name (GetAdminOrgByName), as a reference. */
    ArrayNode tenants(List<String> names) {
        ArrayNode refs = JSON.createArrayNode();
        for (String name : names) {
            Http.Res org = adminOrgByName(admin, name);
            assertThat(org).as(name).isNotNull();
            refs.add(reference(name, org.attr("id")));
        }
        return refs;
    }

    /** Create: rights looked up, the container posted, its rights added, published to all or to the tenants. */
    String apply(Config c) {
        String rights = items(rightReferences(admin, c.rights(), Map.of()));
        JsonNode created = sendItem(admin, RIGHTS_VERSION, "POST", path,
                body("", c.name(), c.description(), UNDEFINED_KEY, false, c.publishAll()).toString(), Map.of());
        String id = created.get("id").asText();
        assertThat(created.get("name").asText()).isEqualTo(c.name());
        sendItem(admin, RIGHTS_VERSION, "POST", path + id + "/rights", rights, Map.of());
        ArrayNode tenants = tenants(c.tenants());
        if (c.publishAll()) {
            sendItem(admin, RIGHTS_VERSION, "POST", path + id + "/tenants/publishAll", "{}", Map.of());
        }
        if (!tenants.isEmpty()) {
            sendItem(admin, RIGHTS_VERSION, "POST", path + id + "/tenants/publish", items(tenants), Map.of());
        }
        return id;
    }

    /** The generic read: GetXById, GetRights, GetTenants; null when the GET is ErrorEntityNotFound. */
    State refresh(String id) {
        JsonNode read = getItem(admin, RIGHTS_VERSION, path + id, Map.of());
        if (read == null) {
            return null;
        }
        List<String> rights = names(getAll(admin, RIGHTS_VERSION, path + id + "/rights", null, Map.of()));
        List<String> tenants = names(getAll(admin, RIGHTS_VERSION, path + id + "/tenants", null, Map.of()));
        return new State(read.get("id").asText(), read.get("name").asText(), read.path("description").asText(""),
                read.path("bundleKey").asText(""), read.path("readOnly").asBoolean(),
                read.path("publishAll").asBoolean(), rights, tenants);
    }

    /**
     * Update when name, description, rights and tenants all change: the container read and PUT back, its rights
     * replaced, then published to all, or its tenants replaced, or unpublished from all.
     */
    void change(String id, Config c) {
        JsonNode read = getItem(admin, RIGHTS_VERSION, path + id, Map.of());
        String rights = items(rightReferences(admin, c.rights(), Map.of()));
        JsonNode updated = sendItem(admin, RIGHTS_VERSION, "PUT", path + id, body(id, c.name(), c.description(),
                read.path("bundleKey").asText(""), read.path("readOnly").asBoolean(), c.publishAll()).toString(),
                Map.of());
        assertThat(updated.get("name").asText()).isEqualTo(c.name());
        sendItem(admin, RIGHTS_VERSION, "PUT", path + id + "/rights", rights, Map.of());
        ArrayNode tenants = tenants(c.tenants());
        if (c.publishAll()) {
            sendItem(admin, RIGHTS_VERSION, "POST", path + id + "/tenants/publishAll", "{}", Map.of());
        } else if (!tenants.isEmpty()) {
            sendItem(admin, RIGHTS_VERSION, "PUT", path + id + "/tenants", items(tenants), Map.of());
        } else {
            sendItem(admin, RIGHTS_VERSION, "POST", path + id + "/tenants/unpublishAll", "{}", Map.of());
        }
    }

    /** Delete: GetXById, then its DELETE. */
    void destroy(String id) {
        assertThat(getItem(admin, RIGHTS_VERSION, path + id, Map.of())).isNotNull();
        TfTenancyCalls.deleteItem(admin, RIGHTS_VERSION, path + id, Map.of());
    }

    /** The state compared with the configuration, as the next plan would: no difference. */
    static void assertMatches(State s, Config c) {
        assertThat(s.name()).isEqualTo(c.name());
        assertThat(s.description()).isEqualTo(c.description());
        assertThat(s.bundleKey()).isEqualTo(UNDEFINED_KEY);
        assertThat(s.readOnly()).isFalse();
        assertThat(s.publishAll()).isEqualTo(c.publishAll());
        assertThat(s.rights()).containsExactlyInAnyOrderElementsOf(c.rights());
        if (!c.publishAll()) {
            assertThat(s.tenants()).containsExactlyInAnyOrderElementsOf(c.tenants());
        }
    }

    static List<String> with(List<String> list, String more) {
        List<String> out = new ArrayList<>(list);
        out.add(more);
        return out;
    }
}

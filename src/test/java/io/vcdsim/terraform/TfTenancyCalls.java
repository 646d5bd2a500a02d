package io.vcdsim.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import org.w3c.dom.Element;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The go-vcloud-director v2.22.0 calls that terraform-provider-vcd v3.11.0's tenancy resources (vcd_org, vcd_role,
 * vcd_global_role, vcd_rights_bundle, vcd_api_token) share, made as it makes them: {@code govcd/system.go}'s
 * GetAdminOrgByName and GetAdminOrgById, {@code govcd/tenant_context.go}'s headers, {@code govcd/openapi.go}'s
 * requests and paging, {@code govcd/rights.go}'s GetRightByName and {@code govcd/roles.go}'s FindMissingImpliedRights.
 */
final class TfTenancyCalls {
    static final String V1 = "/cloudapi/1.0.0";
    /** The version {@code govcd/openapi_endpoints.go} gives rights, roles, global roles and rights bundles. */
    static final String RIGHTS_VERSION = "31.0";
    static final String ADMIN_ORG = "application/vnd.vmware.admin.organization+xml";
    /** types.VcloudUndefinedKey, the bundleKey go-vcloud-director and terraform send for new roles. */
    static final String UNDEFINED_KEY = "com.vmware.vcloud.undefined.key";
    /** The rights of the documented examples of vcd_role, vcd_global_role and vcd_rights_bundle. */
    static final List<String> EXAMPLE_RIGHTS = List.of("Catalog: Add vApp from My Cloud", "Catalog: Edit Properties",
            "Catalog: View Private and Shared Catalogs", "Organization vDC Compute Policy: View",
            "vApp Template / Media: Edit", "vApp Template / Media: View");
    static final ObjectMapper JSON = new ObjectMapper();

    private TfTenancyCalls() {
    }

    /** The statuses in which go-vcloud-director's WaitTaskCompletion keeps polling (isTaskRunning). */
    static boolean running(String status) {
        return List.of("running", "preRunning", "queued").contains(status);
    }

    /**
     * ExecuteTaskRequest and WaitTaskCompletion: the answer is decoded as a Task whatever its root (an AdminOrg
     * too), and its href is read again until its status is no longer running; the last read is returned.
     */
    static Http.Res awaitAsTask(Http who, Http.Res answer) {
        assertThat(answer.status).as(answer.body).isBetween(200, 202);
        String href = answer.attr("href");
        assertThat(href).as("the href WaitTaskCompletion polls").isNotEmpty();
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            Http.Res polled = who.get(href);
            assertThat(polled.status).as(polled.body).isEqualTo(200);
            if (!running(polled.attr("status"))) {
                assertThat(polled.attr("status")).as(polled.body).isNotEqualTo("error");
                return polled;
            }
            assertThat(System.currentTimeMillis()).as("task still running: " + polled.body).isLessThan(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- /api: orgs as system.go finds them ----

    /** getOrgHREF and getOrgHREFById: the org list, and the reference chosen in it (null: not listed). */
    static Element orgReference(Http who, Predicate<Element> which) {
        Http.Res list = who.get("/api/org");
        assertThat(list.status).as(list.body).isEqualTo(200);
        return list.children("Org").stream().filter(which).findFirst().orElse(null);
    }

    /** GetAdminOrgByName: the admin view at /api/admin/org/{uuid of the listed href}; null is ErrorEntityNotFound. */
    static Http.Res adminOrgByName(Http who, String name) {
        return adminOrgOf(who, orgReference(who, o -> o.getAttribute("name").equals(name)));
    }

    /** GetAdminOrgById: the org whose listed href ends with the id's UUID; null is ErrorEntityNotFound. */
    static Http.Res adminOrgById(Http who, String urn) {
        String uuid = urn.substring(urn.lastIndexOf(':') + 1);
        return adminOrgOf(who, orgReference(who, o -> o.getAttribute("href").endsWith("/" + uuid)));
    }

    /** GetAdminOrgByNameOrId: by id first, then the identifier taken as a name. */
    static Http.Res adminOrgByNameOrId(Http who, String identifier) {
        Http.Res byId = identifier.startsWith("urn:") ? adminOrgById(who, identifier) : null;
        return byId != null ? byId : adminOrgByName(who, identifier);
    }

    private static Http.Res adminOrgOf(Http who, Element reference) {
        if (reference == null) {
            return null;
        }
        String href = reference.getAttribute("href");
        Http.Res adminOrg = who.get("/api/admin/org/" + href.substring(href.indexOf("/api/org/") + 9));
        assertThat(adminOrg.status).as(adminOrg.body).isEqualTo(200);
        assertThat(adminOrg.root().getLocalName()).isEqualTo("AdminOrg");
        assertThat(adminOrg.attr("id")).startsWith("urn:vcloud:org:");
        return adminOrg;
    }

    /** getTenantContextHeader for an AdminOrg: its bare UUID and its name (none for the System org). */
    static Map<String, String> tenantContext(Http.Res adminOrg) {
        String id = adminOrg.attr("id");
        return Map.of("X-VMWARE-VCLOUD-TENANT-CONTEXT", id.substring(id.lastIndexOf(':') + 1),
                "X-VMWARE-VCLOUD-AUTH-CONTEXT", adminOrg.attr("name"));
    }

    // ---- /cloudapi as openapi.go calls it ----

    /** newOpenApiRequest: JSON at the endpoint's version, Content-Type application/json on every method. */
    static Http.Res openApi(Http who, String version, String method, String path, String body,
                            Map<String, String> headers) {
        HttpRequest.Builder b = who.request(path).setHeader("Accept", "application/json;version=" + version)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return who.send(b);
    }

    /** OpenApiGetItem: 200 with the item, or 403, which it reports as ErrorEntityNotFound (null here). */
    static JsonNode getItem(Http who, String version, String path, Map<String, String> headers) {
        Http.Res r = openApi(who, version, "GET", path, null, headers);
        if (r.status == 403) {
            assertThat(r.json().get("minorErrorCode").asText()).isNotEmpty();
            return null;
        }
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r.json();
    }

    /** OpenApiPostItem and OpenApiPutItem on a synchronous endpoint: 200 or 201 with the JSON it decodes. */
    static JsonNode sendItem(Http who, String version, String method, String path, String body,
                             Map<String, String> headers) {
        Http.Res r = openApi(who, version, method, path, body, headers);
        assertThat(r.status).as(method + " " + path + ": " + r.body).isIn(200, 201);
        return r.json();
    }

    /** OpenApiDeleteItem on a synchronous endpoint: a 2xx that is not 202 (which would name a task to wait for). */
    static void deleteItem(Http who, String version, String path, Map<String, String> headers) {
        Http.Res r = openApi(who, version, "DELETE", path, null, headers);
        assertThat(r.status).as(r.body).isEqualTo(204);
    }

    /** OpenApiGetAllItems: pageSize=128 added, then every page followed by its Link rel="nextPage". */
    static List<JsonNode> getAll(Http who, String version, String path, String filter, Map<String, String> headers) {
        String url = path + "?" + (filter == null ? "" : "filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)
                + "&") + "pageSize=128";
        List<JsonNode> all = new ArrayList<>();
        while (url != null) {
            Http.Res page = openApi(who, version, "GET", url, null, headers);
            assertThat(page.status).as(page.body).isEqualTo(200);
            page.json().get("values").forEach(all::add);
            url = nextPage(page.header("Link"));
        }
        return all;
    }

    private static String nextPage(String link) {
        if (link == null) {
            return null;
        }
        for (String part : link.split(",")) {
            if (part.contains("rel=\"nextPage\"")) {
                return part.substring(part.indexOf('<') + 1, part.indexOf('>'));
            }
        }
        return null;
    }

    static List<String> names(List<JsonNode> items) {
        return items.stream().map(i -> i.get("name").asText()).toList();
    }

    /** GetRightByName: a filter on the name, exactly one answer. */
    static JsonNode rightByName(Http who, String name, Map<String, String> headers) {
        List<JsonNode> found = getAll(who, RIGHTS_VERSION, V1 + "/rights/", "name==" + name, headers);
        assertThat(names(found)).as(name).containsExactly(name);
        assertThat(found.get(0).get("id").asText()).startsWith("urn:vcloud:right:");
        return found.get(0);
    }

    /**
     * terraform's getRights: each right found by name (in the org's context when it has one), then
     * FindMissingImpliedRights, which looks each up again and fails the apply if a right it implies was left out.
     */
    static ArrayNode rightReferences(Http who, List<String> rightNames, Map<String, String> headers) {
        ArrayNode refs = JSON.createArrayNode();
        for (String name : rightNames) {
            refs.add(reference(name, rightByName(who, name, headers).get("id").asText()));
        }
        for (String name : rightNames) {
            JsonNode implied = rightByName(who, name, Map.of()).get("impliedRights");
            if (implied != null) {
                implied.forEach(i -> assertThat(rightNames).as("implied by " + name).contains(i.get("name").asText()));
            }
        }
        return refs;
    }

    /** types.OpenApiReference as go-vcloud-director writes it. */
    static ObjectNode reference(String name, String id) {
        return JSON.createObjectNode().put("name", name).put("id", id);
    }

    /** types.OpenApiItems: {"values": [...]}. */
    static String items(ArrayNode values) {
        return JSON.createObjectNode().set("values", values).toString();
    }

    /** A minimal org for a test to publish to, made as govcd.CreateOrg makes one. */
    static Http.Res createOrg(Http admin, String name) {
        Http.Res created = admin.post("/api/admin/orgs", ADMIN_ORG, "<AdminOrg xmlns=\"" + Http.NS + "\" name=\""
                + name + "\"><FullName>" + name + "</FullName><IsEnabled>true</IsEnabled></AdminOrg>");
        awaitAsTask(admin, created);
        return adminOrgByName(admin, name);
    }
}

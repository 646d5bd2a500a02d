package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NSX-T ALB controllers ({@code loadBalancer/controllers}) as go-vcloud-director's nsxt_alb_controllers.go and its
 * Test_NsxtAlbController use them: the simulated Avi controllers are https://avi-controller-1 to -3 (each test
 * deletes the controllers it registers, as a controller is registered once).
 */
class CloudApiAlbControllerTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static final String CONTROLLERS = V1 + "/loadBalancer/controllers/";
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("38.0");
        tenant = Sim.tenant(vcd.sim()).version("38.0");
    }

    static String body(String name, String url, String password) {
        return "{\"name\":\"" + name + "\",\"url\":\"" + url + "\",\"username\":\"admin\","
                + (password == null ? "" : "\"password\":\"" + password + "\",") + "\"licenseType\":\"ENTERPRISE\"}";
    }

    /** A new controller at {@code url}, made by a system administrator speaking {@code who}'s version. */
    static JsonNode created(Http who, String name, String url) {
        Http.Res res = send(who, "POST", CONTROLLERS, body(name, url, "secret"));
        assertThat(res.status).as(res.body).isEqualTo(201);
        return res.json();
    }

    static Http.Res refused(Http.Res res, int status, String minor) {
        assertThat(res.status).as(res.body).isEqualTo(status);
        assertThat(res.json().get("minorErrorCode").asText()).as(res.body).isEqualTo(minor);
        return res;
    }

    @Test
    void aControllerIsCreatedFoundByNameAndIdUpdatedAndDeleted() {
        JsonNode c = created(admin, "alb-crud", "https://avi-controller-1");
        String id = c.get("id").asText();
        assertThat(id).startsWith("urn:vcloud:loadBalancerController:");
        assertThat(c.has("password")).isFalse();
        assertThat(c.has("licenseType")).isFalse(); // removed in API 37.0
        assertThat(c.get("version").asText()).isEqualTo("22.1.3");
        assertThat(c.get("username").asText()).isEqualTo("admin");
        assertThat(get(admin, CONTROLLERS + id).json()).isEqualTo(c);
        JsonNode byName = get(admin, V1 + "/loadBalancer/controllers?" + filter("name==alb-crud")).json();
        assertThat(byName.get("resultTotal").asInt()).isEqualTo(1);
        assertThat(byName.get("values").get(0)).isEqualTo(c);

        ObjectNode change = (ObjectNode) c.deepCopy();
        change.put("name", "alb-crud-update").put("description", "Description set").put("password", "other")
                .put("version", "1.0");
        Http.Res updated = send(admin, "PUT", CONTROLLERS + id, change.toString());
        assertThat(updated.status).as(updated.body).isEqualTo(200);
        assertThat(updated.json().get("name").asText()).isEqualTo("alb-crud-update");
        assertThat(updated.json().get("description").asText()).isEqualTo("Description set");
        assertThat(updated.json().get("version").asText()).isEqualTo("22.1.3");
        // a change without the password (which reads never show) keeps the login, as go-vcd's revert sends it
        assertThat(send(admin, "PUT", CONTROLLERS + id, c.toString()).status).isEqualTo(200);

        assertThat(admin.delete(CONTROLLERS + id).status).isEqualTo(204);
        assertThat(get(admin, CONTROLLERS + id).status).isEqualTo(403);
        assertThat(get(admin, V1 + "/loadBalancer/controllers?" + filter("name==alb-crud")).json()
                .get("resultTotal").asInt()).isZero();
    }

    @Test
    void clientsBefore37SetAndReadTheLicenseType() {
        Http old = Sim.admin(vcd.sim()).version("36.0");
        JsonNode c = created(old, "alb-license", "https://avi-controller-2.vcdsim.invalid");
        assertThat(c.get("licenseType").asText()).isEqualTo("ENTERPRISE");
        String id = c.get("id").asText();
        ObjectNode change = (ObjectNode) c.deepCopy();
        change.put("licenseType", "BASIC");
        assertThat(send(old, "PUT", CONTROLLERS + id, change.toString()).json().get("licenseType").asText())
                .isEqualTo("BASIC");
        refused(send(old, "PUT", CONTROLLERS + id, change.put("licenseType", "GOLD").toString()), 400,
                "BAD_REQUEST");
        assertThat(get(old, CONTROLLERS + id).json().get("licenseType").asText()).isEqualTo("BASIC");
        assertThat(admin.delete(CONTROLLERS + id).status).isEqualTo(204);
    }

    @Test
    void anUnreachableOrIncompleteControllerIsRefused() {
        refused(send(admin, "POST", CONTROLLERS, body("alb-bad", "https://avi.example.com", "s")), 400,
                "BAD_REQUEST");
        refused(send(admin, "POST", CONTROLLERS, body("alb-bad", "http://avi-controller-3", "s")), 400,
                "BAD_REQUEST");
        refused(send(admin, "POST", CONTROLLERS, body("alb-bad", "https://avi-controller-3:8443", "s")), 400,
                "BAD_REQUEST");
        refused(send(admin, "POST", CONTROLLERS, body("alb-bad", "not a url", "s")), 400, "BAD_REQUEST");
        refused(send(admin, "POST", CONTROLLERS, body("alb-bad", "https://avi-controller-3", null)), 400,
                "BAD_REQUEST");
        refused(send(admin, "POST", CONTROLLERS, body("", "https://avi-controller-3", "s")), 400, "BAD_REQUEST");
        refused(send(admin, "POST", CONTROLLERS, "{\"name\":\"alb-bad\",\"url\":\"https://avi-controller-3\","
                + "\"password\":\"s\"}"), 400, "BAD_REQUEST");
        refused(send(admin, "POST", CONTROLLERS, "null"), 400, "BAD_REQUEST");
        refused(send(admin, "POST", CONTROLLERS, "{\"name\":"), 400, "BAD_REQUEST");
        assertThat(get(admin, V1 + "/loadBalancer/controllers?" + filter("name==alb-bad")).json()
                .get("resultTotal").asInt()).isZero();
    }

    @Test
    void namesAndUrlsAreEachOneControllers() {
        String id = created(admin, "alb-unique", "https://avi-controller-3").get("id").asText();
        refused(send(admin, "POST", CONTROLLERS, body("ALB-unique", "https://avi-controller-3.vcdsim.invalid", "s")),
                400, "DUPLICATE_NAME");
        for (String sameController : new String[]{"https://AVI-controller-3",
                "https://avi-controller-3.vcdsim.invalid/"}) {
            refused(send(admin, "POST", CONTROLLERS, body("alb-other", sameController, "s")), 400, "BAD_REQUEST");
        }
        JsonNode c = get(admin, CONTROLLERS + id).json();
        refused(send(admin, "PUT", CONTROLLERS + id, ((ObjectNode) c.deepCopy()).put("id",
                "urn:vcloud:loadBalancerController:" + UUID.randomUUID()).toString()), 400, "BAD_REQUEST");
        assertThat(admin.delete(CONTROLLERS + id).status).isEqualTo(204);
    }

    @Test
    void controllersAreSystemAdministratorsAndListsArePaged() {
        refused(get(tenant, V1 + "/loadBalancer/controllers"), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(send(tenant, "POST", CONTROLLERS, body("alb-tenant", "https://avi-controller-1.vcdsim.invalid",
                "s")), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(get(admin, CONTROLLERS + "urn:vcloud:loadBalancerController:" + UUID.randomUUID()), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        refused(get(admin, CONTROLLERS + "urn:vcloud:vdc:" + UUID.randomUUID()), 403,
                "ACCESS_TO_RESOURCE_IS_FORBIDDEN");

        String a = created(admin, "alb-page-a", "https://avi-controller-1.vcdsim.invalid").get("id").asText();
        String b = created(admin, "alb-page-b", "https://avi-controller-2").get("id").asText();
        refused(get(tenant, CONTROLLERS + a), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        Http.Res page = get(admin, V1 + "/loadBalancer/controllers?pageSize=1&" + filter("name==alb-page*"));
        assertThat(page.json().get("resultTotal").asInt()).isEqualTo(2);
        assertThat(page.json().get("pageCount").asInt()).isEqualTo(2);
        assertThat(page.json().get("values").get(0).get("name").asText()).isEqualTo("alb-page-a");
        assertThat(page.header("Link")).contains("rel=\"nextPage\"");
        assertThat(admin.delete(CONTROLLERS + a).status).isEqualTo(204);
        assertThat(admin.delete(CONTROLLERS + b).status).isEqualTo(204);
    }
}

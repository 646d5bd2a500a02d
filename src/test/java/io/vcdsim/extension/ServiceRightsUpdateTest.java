package io.vcdsim.extension;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.UUID;

import static io.vcdsim.extension.ServiceParts.ACL_RULE;
import static io.vcdsim.extension.ServiceParts.ACTION;
import static io.vcdsim.extension.ServiceParts.NS;
import static io.vcdsim.extension.ServiceParts.RECORDS;
import static io.vcdsim.extension.ServiceParts.RESOURCE_CLASS;
import static io.vcdsim.extension.ServiceParts.RIGHT;
import static io.vcdsim.extension.ServiceParts.VMEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extension services' rights in bulk ({@code .../rights/action/updateRights}, as the vCloud SDKs send it), the
 * clearing of unused rights, and the authorization check across all services ({@code .../service/authorizationcheck}).
 */
class ServiceRightsUpdateTest {
    static final String UPDATE = "application/vnd.vmware.admin.updateRightsParams+xml";
    static final String RIGHTS = "application/vnd.vmware.admin.rights+xml";
    static final String CHECK = "application/vnd.vmware.admin.authorizationCheckParams+xml";
    static final String SERVICES = "/api/admin/extension/service";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void start() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    static String addRight(String name, String category) {
        return "<vmext:AddRight name=\"" + name + "\"><Description>" + name + " things</Description><Category>"
                + category + "</Category></vmext:AddRight>";
    }

    static String params(String... children) {
        return "<vmext:UpdateRightsParams xmlns=\"" + NS + "\" xmlns:vmext=\"" + VMEXT + "\">"
                + String.join("", children) + "</vmext:UpdateRightsParams>";
    }

    static String update(Http.Res service) {
        return service.attr("href") + "/rights/action/updateRights";
    }

    static List<String> names(Http.Res service) {
        return admin.get(service.link("down", RIGHTS)).children("Right").stream().map(r -> r.getAttribute("name"))
                .toList();
    }

    @Test
    void updateRightsAddsAndRemovesTheServicesRightsAtOnceAndAnswersItsRightRefs() {
        Http.Res service = ServiceParts.service(admin, "bulk", "com.example.bulk", false);
        Http.Res added = admin.post(update(service), UPDATE, params(addRight("Read", "Bulk"), addRight("Write", "Bulk"),
                "<AddRight name=\"Audit\"><Category>Bulk</Category></AddRight>"));
        assertThat(added.status).as(added.body).isEqualTo(200);
        assertThat(added.contentType()).startsWith(RIGHTS);
        assertThat(added.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(added.root().getLocalName()).isEqualTo("RightRefs");
        assertThat(added.children("Right")).extracting(r -> r.getAttribute("name")).containsExactlyInAnyOrder(
                "{com.example.bulk}:Read", "{com.example.bulk}:Write", "{com.example.bulk}:Audit");
        Element read = added.children("Right").stream()
                .filter(r -> r.getAttribute("name").equals("{com.example.bulk}:Read")).findFirst().orElseThrow();
        assertThat(admin.get(read.getAttribute("href")).childText("Category")).isEqualTo("Bulk");

        // one already registered gets the texts sent; RemoveRight takes the name with or without its namespace
        Http.Res changed = admin.post(update(service), UPDATE, params(addRight("Read", "Reading"),
                "<vmext:RemoveRight>Write</vmext:RemoveRight>",
                "<vmext:RemoveRight>{com.example.bulk}:Audit</vmext:RemoveRight>"));
        assertThat(changed.status).as(changed.body).isEqualTo(200);
        assertThat(names(service)).containsExactly("{com.example.bulk}:Read");
        assertThat(admin.get(read.getAttribute("href")).childText("Category")).isEqualTo("Reading");
        assertThat(admin.get("/api/query?type=right&format=records&filter=name==" + "%7Bcom.example.bulk%7D:Write")
                .children("RightRecord")).isEmpty();
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        Http.Res service = ServiceParts.service(admin, "strict", "com.example.strict", false);
        Http.Res other = ServiceParts.service(admin, "other", "com.example.other", false);
        assertThat(admin.post(update(service), UPDATE, params(addRight("Keep", "S"))).status).isEqualTo(200);
        assertThat(admin.post(update(other), UPDATE, params(addRight("Theirs", "O"))).status).isEqualTo(200);

        // a right of another service, an unknown one, one twice, a nameless one, a too long one: 400, nothing done
        for (String refused : List.of(
                params(addRight("New", "S"), "<vmext:RemoveRight>{com.example.other}:Theirs</vmext:RemoveRight>"),
                params(addRight("New", "S"), "<vmext:RemoveRight>Nobody</vmext:RemoveRight>"),
                params(addRight("New", "S"), addRight("New", "S")),
                params(addRight("New", "S"), "<vmext:RemoveRight>New</vmext:RemoveRight>"),
                params("<vmext:AddRight><Category>S</Category></vmext:AddRight>"),
                params(addRight("x".repeat(129), "S")),
                params("<vmext:RemoveRight> </vmext:RemoveRight>"))) {
            Http.Res res = admin.post(update(service), UPDATE, refused);
            assertThat(res.status).as(refused + " " + res.body).isEqualTo(400);
            assertThat(res.root().getLocalName()).isEqualTo("Error");
        }
        assertThat(admin.post(update(service), UPDATE, params(addRight("Nobody", "S"),
                "<vmext:RemoveRight>Nobody</vmext:RemoveRight>")).minor()).isEqualTo("BAD_REQUEST");
        assertThat(admin.post(update(service), UPDATE, params(addRight("New", "S"),
                "<vmext:RemoveRight>Nobody</vmext:RemoveRight>")).minor()).isEqualTo("INVALID_REFERENCE");
        assertThat(names(service)).containsExactly("{com.example.strict}:Keep");
        assertThat(names(other)).containsExactly("{com.example.other}:Theirs");

        // a right an ACL rule names stays, as DELETE /api/admin/right/{id} keeps it
        Http.Res c = admin.post(service.link("add", RESOURCE_CLASS), RESOURCE_CLASS,
                ServiceParts.resourceClass("Things", "application/vnd.example.thing+xml", "thing"));
        Http.Res action = admin.post(c.link("down:resourceClassActions", RECORDS), ACTION,
                ServiceParts.action("read", "GET", "/api/thing/(?&lt;id&gt;.*)"));
        String keep = admin.get(service.link("down", RIGHTS)).children("Right").get(0).getAttribute("href");
        assertThat(admin.post(action.link("down:aclRules", RECORDS), ACL_RULE, ServiceParts.aclRule("r", null,
                "Published", "Entity " + keep)).status).isEqualTo(201);
        Http.Res named = admin.post(update(service), UPDATE, params("<vmext:RemoveRight>Keep</vmext:RemoveRight>"));
        assertThat(named.status).as(named.body).isEqualTo(400);
        assertThat(names(service)).containsExactly("{com.example.strict}:Keep");
    }

    @Test
    void updateRightsIsForSystemAdministratorsOfAKnownServiceWithAnUpdateRightsParams() {
        Http.Res service = ServiceParts.service(admin, "guarded", "com.example.guarded", false);
        assertThat(tenant.post(update(service), UPDATE, params(addRight("A", "G"))).status).isEqualTo(403);
        Http.Res unknown = admin.post(SERVICES + "/" + UUID.randomUUID() + "/rights/action/updateRights", UPDATE,
                params(addRight("A", "G")));
        assertThat(unknown.status).isEqualTo(403);
        assertThat(unknown.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        Http.Res wrongRoot = admin.post(update(service), UPDATE, ServiceParts.right("A", "G"));
        assertThat(wrongRoot.status).isEqualTo(400);
        assertThat(wrongRoot.root().getLocalName()).isEqualTo("Error");
        Http.Res notXml = admin.post(update(service), UPDATE, "<vmext:UpdateRightsParams");
        assertThat(notXml.status).isEqualTo(400);
        assertThat(names(service)).isEmpty();
        assertThat(admin.post(service.link("add", RIGHT), RIGHT, ServiceParts.right("A", "G")).status)
                .isEqualTo(201);
    }

    @Test
    void clearUnusedRightsAnswersNoContentToASystemAdministratorAndKeepsRegisteredRights() {
        Http.Res service = ServiceParts.service(admin, "clear", "com.example.clear", false);
        admin.post(update(service), UPDATE, params(addRight("Unheld", "C")));
        Http.Res cleared = admin.post(SERVICES + "/action/clearunusedrights", null, "");
        assertThat(cleared.status).as(cleared.body).isEqualTo(204);
        assertThat(names(service)).as("its service is still registered").containsExactly("{com.example.clear}:Unheld");
        assertThat(tenant.post(SERVICES + "/action/clearunusedrights", null, "").status).isEqualTo(403);
    }

    static String check(String userHref, String method, String url) {
        return "<vmext:AuthorizationCheckParams xmlns=\"" + NS + "\" xmlns:vmext=\"" + VMEXT + "\">"
                + "<User href=\"" + userHref + "\"/><vmext:HttpMethod>" + method + "</vmext:HttpMethod><vmext:URL>"
                + url + "</vmext:URL></vmext:AuthorizationCheckParams>";
    }

    @Test
    void theAuthorizationCheckOfAllServicesAsksEveryServiceWhoseAuthorizationIsEnabled() {
        String tenantUser = tenant.get("/api/query?type=user&format=records&filter=name==acmeadmin")
                .children("UserRecord").get(0).getAttribute("href");
        String url = "/api/gadget/" + UUID.randomUUID();
        String all = SERVICES + "/authorizationcheck";
        Http.Res before = admin.post(all, CHECK, check(tenantUser, "GET", url));
        assertThat(before.status).as(before.body).isEqualTo(200);
        assertThat(before.contentType()).startsWith("application/vnd.vmware.admin.authorizationCheckResponse+xml");
        assertThat(before.root().getLocalName()).isEqualTo("AuthorizationCheckResponse");
        assertThat(before.vmextText("IsAuthorized")).as("no service grants it yet").isEqualTo("false");

        Http.Res service = ServiceParts.service(admin, "gadgets", "com.example.gadgets", true);
        Http.Res c = admin.post(service.link("add", RESOURCE_CLASS), RESOURCE_CLASS,
                ServiceParts.resourceClass("Gadgets", "application/vnd.example.gadget+xml", "gadget"));
        Http.Res action = admin.post(c.link("down:resourceClassActions", RECORDS), ACTION,
                ServiceParts.action("read", "GET", "/api/gadget/(?&lt;id&gt;[-a-f0-9]+)"));
        String id = url.substring(url.lastIndexOf('/') + 1);
        Http.Res resource = admin.post(c.link("down:serviceResources", RECORDS), ServiceParts.SERVICE_RESOURCE,
                ServiceParts.serviceResource("g", ServiceParts.acmeHref(tenant), id));
        assertThat(resource.status).as(resource.body).isEqualTo(201);
        assertThat(admin.post(action.link("down:aclRules", RECORDS), ACL_RULE, ServiceParts.aclRule("mine", null,
                "Shared", "Entity " + tenantUser)).status).isEqualTo(201);

        assertThat(admin.post(all, CHECK, check(tenantUser, "GET", url)).vmextText("IsAuthorized")).isEqualTo("true");
        assertThat(admin.post(all, CHECK, check(tenantUser, "PUT", url)).vmextText("IsAuthorized"))
                .isEqualTo("false");
        String systemAdmin = admin.get("/api/query?type=adminUser&format=records&filter=name==administrator")
                .children("AdminUserRecord").get(0).getAttribute("href");
        assertThat(admin.post(all, CHECK, check(systemAdmin, "GET", url)).vmextText("IsAuthorized"))
                .isEqualTo("false");

        // bad input is a 400, a tenant a 403
        assertThat(admin.post(all, CHECK, check(tenantUser, "PATCH", url)).status).isEqualTo(400);
        assertThat(admin.post(all, CHECK, check(tenantUser, "GET", "")).status).isEqualTo(400);
        assertThat(admin.post(all, CHECK, check(tenantUser, "GET", "/" + "a".repeat(5000))).status).isEqualTo(400);
        assertThat(admin.post(all, CHECK, check("/api/admin/user/" + UUID.randomUUID(), "GET", url)).minor())
                .isEqualTo("INVALID_REFERENCE");
        assertThat(admin.post(all, CHECK, "<nonsense/>").status).isEqualTo(400);
        assertThat(tenant.post(all, CHECK, check(tenantUser, "GET", url)).status).isEqualTo(403);
    }
}

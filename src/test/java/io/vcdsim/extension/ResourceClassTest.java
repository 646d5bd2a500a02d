package io.vcdsim.extension;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import static io.vcdsim.extension.ServiceParts.ACL_RULE;
import static io.vcdsim.extension.ServiceParts.ACTION;
import static io.vcdsim.extension.ServiceParts.RECORDS;
import static io.vcdsim.extension.ServiceParts.RESOURCE_CLASS;
import static io.vcdsim.extension.ServiceParts.SERVICE_RESOURCE;
import static io.vcdsim.extension.ServiceParts.VMEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resource classes, their actions and service resources, and the actions' ACL rules: made through the links vCD
 * gives, read back with vCD's elements and links, listed by their queries, checked before anything is stored,
 * and gone with their service.
 */
class ResourceClassTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void start() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    /** A service with a resource class "Backup": the class's representation. */
    static Http.Res backupClass(String namespace) {
        Http.Res service = ServiceParts.service(admin, namespace, namespace, false);
        Http.Res c = admin.post(service.link("add", RESOURCE_CLASS), RESOURCE_CLASS,
                ServiceParts.resourceClass("Backup", "application/vnd.example.backup+xml", "backups"));
        assertThat(c.status).as(c.body).isEqualTo(201);
        return c;
    }

    static String actionsHref(Http.Res resourceClass) {
        return resourceClass.link("down:resourceClassActions", RECORDS);
    }

    @Test
    void resourceClassActionResourceAndRuleAreReadAsVcdWritesThem() {
        Http.Res c = backupClass("rc-read");
        assertThat(c.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(c.contentType()).startsWith(RESOURCE_CLASS);
        assertThat(c.attr("href")).contains("/api/admin/extension/service/resourceclass/");
        assertThat(c.attr("id")).startsWith("urn:vcloud:resourceClass:");
        assertThat(c.vmextText("MimeType")).isEqualTo("application/vnd.example.backup+xml");
        assertThat(c.vmextText("Nid")).isEqualTo("backups");
        assertThat(c.vmextText("UrnPattern")).isEqualTo("^backup(?<id>[0-9]*)");
        assertThat(c.links("remove", null)).hasSize(1);
        assertThat(c.links("up", ServiceParts.SERVICE)).hasSize(1);

        Http.Res action = admin.post(actionsHref(c), ACTION, ServiceParts.action("Read backups", "GET",
                "/api/backup/(?&lt;id&gt;[-a-z0-9]+)"));
        assertThat(action.status).as(action.body).isEqualTo(201);
        assertThat(action.attr("href")).contains("/api/admin/extension/service/resourceclassaction/");
        assertThat(action.vmextText("HttpMethod")).isEqualTo("GET");
        assertThat(action.link("up", RESOURCE_CLASS)).isEqualTo(c.attr("href"));

        Http.Res resource = admin.post(c.link("down:serviceResources", RECORDS), SERVICE_RESOURCE,
                ServiceParts.serviceResource("b-1", ServiceParts.acmeHref(tenant), "b-1"));
        assertThat(resource.status).as(resource.body).isEqualTo(201);
        assertThat(resource.vmextText("ExternalObjectId")).isEqualTo("b-1");
        assertThat(Http.Res.children(resource.root(), VMEXT, "Org").get(0).getAttribute("href"))
                .isEqualTo(ServiceParts.acmeHref(tenant));

        Http.Res rule = admin.post(action.link("down:aclRules", RECORDS), ACL_RULE, ServiceParts.aclRule("mine",
                "Entity " + resource.attr("href"), "Shared", "Shared"));
        assertThat(rule.status).as(rule.body).isEqualTo(201);
        assertThat(rule.attr("href")).contains("/api/admin/extension/service/aclrule/");
        assertThat(rule.link("up", ACTION)).isEqualTo(action.attr("href"));
        Element resourceAccess = Http.Res.children(rule.root(), VMEXT, "ServiceResourceAccess").get(0);
        assertThat(Http.Res.children(resourceAccess, VMEXT, "Access").get(0).getTextContent()).isEqualTo("Entity");
        assertThat(Http.Res.children(resourceAccess, VMEXT, "Entity").get(0).getAttribute("href"))
                .isEqualTo(resource.attr("href"));
        // the action lists its rules
        Element rules = Http.Res.children(admin.get(action.attr("href")).root(), VMEXT, "AclRules").get(0);
        assertThat(Http.Res.children(rules, VMEXT, "AclRule")).hasSize(1);
    }

    @Test
    void listsAreTheQueriesOfTheirKindFilteredToTheParent() {
        Http.Res c = backupClass("rc-lists");
        Http.Res action = admin.post(actionsHref(c), ACTION, ServiceParts.action("Delete", "DELETE", "/api/b/(?&lt;id&gt;.*)"));
        admin.post(action.link("down:aclRules", RECORDS), ACL_RULE, ServiceParts.aclRule("all", null, "Published",
                "Shared"));

        Http.Res actions = admin.get(actionsHref(c));
        assertThat(actions.contentType()).startsWith(RECORDS);
        assertThat(actions.children("ResourceClassActionRecord")).singleElement().satisfies(r -> {
            assertThat(r.getAttribute("httpMethod")).isEqualTo("DELETE");
            assertThat(r.getAttribute("resourceClass")).isEqualTo(c.attr("href"));
        });
        Element rule = admin.get(action.link("down:aclRules", RECORDS)).children("AclRuleRecord").get(0);
        assertThat(rule.getAttribute("orgAccess")).isEqualTo("Published");
        assertThat(rule.getAttribute("serviceResourceAccess")).isEqualTo("Shared");
        assertThat(rule.getAttribute("principalAccess")).isEqualTo("Shared");
        assertThat(admin.get("/api/query?type=resourceClass&format=records&filter=nid==backups").children(
                "ResourceClassRecord")).anyMatch(r -> r.getAttribute("href").equals(c.attr("href")));
        assertThat(tenant.get("/api/query?type=aclRule").status).isEqualTo(403);
        assertThat(tenant.get(c.attr("href")).status).isEqualTo(403);
    }

    @Test
    void badActionsAreRefusedBeforeAnythingIsStored() {
        Http.Res c = backupClass("rc-bad-actions");
        String add = actionsHref(c);
        Http.Res method = admin.post(add, ACTION, ServiceParts.action("a", "PATCH", "/api/x/(?&lt;id&gt;.*)"));
        assertThat(method.status).isEqualTo(400);
        assertThat(method.body).contains("HttpMethod");
        Http.Res regex = admin.post(add, ACTION, ServiceParts.action("b", "GET", "/api/x/(unclosed"));
        assertThat(regex.status).isEqualTo(400);
        assertThat(regex.body).contains("regular expression");
        Http.Res group = admin.post(add, ACTION, ServiceParts.action("c", "GET", "/api/x/(?&lt;url&gt;.*)"));
        assertThat(group.status).isEqualTo(400);
        assertThat(group.minor()).isEqualTo("BAD_REQUEST");
        assertThat(admin.post(add, ACTION, ServiceParts.action("d", "GET", "/api/x/(?&lt;id&gt;.*)")).status)
                .isEqualTo(201);
        Http.Res twice = admin.post(add, ACTION, ServiceParts.action("d", "PUT", "/api/x/(?&lt;id&gt;.*)"));
        assertThat(twice.minor()).isEqualTo("DUPLICATE_NAME");
        assertThat(tenant.post(add, ACTION, ServiceParts.action("e", "GET", "/api/x")).status).isEqualTo(403);
        assertThat(admin.get(add).children("ResourceClassActionRecord")).hasSize(1);
    }

    @Test
    void badClassesResourcesAndRulesAreRefused() {
        Http.Res service = ServiceParts.service(admin, "rc-bad", "rc-bad", false);
        String addClass = service.link("add", RESOURCE_CLASS);
        Http.Res noMime = admin.post(addClass, RESOURCE_CLASS, ServiceParts.resourceClass("X", "", "n"));
        assertThat(noMime.status).isEqualTo(400);
        Http.Res badUrn = admin.post(addClass, RESOURCE_CLASS, ServiceParts.resourceClass("X", "a/b", "n")
                .replace("^backup(?&lt;id&gt;[0-9]*)", "[z-a]"));
        assertThat(badUrn.status).isEqualTo(400);
        Http.Res c = admin.post(addClass, RESOURCE_CLASS, ServiceParts.resourceClass("X", "a/b", "n"));
        assertThat(admin.post(addClass, RESOURCE_CLASS, ServiceParts.resourceClass("X", "a/c", "n")).minor())
                .isEqualTo("DUPLICATE_NAME");

        String addResource = c.link("down:serviceResources", RECORDS);
        Http.Res noOrg = admin.post(addResource, SERVICE_RESOURCE, ServiceParts.serviceResource("r",
                "/api/admin/org/" + java.util.UUID.randomUUID(), "1"));
        assertThat(noOrg.status).isEqualTo(400);
        assertThat(noOrg.minor()).isEqualTo("INVALID_REFERENCE");
        assertThat(admin.post(addResource, SERVICE_RESOURCE, ServiceParts.serviceResource("r",
                ServiceParts.acmeHref(tenant), "1")).status).isEqualTo(201);
        assertThat(admin.post(addResource, SERVICE_RESOURCE, ServiceParts.serviceResource("s",
                ServiceParts.acmeHref(tenant), "1")).minor()).isEqualTo("DUPLICATE_NAME");

        String addRule = admin.post(actionsHref(c), ACTION, ServiceParts.action("a", "GET", "/api/(?&lt;id&gt;.*)"))
                .link("down:aclRules", RECORDS);
        Http.Res access = admin.post(addRule, ACL_RULE, ServiceParts.aclRule("r", null, "Everyone", "Shared"));
        assertThat(access.status).isEqualTo(400);
        assertThat(access.body).contains("OrganizationAccess");
        Http.Res right = admin.post(addRule, ACL_RULE, ServiceParts.aclRule("r", null, "Published",
                "Entity /api/admin/right/" + java.util.UUID.randomUUID()));
        assertThat(right.minor()).isEqualTo("INVALID_REFERENCE");
        Http.Res entityless = admin.post(addRule, ACL_RULE, ServiceParts.aclRule("r", null, "Entity", "Shared"));
        assertThat(entityless.status).isEqualTo(400);
        Http.Res noPrincipal = admin.post(addRule, ACL_RULE, ServiceParts.aclRule("r", null, "Published", "Shared")
                .replaceAll("<vmext:PrincipalAccess>.*</vmext:PrincipalAccess>", ""));
        assertThat(noPrincipal.status).isEqualTo(400);
        assertThat(admin.get(addRule).children("AclRuleRecord")).isEmpty();
    }

    @Test
    void unregisteringTheServiceDeletesItsClassesActionsResourcesAndRules() {
        Http.Res service = ServiceParts.service(admin, "rc-gone", "rc-gone", false);
        Http.Res c = admin.post(service.link("add", RESOURCE_CLASS), RESOURCE_CLASS,
                ServiceParts.resourceClass("Gone", "a/b", "gone"));
        Http.Res action = admin.post(actionsHref(c), ACTION, ServiceParts.action("a", "GET", "/api/(?&lt;id&gt;.*)"));
        Http.Res resource = admin.post(c.link("down:serviceResources", RECORDS), SERVICE_RESOURCE,
                ServiceParts.serviceResource("r", ServiceParts.acmeHref(tenant), "1"));
        Http.Res rule = admin.post(action.link("down:aclRules", RECORDS), ACL_RULE, ServiceParts.aclRule("r",
                "Entity " + resource.attr("href"), "Published", "Shared"));
        assertThat(rule.status).as(rule.body).isEqualTo(201);

        ServiceParts.unregister(admin, service);

        for (Http.Res gone : new Http.Res[]{c, action, resource, rule}) {
            assertThat(admin.get(gone.attr("href")).status).isEqualTo(403);
        }
        assertThat(admin.get("/api/query?type=serviceResource&format=records&filter=externalObjectId==1")
                .children("ServiceResourceRecord")).noneMatch(r -> r.getAttribute("href").equals(resource.attr("href")));
    }

    @Test
    void deletingAnActionDeletesItsRulesAndTheClassStays() {
        Http.Res c = backupClass("rc-delete");
        Http.Res action = admin.post(actionsHref(c), ACTION, ServiceParts.action("a", "GET", "/api/(?&lt;id&gt;.*)"));
        Http.Res rule = admin.post(action.link("down:aclRules", RECORDS), ACL_RULE, ServiceParts.aclRule("r", null,
                "Published", "Shared"));

        assertThat(admin.delete(action.link("remove", null)).status).isEqualTo(204);

        assertThat(admin.get(rule.attr("href")).status).isEqualTo(403);
        assertThat(admin.get(c.attr("href")).status).isEqualTo(200);
        assertThat(tenant.delete(c.attr("href")).status).isEqualTo(403);
    }
    static String check(String userHref, String method, String url) {
        return "<vmext:AuthorizationCheckParams xmlns=\"" + ServiceParts.NS + "\" xmlns:vmext=\"" + VMEXT + "\">"
                + "<User href=\"" + userHref + "\"/><vmext:HttpMethod>" + method + "</vmext:HttpMethod><vmext:URL>" + url
                + "</vmext:URL></vmext:AuthorizationCheckParams>";
    }

    @Test
    void authorizationCheckAnswersWhetherTheServicesRulesGrantAUser() {
        Http.Res service = ServiceParts.service(admin, "rc-check", "rc-check", true);
        Http.Res c = admin.post(service.link("add", RESOURCE_CLASS), RESOURCE_CLASS,
                ServiceParts.resourceClass("Orgs", "application/vnd.vmware.admin.organization+xml", "org"));
        Http.Res action = admin.post(actionsHref(c), ACTION, ServiceParts.action("time", "GET",
                "/api/org/(?&lt;id&gt;[-a-f0-9]+)/time"));
        String tenantUser = tenant.get("/api/query?type=user&format=records&filter=name==acmeadmin")
                .children("UserRecord").get(0).getAttribute("href");
        admin.post(action.link("down:aclRules", RECORDS), ACL_RULE, ServiceParts.aclRule("own", null, "Published",
                "Entity " + tenantUser));
        String orgHref = ServiceParts.acmeHref(tenant);
        String url = "/api/org/" + orgHref.substring(orgHref.lastIndexOf('/') + 1) + "/time";
        String checks = service.attr("href") + "/authorizationcheck";
        String params = "application/vnd.vmware.admin.authorizationCheckParams+xml";

        Http.Res granted = admin.post(checks, params, check(tenantUser, "GET", url));
        assertThat(granted.status).as(granted.body).isEqualTo(200);
        assertThat(granted.contentType()).startsWith("application/vnd.vmware.admin.authorizationCheckResponse+xml");
        assertThat(granted.root().getLocalName()).isEqualTo("AuthorizationCheckResponse");
        assertThat(granted.vmextText("IsAuthorized")).isEqualTo("true");
        assertThat(admin.post(checks, params, check(tenantUser, "DELETE", url)).vmextText("IsAuthorized"))
                .isEqualTo("false");
        String systemAdmin = admin.get("/api/query?type=adminUser&format=records&filter=name==administrator")
                .children("AdminUserRecord").get(0).getAttribute("href");
        assertThat(admin.post(checks, params, check(systemAdmin, "GET", url)).vmextText("IsAuthorized"))
                .isEqualTo("false");
        assertThat(admin.post(checks, params, check(tenantUser, "PATCH", url)).status).isEqualTo(400);
        assertThat(admin.post(checks, params, check("/api/admin/user/" + java.util.UUID.randomUUID(), "GET", url))
                .minor()).isEqualTo("INVALID_REFERENCE");
        assertThat(tenant.post(checks, params, check(tenantUser, "GET", url)).status).isEqualTo(403);

        // a pattern whose "(?<id>" is no group (inside a character class) compiles, and grants nothing
        admin.post(actionsHref(c), ACTION, ServiceParts.action("odd", "GET", "/api/odd/[(?&lt;id&gt;]+"));
        Http.Res odd = admin.post(checks, params, check(tenantUser, "GET", "/api/odd/(("));
        assertThat(odd.status).as(odd.body).isEqualTo(200);
        assertThat(odd.vmextText("IsAuthorized")).isEqualTo("false");
    }
    @Test
    void entityResolverLinksAUrnOfTheClassesNidToTheResourceAtItsUrlTemplate() {
        Http.Res service = ServiceParts.service(admin, "rc-resolve", "rc-resolve", false);
        assertThat(admin.post(service.link("add", RESOURCE_CLASS), RESOURCE_CLASS, ServiceParts.resourceClass(
                "Ledger", "application/vnd.example.ledger+xml", "ledger")).status).isEqualTo(201);

        Http.Res entity = tenant.get("/api/entity/urn:ledger:backup17");
        assertThat(entity.status).as(entity.body).isEqualTo(200);
        assertThat(entity.root().getLocalName()).isEqualTo("Entity");
        assertThat(entity.attr("id")).isEqualTo("urn:ledger:backup17");
        assertThat(entity.link("alternate", "application/vnd.example.ledger+xml"))
                .isEqualTo(vcd.httpUrl() + "/api/backup/17");
        assertThat(tenant.get("/api/entity/urn:ledger:other17").status).isEqualTo(403);
        assertThat(tenant.get("/api/entity/urn:nobody:backup17").status).isEqualTo(403);
    }
}

package io.vcdsim.extension;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;

import static io.vcdsim.extension.ServiceParts.NS;
import static io.vcdsim.extension.ServiceParts.RIGHT;
import static io.vcdsim.extension.ServiceParts.VMEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rights an extension service registers: named {namespace}:name, listed by the service, in the rights catalogue
 * (/api/admin, the right query), given in roles like any right, and gone (from roles too) with the service.
 */
class ServiceRightsTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void start() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    /** Registers a right through the service's add link, as a client finds it. */
    static Http.Res addRight(Http.Res service, String body) {
        return admin.post(service.link("add", RIGHT), RIGHT, body);
    }

    @Test
    void registeredRightIsNamedInTheServicesNamespaceAndListedByTheService() {
        Http.Res service = ServiceParts.service(admin, "backup", "com.example.backup", false);
        Http.Res right = addRight(service, ServiceParts.right("Backup", "Backups"));

        assertThat(right.status).as(right.body).isEqualTo(201);
        assertThat(right.contentType()).startsWith(RIGHT);
        assertThat(right.root().getNamespaceURI()).isEqualTo(NS);
        assertThat(right.root().getLocalName()).isEqualTo("Right");
        assertThat(right.attr("name")).isEqualTo("{com.example.backup}:Backup");
        assertThat(right.attr("href")).contains("/api/admin/right/");
        assertThat(right.header("Location")).isEqualTo(right.attr("href"));
        assertThat(right.childText("Category")).isEqualTo("Backups");
        assertThat(right.childText("BundleKey")).isEqualTo("RIGHT_BACKUP");
        assertThat(right.childText("ServiceNamespace")).isEqualTo("com.example.backup");
        assertThat(admin.get(right.attr("href")).attr("name")).isEqualTo("{com.example.backup}:Backup");

        Http.Res list = admin.get(service.link("down", "application/vnd.vmware.admin.rights+xml"));
        assertThat(list.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(list.root().getLocalName()).isEqualTo("RightRefs");
        List<Element> refs = list.children("Right");
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).getAttribute("href")).isEqualTo(right.attr("href"));
        assertThat(refs.get(0).getAttribute("name")).isEqualTo("{com.example.backup}:Backup");
    }

    @Test
    void registeredRightIsInTheCatalogueAndCanBeGivenInARole() {
        Http.Res service = ServiceParts.service(admin, "restore", "com.example.restore", false);
        Http.Res right = addRight(service, ServiceParts.right("Restore", "Backups"));
        String name = "{com.example.restore}:Restore";

        assertThat(Http.Res.children(admin.get("/api/admin").child("RightReferences"), "RightReference"))
                .anyMatch(r -> r.getAttribute("name").equals(name) && r.getAttribute("href").equals(right.attr("href")));
        Http.Res records = admin.get("/api/query?type=right&format=records&filter=name==" + encoded(name));
        assertThat(records.children("RightRecord")).singleElement()
                .satisfies(r -> assertThat(r.getAttribute("category")).isEqualTo("Backups"));

        String restorers = "<Role xmlns=\"" + NS + "\" name=\"restorers\"><RightReferences><RightReference href=\""
                + right.attr("href") + "\"/></RightReferences></Role>";
        // the provider gives a service's rights: an org administrator cannot give them, even to its own roles
        Http.Res selfGranted = tenant.post(ServiceParts.acmeHref(tenant) + "/roles",
                "application/vnd.vmware.admin.role+xml", restorers);
        assertThat(selfGranted.status).as(selfGranted.body).isEqualTo(403);
        Http.Res role = admin.post(ServiceParts.acmeHref(tenant) + "/roles", "application/vnd.vmware.admin.role+xml",
                restorers);
        assertThat(role.status).as(role.body).isEqualTo(201);
        assertThat(Http.Res.children(role.child("RightReferences"), "RightReference"))
                .extracting(r -> r.getAttribute("name")).containsExactly(name);
        // the cloudapi reads the same catalog
        String urn = "urn:vcloud:right:" + right.attr("href").substring(right.attr("href").lastIndexOf('/') + 1);
        Http.Res cloud = admin.send(admin.cloud("/cloudapi/1.0.0/rights/" + urn));
        assertThat(cloud.status).as(cloud.body).isEqualTo(200);
        assertThat(cloud.json().get("serviceNamespace").asText()).isEqualTo("com.example.restore");
        String roleUrn = "urn:vcloud:role:" + role.attr("href").substring(role.attr("href").lastIndexOf('/') + 1);
        assertThat(tenant.send(tenant.cloud("/cloudapi/1.0.0/roles/" + roleUrn + "/rights")).json().get("values")
                .get(0).get("name").asText()).isEqualTo(name);
    }

    @Test
    void unregisteringTheServiceRemovesItsRightsFromTheCatalogueAndFromRoles() {
        Http.Res service = ServiceParts.service(admin, "archive", "com.example.archive", false);
        Http.Res right = addRight(service, ServiceParts.right("Archive", "Backups"));
        Http.Res role = admin.post(ServiceParts.acmeHref(tenant) + "/roles", "application/vnd.vmware.admin.role+xml",
                "<Role xmlns=\"" + NS + "\" name=\"archivists\"><RightReferences><RightReference href=\""
                        + right.attr("href") + "\"/></RightReferences></Role>");
        assertThat(role.status).as(role.body).isEqualTo(201);

        ServiceParts.unregister(admin, service);

        assertThat(admin.get(right.attr("href")).status).isEqualTo(403);
        assertThat(admin.get("/api/query?type=right&format=records&filter=name==" + encoded("{com.example.archive}:Archive"))
                .children("RightRecord")).isEmpty();
        assertThat(tenant.get(role.attr("href")).child("RightReferences")).satisfiesAnyOf(
                refs -> assertThat(refs).isNull(),
                refs -> assertThat(Http.Res.children(refs, "RightReference")).isEmpty());
    }

    @Test
    void rightsWithoutANameTooLongOrTakenAreRefusedAndTenantsMayNotRegister() {
        Http.Res service = ServiceParts.service(admin, "vault", "com.example.vault", false);
        String add = service.link("add", RIGHT);
        Http.Res nameless = admin.post(add, RIGHT, "<Right xmlns=\"" + NS + "\"><Category>c</Category></Right>");
        assertThat(nameless.status).isEqualTo(400);
        assertThat(nameless.minor()).isEqualTo("BAD_REQUEST");
        Http.Res tooLong = admin.post(add, RIGHT, ServiceParts.right("x".repeat(129), "c"));
        assertThat(tooLong.status).isEqualTo(400);
        assertThat(tooLong.minor()).isEqualTo("BAD_REQUEST");
        assertThat(admin.post(add, RIGHT, ServiceParts.right("Seal", "c")).status).isEqualTo(201);
        Http.Res again = admin.post(add, RIGHT, ServiceParts.right("Seal", "c"));
        assertThat(again.status).isEqualTo(400);
        assertThat(again.minor()).isEqualTo("DUPLICATE_NAME");
        Http.Res unknownElement = admin.post(add, RIGHT, "<Right xmlns=\"" + NS + "\" name=\"y\"><Colour>red</Colour></Right>");
        assertThat(unknownElement.status).isEqualTo(400);
        assertThat(tenant.post(add, RIGHT, ServiceParts.right("Mine", "c")).status).isEqualTo(403);
        assertThat(tenant.get(add).status).isEqualTo(403);
        assertThat(admin.get(add).children("Right")).hasSize(1); // nothing of the refused ones was stored
    }

    @Test
    void aServicesRightIsDeletedOnlyWhileNoTenantRoleHoldsItAndNoAclRuleNamesIt() {
        Http.Res service = ServiceParts.service(admin, "tidy", "com.example.tidy", false);
        Http.Res unused = addRight(service, ServiceParts.right("Unused", "Tidy"));
        Http.Res held = addRight(service, ServiceParts.right("Held", "Tidy"));
        Http.Res named = addRight(service, ServiceParts.right("Named", "Tidy"));
        assertThat(admin.post(ServiceParts.acmeHref(tenant) + "/roles", "application/vnd.vmware.admin.role+xml",
                "<Role xmlns=\"" + NS + "\" name=\"holders\"><RightReferences><RightReference href=\""
                        + held.attr("href") + "\"/></RightReferences></Role>").status).isEqualTo(201);
        Http.Res c = admin.post(service.link("add", ServiceParts.RESOURCE_CLASS), ServiceParts.RESOURCE_CLASS,
                ServiceParts.resourceClass("T", "a/b", "tidy"));
        Http.Res action = admin.post(c.link("down:resourceClassActions", ServiceParts.RECORDS), ServiceParts.ACTION,
                ServiceParts.action("a", "GET", "/api/tidy/(?&lt;id&gt;.*)"));
        assertThat(admin.post(action.link("down:aclRules", ServiceParts.RECORDS), ServiceParts.ACL_RULE,
                ServiceParts.aclRule("r", null, "Published", "Entity " + named.attr("href"))).status).isEqualTo(201);

        assertThat(tenant.delete(unused.attr("href")).status).isEqualTo(403);
        assertThat(admin.delete(held.attr("href")).status).isEqualTo(400);
        assertThat(admin.delete(named.attr("href")).status).isEqualTo(400);
        String builtIn = Http.Res.children(admin.get("/api/admin").child("RightReferences"), "RightReference").get(0)
                .getAttribute("href");
        Http.Res vcdOwn = admin.delete(builtIn);
        assertThat(vcdOwn.status).isEqualTo(400);
        assertThat(vcdOwn.minor()).isEqualTo("BAD_REQUEST");
        assertThat(admin.delete(unused.attr("href")).status).isEqualTo(204);

        assertThat(admin.get(unused.attr("href")).status).isEqualTo(403);
        assertThat(admin.get(service.link("down", "application/vnd.vmware.admin.rights+xml")).children("Right"))
                .extracting(r -> r.getAttribute("name"))
                .containsExactlyInAnyOrder("{com.example.tidy}:Held", "{com.example.tidy}:Named");
    }

    static String encoded(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

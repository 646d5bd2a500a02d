package io.vcdsim.extension;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;

import static io.vcdsim.extension.ServiceParts.LINK;
import static io.vcdsim.extension.ServiceParts.RECORDS;
import static io.vcdsim.extension.ServiceParts.VMEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service links: registered on a service, they appear in every representation of their entity type, with
 * {baseUri} and {resourceId} replaced, and no longer once deleted or their service is disabled.
 */
class ServiceLinkTest {
    static final String ORG = "application/vnd.vmware.vcloud.org+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void start() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    static String link(String rel, String resourceType, String resourceId) {
        return "<vmext:ServiceLink xmlns=\"" + ServiceParts.NS + "\" xmlns:vmext=\"" + VMEXT + "\">"
                + "<vmext:LinkHref>{baseUri}org/{resourceId}/currentTime</vmext:LinkHref>"
                + "<vmext:MimeType>text/plain</vmext:MimeType><vmext:Rel>" + rel + "</vmext:Rel>"
                + "<vmext:ResourceType>" + resourceType + "</vmext:ResourceType>"
                + (resourceId == null ? "" : "<vmext:ResourceId>" + resourceId + "</vmext:ResourceId>")
                + "</vmext:ServiceLink>";
    }

    static String tenantOrg() {
        return tenant.get("/api/session").link("down", ORG);
    }

    @Test
    void linkAppearsInEveryRepresentationOfItsTypeWithPlaceholdersReplaced() {
        Http.Res service = ServiceParts.service(admin, "clock", "com.example.clock", false);
        Http.Res created = admin.post(service.link("add", LINK), LINK, link("down:currentTime", ORG, null));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(created.root().getLocalName()).isEqualTo("ServiceLink");
        assertThat(created.contentType()).startsWith(LINK);
        assertThat(created.attr("href")).contains("/api/admin/extension/service/link/");
        assertThat(created.vmextText("LinkHref")).isEqualTo("{baseUri}org/{resourceId}/currentTime");

        String orgHref = tenantOrg();
        String orgId = orgHref.substring(orgHref.lastIndexOf('/') + 1);
        Http.Res org = tenant.get(orgHref);
        assertThat(org.links("down:currentTime", "text/plain")).singleElement().satisfies(l -> assertThat(
                l.getAttribute("href")).isEqualTo(vcd.httpUrl() + "/api/org/" + orgId + "/currentTime"));
        // the admin view is another type: no link there
        assertThat(admin.get(orgHref.replace("/api/", "/api/admin/")).links("down:currentTime", "text/plain"))
                .isEmpty();
        Element record = admin.get(service.link("down:links", RECORDS)).children("ServiceLinkRecord").get(0);
        assertThat(record.getAttribute("rel")).isEqualTo("down:currentTime");
        assertThat(record.getAttribute("resourceType")).isEqualTo(ORG);

        assertThat(admin.delete(created.link("remove", null)).status).isEqualTo(204);
        assertThat(tenant.get(orgHref).links("down:currentTime", "text/plain")).isEmpty();
    }

    @Test
    void linkWithAResourceIdIsOnlyInThatEntitysRepresentation() {
        Http.Res service = ServiceParts.service(admin, "one-org", "com.example.one", false);
        String systemOrg = admin.get("/api/session").link("down", ORG);
        String systemId = systemOrg.substring(systemOrg.lastIndexOf('/') + 1);
        assertThat(admin.post(service.link("add", LINK), LINK, link("down:only", ORG, systemId)).status).isEqualTo(201);

        assertThat(admin.get(systemOrg).links("down:only", "text/plain")).hasSize(1);
        assertThat(tenant.get(tenantOrg()).links("down:only", "text/plain")).isEmpty();
    }

    @Test
    void disabledServicesLinksAreNotShown() {
        Http.Res service = ServiceParts.service(admin, "paused", "com.example.paused", false);
        admin.post(service.link("add", LINK), LINK, link("down:paused", ORG, null));
        assertThat(tenant.get(tenantOrg()).links("down:paused", "text/plain")).hasSize(1);

        assertThat(admin.put(service.attr("href"), ServiceParts.SERVICE, service.body.replace(
                "<vmext:Enabled>true</vmext:Enabled>", "<vmext:Enabled>false</vmext:Enabled>")).status).isEqualTo(200);

        assertThat(tenant.get(tenantOrg()).links("down:paused", "text/plain")).isEmpty();
    }

    @Test
    void linksWithoutRelOrTypeAreRefusedAndOnlySystemAdministratorsRegister() {
        Http.Res service = ServiceParts.service(admin, "bad-links", "com.example.bad", false);
        String add = service.link("add", LINK);
        Http.Res noRel = admin.post(add, LINK, link("", ORG, null));
        assertThat(noRel.status).isEqualTo(400);
        assertThat(noRel.body).contains("Rel");
        Http.Res noType = admin.post(add, LINK, link("down:x", "", null));
        assertThat(noType.status).isEqualTo(400);
        Http.Res tooLong = admin.post(add, LINK, link("r".repeat(256), ORG, null));
        assertThat(tooLong.status).isEqualTo(400);
        assertThat(tenant.post(add, LINK, link("down:x", ORG, null)).status).isEqualTo(403);
        List<Element> none = admin.get(service.link("down:links", RECORDS)).children("ServiceLinkRecord");
        assertThat(none).isEmpty();
    }
}

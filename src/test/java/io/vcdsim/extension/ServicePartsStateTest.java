package io.vcdsim.extension;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.vcdsim.extension.ServiceParts.ACL_RULE;
import static io.vcdsim.extension.ServiceParts.ACTION;
import static io.vcdsim.extension.ServiceParts.LINK;
import static io.vcdsim.extension.ServiceParts.RECORDS;
import static io.vcdsim.extension.ServiceParts.RESOURCE_CLASS;
import static io.vcdsim.extension.ServiceParts.RIGHT;
import static io.vcdsim.extension.ServiceParts.SERVICE_RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;

/** A saved state holds a service's parts (V44's tables), and loading it brings them back, links shown again. */
class ServicePartsStateTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    @Test
    void aSavedStateBringsBackAServicesRightsLinksClassesResourcesAndRules() {
        Http admin = Sim.admin(vcd.sim());
        Http tenant = Sim.tenant(vcd.sim());
        Http.Res service = ServiceParts.service(admin, "saved", "com.example.saved", false);
        Http.Res right = admin.post(service.link("add", RIGHT), RIGHT, ServiceParts.right("Keep", "Saved"));
        admin.post(service.link("add", LINK), LINK, ServiceLinkTest.link("down:saved",
                "application/vnd.vmware.vcloud.org+xml", null));
        Http.Res c = admin.post(service.link("add", RESOURCE_CLASS), RESOURCE_CLASS,
                ServiceParts.resourceClass("Saved", "a/b", "saved"));
        Http.Res action = admin.post(c.link("down:resourceClassActions", RECORDS), ACTION,
                ServiceParts.action("a", "GET", "/api/saved/(?&lt;id&gt;.*)"));
        Http.Res resource = admin.post(c.link("down:serviceResources", RECORDS), SERVICE_RESOURCE,
                ServiceParts.serviceResource("r", ServiceParts.acmeHref(tenant), "1"));
        Http.Res rule = admin.post(action.link("down:aclRules", RECORDS), ACL_RULE, ServiceParts.aclRule("r",
                "Entity " + resource.attr("href"), "Shared", "Entity " + right.attr("href")));
        assertThat(rule.status).as(rule.body).isEqualTo(201);
        Http.Res saved = admin.get("/api/vcdsim/state");
        assertThat(saved.body).contains("acl_rule", "extension_right", "service_link");

        assertThat(admin.post("/api/vcdsim/reset", null, null).status).isEqualTo(204);
        Http afterReset = Sim.admin(vcd.sim());
        assertThat(afterReset.get(rule.attr("href")).status).isEqualTo(403);
        Http.Res loaded = afterReset.send(afterReset.request("/api/vcdsim/state").header("Content-Type",
                "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(saved.body)));
        assertThat(loaded.status).as(loaded.body).isEqualTo(204);

        Http again = Sim.admin(vcd.sim());
        assertThat(again.get(rule.attr("href")).status).isEqualTo(200);
        assertThat(again.get(right.attr("href")).attr("name")).isEqualTo("{com.example.saved}:Keep");
        Http tenantAgain = Sim.tenant(vcd.sim());
        assertThat(tenantAgain.get(tenantAgain.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml"))
                .links("down:saved", "text/plain")).hasSize(1);
    }
}

package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VMs of vApp templates in the vm and adminVM queries beside vApps' VMs (isVAppTemplate), as
 * go-vcloud-director v2.22.0's {@code QueryVmInVAppTemplateByHref} (vapptemplate.go) asks for them: container==
 * the template's href, a name, isVAppTemplate==true. terraform's vcd_vapp_vm (vm_name_in_template) then GETs the
 * record's href.
 */
class TemplateVmQueryTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static TemplateFixture fixture;
    static String vapp;

    @BeforeAll
    static void aTemplateAndAVApp() throws Exception {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(tenant);
        vapp = fixture.newVApp("beside");
    }

    /** What QueryVmInVAppTemplateByHref sends (filterEncoded, its href escaped, a stray links=true after it). */
    static String goFilter(String type, String template, String name) {
        return "/api/query?type=" + type + "&filter=container==" + URLEncoder.encode(template, StandardCharsets.UTF_8)
                + ";name==" + name + ";isVAppTemplate==true;status!=FAILED_CREATION;status!=UNKNOWN;"
                + "status!=UNRECOGNIZED;status!=UNRESOLVED&links=true;&filterEncoded=true";
    }

    @Test
    void aTemplatesVmIsFoundByItsTemplateAndNameUnderTheTemplatesPath() {
        List<Element> templateVms = Http.Res.children(tenant.get(fixture.template).child("Children"), "Vm");
        Element templateVm = templateVms.get(0);
        String name = templateVm.getAttribute("name");
        for (String[] who : new String[][]{{"adminVM", "AdminVMRecord"}, {"vm", "VMRecord"}}) {
            Http caller = who[0].equals("adminVM") ? admin : tenant;
            // go's TestVAppTemplateRetrieval asks for "**": every VM of the template
            assertThat(caller.get(goFilter(who[0], fixture.template, "**")).children(who[1]))
                    .extracting(r -> r.getAttribute("href"))
                    .containsExactlyInAnyOrderElementsOf(templateVms.stream().map(v -> v.getAttribute("href")).toList());
            List<Element> found = caller.get(goFilter(who[0], fixture.template, name)).children(who[1]);
            assertThat(found).as(who[0]).hasSize(1);
            Element r = found.get(0);
            assertThat(r.getAttribute("href")).isEqualTo(templateVm.getAttribute("href"))
                    .contains("/api/vAppTemplate/vm-");
            assertThat(r.getAttribute("container")).isEqualTo(fixture.template);
            assertThat(r.getAttribute("isVAppTemplate")).isEqualTo("true");
            assertThat(r.getAttribute("name")).isEqualTo(name);
            assertThat(r.getAttribute("containerName")).isEqualTo(tenant.get(fixture.template).attr("name"));
            assertThat(r.getAttribute("catalogName")).isNotEmpty();
            assertThat(r.getAttribute("vdc")).isEqualTo(fixture.vdc);
            assertThat(r.getAttribute("status")).isNotEqualTo("LOCAL_COPY_UNAVAILABLE");
        }
        // terraform reads the record's href as a vApp template's
        Http.Res byHref = tenant.get(templateVm.getAttribute("href"));
        assertThat(byHref.status).isEqualTo(200);
        assertThat(byHref.attr("name")).isEqualTo(name);

        // idrecords and references name it and its container by their own kinds
        Element id = admin.get("/api/query?type=adminVM&format=idrecords&filter=isVAppTemplate==true;container=="
                + fixture.template).children("AdminVMRecord").get(0);
        assertThat(id.getAttribute("container")).startsWith("urn:vcloud:vapptemplate:");
        assertThat(id.getAttribute("id")).startsWith("urn:vcloud:vm:");
        Element ref = admin.get("/api/query?type=adminVM&format=references&filter=isVAppTemplate==true;container=="
                + fixture.template).children("VMReference").get(0);
        assertThat(ref.getAttribute("href")).isEqualTo(templateVm.getAttribute("href"));
        assertThat(ref.getAttribute("type")).isEqualTo("application/vnd.vmware.vcloud.vm+xml");

        // a vApp's VMs stay under the vApp, and go's QueryVmList (isVAppTemplate==false) sees those only
        List<Element> vappVms = tenant.get("/api/query?type=vm&format=records&filter=isVAppTemplate==false")
                .children("VMRecord");
        assertThat(vappVms).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getAttribute("href")).contains("/api/vApp/vm-");
            assertThat(r.getAttribute("container")).contains("/api/vApp/vapp-");
        });
        assertThat(vappVms).extracting(r -> r.getAttribute("container")).contains(vapp);
        assertThat(tenant.get(goFilter("vm", fixture.template, "nothing-of-that-name")).children("VMRecord"))
                .isEmpty();
    }
}

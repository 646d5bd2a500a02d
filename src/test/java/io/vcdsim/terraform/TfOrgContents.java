package io.vcdsim.terraform;

import io.vcdsim.Http;
import org.w3c.dom.Element;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static io.vcdsim.terraform.TfTenancyCalls.awaitAsTask;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What go-vcloud-director v2.22.0's AdminOrg.Delete(force=true, recursive=true) ({@code govcd/adminorg.go}:
 * undeployAllVApps, removeAllVApps, removeCatalogs, removeAllOrgNetworks, removeAllOrgVDCs; {@code govcd/vdc.go}:
 * undeployAllVdcVApps, removeAllVdcVApps) does to an org's contents before it disables and deletes the org, as
 * terraform's vcd_org destroy runs it with delete_force and delete_recursive. It finds them by cutting ids out of
 * the AdminOrg's hrefs, which must be the admin ones ({@code /api/admin/vdc/}, {@code /api/admin/network/},
 * {@code /api/admin/catalog/}): a user href is an index out of range, and the provider panics.
 */
final class TfOrgContents {
    private TfOrgContents() {
    }

    static void remove(Http admin, Http.Res org) {
        for (Element vdc : Http.Res.children(org.child("Vdcs"), "Vdc")) {
            // getVdcByAdminHREF: the user view at the path after "/api/admin", refreshed once per pass
            String userVdc = idAfter(vdc, "/api/admin/vdc/");
            for (int pass = 0; pass < 2; pass++) {
                Http.Res read = admin.get("/api/vdc/" + userVdc);
                assertThat(read.status).as(read.body).isEqualTo(200);
                assertThat(read.body).as("vApps would be undeployed and deleted one by one")
                        .doesNotContain("application/vnd.vmware.vcloud.vApp+xml\"");
            }
        }
        for (Element catalog : Http.Res.children(org.child("Catalogs"), "CatalogReference")) {
            removeCatalog(admin, org.attr("name"), catalog);
        }
        for (Element network : Http.Res.children(org.child("Networks"), "Network")) {
            Http.Res deleted = admin.delete("/api/admin/network/" + idAfter(network, "/api/admin/network/"));
            assertThat(deleted.attr("status")).isNotEqualTo("error");
            awaitAsTask(admin, deleted);
        }
        for (Element vdc : Http.Res.children(org.child("Vdcs"), "Vdc")) {
            String adminVdc = "/api/admin/vdc/" + idAfter(vdc, "/api/admin/vdc/");
            Http.Res disabled = admin.post(adminVdc + "/action/disable", null, null);
            assertThat(disabled.status).as(disabled.body).isBetween(200, 204);
            Http.Res deleted = admin.delete(adminVdc + "?force=true&recursive=true");
            assertThat(deleted.attr("status")).isNotEqualTo("error");
            awaitAsTask(admin, deleted);
        }
    }

    /** removeCatalogs: the org's own catalog (an adminCatalog query finds one) deleted, its task not awaited. */
    private static void removeCatalog(Http admin, String orgName, Element catalog) {
        String filter = "name==" + enc(catalog.getAttribute("name")) + ";orgName==" + enc(orgName);
        Http.Res records = admin.send(admin.request("/api/query?&type=adminCatalog&filter=" + filter
                + "&filterEncoded=true").header("Accept", "vnd.vmware.vcloud.org+xml;version=37.1").GET());
        assertThat(records.status).as(records.body).isEqualTo(200);
        assertThat(records.children("AdminCatalogRecord")).hasSize(1);
        Http.Res deleted = admin.delete("/api/admin/catalog/" + idAfter(catalog, "/api/admin/catalog/")
                + "?force=true&recursive=true");
        assertThat(deleted.status).as(deleted.body).isBetween(200, 204);
    }

    /** strings.Split(href, prefix)[1], which go-vcloud-director takes without checking that there is one. */
    private static String idAfter(Element reference, String prefix) {
        String href = reference.getAttribute("href");
        assertThat(href).as("the href go-vcloud-director splits").contains(prefix);
        return href.substring(href.indexOf(prefix) + prefix.length());
    }

    /** url.QueryEscape. */
    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

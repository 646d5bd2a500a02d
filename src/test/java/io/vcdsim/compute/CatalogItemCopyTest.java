package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Programming Guide's "Managing catalog items": CopyOrMoveCatalogItemParams posted to a catalog's rel=copy or
 * rel=move link take an item of another catalog of the org, with a task.
 */
class CatalogItemCopyTest {
    static final String PARAMS = "application/vnd.vmware.vcloud.copyOrMoveCatalogItemParams+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;

    @BeforeAll
    static void logIn() {
        tenant = Sim.tenant(vcd.sim());
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Http.Res post(Http.Res catalog, String rel, String item, String name) {
        return tenant.post(catalog.link(rel, PARAMS), PARAMS, "<CopyOrMoveCatalogItemParams xmlns=\"" + Http.NS + "\""
                + (name == null ? "" : " name=\"" + name + "\"") + "><Description>copied</Description><Source href=\""
                + item + "\"/></CopyOrMoveCatalogItemParams>");
    }

    static Http.Res itemNamed(Http.Res catalog, String name) {
        Element ref = Http.Res.children(tenant.get(catalog.attr("href")).child("CatalogItems"), "CatalogItem").stream()
                .filter(i -> i.getAttribute("name").equals(name)).findFirst().orElseThrow();
        return tenant.get(ref.getAttribute("href"));
    }

    static List<String> itemNames(Http.Res catalog) {
        return Http.Res.children(tenant.get(catalog.attr("href")).child("CatalogItems"), "CatalogItem").stream().map(i -> i.getAttribute("name"))
                .toList();
    }

    static byte[] download(Http.Res media) {
        Element file = Http.Res.children(media.child("Files"), "File").get(0);
        Http.Res got = tenant.get(Http.Res.children(file, "Link").get(0).getAttribute("href"));
        assertThat(got.status).isEqualTo(200);
        return got.raw.body();
    }

    /** A medium copied has the same bytes, and keeps them when the source is deleted. */
    @Test
    void aCopiedMediumHasItsSourcesBytesAndOutlivesIt() {
        byte[] iso = new byte[300_000];
        new Random(7).nextBytes(iso);
        Http.Res from = Sim.readyCatalog(tenant, "from-" + suffix());
        Http.Res to = Sim.readyCatalog(tenant, "to-" + suffix());
        String type = "application/vnd.vmware.vcloud.media+xml";
        Http.Res item = tenant.post(from.link("add", type), type, "<Media xmlns=\"" + Http.NS + "\" name=\"tools.iso\" "
                + "size=\"" + iso.length + "\" imageType=\"iso\"/>");
        Http.Res media = tenant.get(item.child("Entity").getAttribute("href"));
        String source = item.attr("href");
        assertThat(post(to, "copy", source, null).status).as("not while it uploads").isEqualTo(400);
        String upload = Http.Res.children(Http.Res.children(media.child("Files"), "File").get(0), "Link").get(0)
                .getAttribute("href");
        assertThat(tenant.send(tenant.request(upload).header("Content-Range", "bytes 0-" + (iso.length - 1) + "/"
                + iso.length).PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(iso))).status).isEqualTo(200);
        assertThat(tenant.awaitTask(media).attr("status")).isEqualTo("success");

        Http.Res accepted = post(to, "copy", source, "tools-copy.iso");
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = tenant.awaitTask(accepted);
        assertThat(task.attr("status")).isEqualTo("success");
        assertThat(task.attr("operationName")).isEqualTo("vdcCopyMedia");
        Http.Res copy = tenant.get(itemNamed(to, "tools-copy.iso").child("Entity").getAttribute("href"));
        assertThat(copy.attr("href")).isNotEqualTo(media.attr("href"));
        assertThat(copy.attr("status")).isEqualTo("1");
        assertThat(copy.childText("Description")).isEqualTo("copied");
        assertThat(itemNames(from)).containsExactly("tools.iso");

        assertThat(tenant.awaitTask(tenant.delete(source)).attr("status")).isEqualTo("success");
        assertThat(download(copy)).isEqualTo(iso);
        assertThat(post(to, "copy", itemNamed(to, "tools-copy.iso").attr("href"), null).status)
                .as("the name is taken in the target").isEqualTo(400);
    }

    /** A copied vApp template has the source's VMs and instantiates; a move takes the item itself. */
    @Test
    void aTemplateIsCopiedThenMovedToAnotherCatalog() throws Exception {
        TemplateFixture fixture = TemplateFixture.ready(tenant);
        Http.Res template = tenant.get(fixture.template);
        String source = template.link("catalogItem", "application/vnd.vmware.vcloud.catalogItem+xml");
        Http.Res from = tenant.get(tenant.get(source).link("up", "application/vnd.vmware.vcloud.catalog+xml"));
        Http.Res to = Sim.readyCatalog(tenant, "to-" + suffix());

        Http.Res copied = tenant.awaitTask(post(to, "copy", source, null));
        assertThat(copied.attr("status")).as(copied.body).isEqualTo("success");
        assertThat(copied.attr("operationName")).isEqualTo("vdcCopyTemplate");
        Http.Res copy = tenant.get(itemNamed(to, "app").child("Entity").getAttribute("href"));
        assertThat(copy.attr("status")).isEqualTo("8");
        assertThat(Http.Res.children(copy.child("Children"), "Vm")).extracting(v -> v.getAttribute("name"))
                .containsExactly("app-1", "app-2");
        String instantiate = TemplateFixture.INSTANTIATE;
        Http.Res made = tenant.post(tenant.get(fixture.vdc).link("add", instantiate), instantiate,
                "<InstantiateVAppTemplateParams xmlns=\"" + Http.NS + "\" name=\"from-copy-" + suffix() + "\"><Source "
                        + "href=\"" + copy.attr("href") + "\"/><AllEULAsAccepted>true</AllEULAsAccepted>"
                        + "</InstantiateVAppTemplateParams>");
        assertThat(made.status).as(made.body).isEqualTo(201);
        assertThat(tenant.awaitTask(made).attr("status")).isEqualTo("success");

        assertThat(post(from, "move", source, null).status).as("already there").isEqualTo(400);
        assertThat(post(to, "move", source, null).status).as("the copy has the name").isEqualTo(400);
        Http.Res moved = tenant.awaitTask(post(to, "move", source, "app-moved"));
        assertThat(moved.attr("status")).as(moved.body).isEqualTo("success");
        assertThat(moved.attr("operationName")).as("vCD's one operation for both").isEqualTo("vdcCopyTemplate");
        assertThat(itemNames(from)).doesNotContain("app", "app-moved");
        assertThat(itemNames(to)).containsExactlyInAnyOrder("app", "app-moved");
        Http.Res item = itemNamed(to, "app-moved");
        assertThat(item.attr("href")).as("the same item").isEqualTo(tenant.get(source).attr("href"));
        assertThat(item.child("Entity").getAttribute("href")).isEqualTo(fixture.template);
    }

    /** Only a user who may manage catalog items copies or moves them. */
    @Test
    void aVAppUserNeitherCopiesNorMoves() throws Exception {
        TemplateFixture fixture = TemplateFixture.ready(tenant);
        String source = tenant.get(fixture.template).link("catalogItem", "application/vnd.vmware.vcloud.catalogItem+xml");
        Http.Res to = Sim.readyCatalog(tenant, "to-" + suffix());
        Http user = Sim.userWithRole(tenant, vcd.httpUrl(), "vApp User");
        Http.Res refused = user.post(to.link("copy", PARAMS), PARAMS, "<CopyOrMoveCatalogItemParams xmlns=\""
                + Http.NS + "\"><Source href=\"" + source + "\"/></CopyOrMoveCatalogItemParams>");
        assertThat(refused.status).isEqualTo(403);
        assertThat(itemNames(to)).isEmpty();
    }
}

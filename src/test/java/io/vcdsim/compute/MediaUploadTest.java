package io.vcdsim.compute;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Media upload as pyvcloud's Org.upload_media does it: POST Media, then chunked PUTs with Content-Range. */
class MediaUploadTest {
    static final String MEDIA = "application/vnd.vmware.vcloud.media+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;

    @BeforeAll
    static void logIn() {
        tenant = Sim.tenant(vcd.sim());
    }

    static Http.Res catalog(String name) {
        return Sim.readyCatalog(tenant, name);
    }

    static Http.Res startUpload(Http.Res catalog, String name, long size) {
        Http.Res item = tenant.post(catalog.link("add", MEDIA), MEDIA, "<Media xmlns=\"" + Http.NS + "\" name=\""
                + name + "\" size=\"" + size + "\" imageType=\"iso\"><Description/></Media>");
        assertThat(item.status).as(item.body).isEqualTo(201);
        return item;
    }

    /** The first File's first Link, exactly where pyvcloud looks for the upload URL. */
    static String uploadHref(Http.Res media) {
        Element file = Http.Res.children(media.child("Files"), "File").get(0);
        Element link = Http.Res.children(file, "Link").get(0);
        assertThat(link.getAttribute("rel")).isEqualTo("upload:default");
        return link.getAttribute("href");
    }

    static Http.Res put(String href, byte[] bytes, int from, int to, long total) {
        return tenant.send(tenant.request(href).header("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + total)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(bytes, from, to))));
    }

    @Test
    void chunksArriveByteForByteAndTheTaskFollowsThem() throws Exception {
        byte[] iso = new byte[2_500_000];
        new Random(42).nextBytes(iso);
        Http.Res catalog = catalog("isos-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res item = startUpload(catalog, "debian.iso", iso.length);
        Http.Res media = tenant.get(item.child("Entity").getAttribute("href"));
        assertThat(media.attr("status")).isEqualTo("0");
        Element task = Http.Res.children(media.child("Tasks"), "Task").get(0);
        assertThat(task.getAttribute("operationName")).isEqualTo("vdcUploadMedia");
        assertThat(task.getAttribute("status")).isEqualTo("running");
        String href = uploadHref(media);

        Http.Res first = put(href, iso, 0, 1_000_000, iso.length);
        assertThat(first.status).isEqualTo(200);
        Http.Res during = tenant.get(task.getAttribute("href"));
        assertThat(during.attr("status")).isEqualTo("running");
        assertThat(during.childText("Progress")).isEqualTo("40");
        Element file = Http.Res.children(tenant.get(media.attr("href")).child("Files"), "File").get(0);
        assertThat(file.getAttribute("bytesTransferred")).isEqualTo("1000000");

        Http.Res gap = put(href, iso, 2_000_000, 2_500_000, iso.length);
        assertThat(gap.status).isEqualTo(416);
        assertThat(gap.raw.headers().firstValue("Connection")).as("the refused chunk was read to its end, so the "
                + "connection is not reset under the answer").isEmpty();
        Http.Res wrongTotal = put(href, iso, 1_000_000, 2_000_000, iso.length + 1);
        assertThat(wrongTotal.status).isEqualTo(400);
        Http.Res again = put(href, iso, 0, 1_000_000, iso.length); // a retried chunk changes nothing
        assertThat(again.status).isEqualTo(200);
        assertThat(put(href, iso, 1_000_000, 2_000_000, iso.length).status).isEqualTo(200);
        assertThat(put(href, iso, 2_000_000, 2_500_000, iso.length).status).isEqualTo(200);

        assertThat(tenant.awaitTask(media).attr("status")).isEqualTo("success");
        Http.Res ready = tenant.get(media.attr("href"));
        assertThat(ready.attr("status")).isEqualTo("1");
        UUID fileId = UUID.fromString(href.substring(href.indexOf("/transfer/") + 10, href.lastIndexOf('/')));
        assertThat(Files.readAllBytes(vcd.dataDir().resolve("transfer").resolve(fileId.toString()))).isEqualTo(iso);
        assertThat(put(href, iso, 0, 10, iso.length).status).as("nothing is missing any more").isEqualTo(416);

        // pyvcloud's download_catalog_item: a media with Files needs no enabling; GET the File's link
        Element readyFile = Http.Res.children(ready.child("Files"), "File").get(0);
        Http.Res download = tenant.get(Http.Res.children(readyFile, "Link").get(0).getAttribute("href"));
        assertThat(download.status).isEqualTo(200);
        assertThat(download.raw.body()).isEqualTo(iso);

        // the record pyvcloud's and vcd-cli's media listings read
        Element record = tenant.get("/api/query?type=media&format=records&filter=name==debian.iso")
                .children("MediaRecord").get(0);
        assertThat(record.getAttribute("isIso")).isEqualTo("true");
        assertThat(record.getAttribute("vdcName")).isEqualTo("acme-vdc");
        assertThat(record.getAttribute("storageProfileName")).isEqualTo("*");
        assertThat(record.getAttribute("isPublished")).isEqualTo("false");
        assertThat(record.getAttribute("ownerName")).as("who uploaded it").isEqualTo("acmeadmin");
        assertThat(record.getAttribute("isInCatalog")).isEqualTo("true");
        assertThat(record.getAttribute("isVdcEnabled")).isEqualTo("true");
        assertThat(record.getAttribute("taskStatusName")).isEqualTo("vdcUploadMedia");
        assertThat(record.getAttribute("taskStatus")).isEqualTo("success");

        // listed in its catalog, found by name the way pyvcloud's get_catalog_item does
        Http.Res listed = tenant.get(catalog.attr("href"));
        Element ref = Http.Res.children(listed.child("CatalogItems"), "CatalogItem").get(0);
        assertThat(ref.getAttribute("name")).isEqualTo("debian.iso");
        assertThat(tenant.get(ref.getAttribute("href")).child("Entity").getAttribute("href"))
                .isEqualTo(media.attr("href"));

        Http.Res notEmpty = tenant.delete(catalog.attr("href").replace("/api/", "/api/admin/"));
        assertThat(notEmpty.status).isEqualTo(400);
        assertThat(notEmpty.attr("message")).startsWith("You must remove all items from catalog");
        Http.Res deleted = tenant.delete(ref.getAttribute("href") + "?force=False&recursive=False");
        assertThat(deleted.status).as(deleted.body).isEqualTo(202);
        assertThat(tenant.awaitTask(deleted).attr("status")).isEqualTo("success");
        assertThat(tenant.get(media.attr("href")).status).isEqualTo(403);
        assertThat(vcd.dataDir().resolve("transfer").resolve(fileId.toString())).doesNotExist();
        assertThat(tenant.get(catalog.attr("href")).child("CatalogItems").getChildNodes().getLength()).isZero();
    }

    /**
     * pyvcloud's catalog teardown deletes the items, then at once the catalog, without waiting: an item leaves
     * its catalog when its deletion is accepted, and comes back if that deletion is canceled.
     */
    @Test
    void aDeletedItemLeavesItsCatalogAtOnceAndComesBackWhenTheDeletionIsCanceled() {
        Http admin = Sim.admin(vcd.sim());
        Http.Res catalog = catalog("teardown-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res item = startUpload(catalog, "small.iso", 10);
        Http.Res media = tenant.get(item.child("Entity").getAttribute("href"));
        assertThat(put(uploadHref(media), new byte[10], 0, 10, 10).status).isEqualTo(200);
        assertThat(tenant.awaitTask(media).attr("status")).isEqualTo("success");
        String adminCatalog = catalog.attr("href").replace("/api/", "/api/admin/");
        assertThat(admin.send(admin.request("/api/vcdsim/simulation").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"durations\": {\"vdcDeleteMedia\": \"PT60S\"}}")))
                .status).isEqualTo(200);
        try {
            Http.Res deleting = tenant.delete(item.attr("href") + "?force=False&recursive=False");
            assertThat(deleting.status).as(deleting.body).isEqualTo(202);
            assertThat(tenant.get(catalog.attr("href")).child("CatalogItems").getChildNodes().getLength()).isZero();
            assertThat(tenant.get(item.attr("href")).status).isEqualTo(403);
            assertThat(tenant.post(deleting.attr("href") + "/action/cancel", null, null).status).isEqualTo(204);
            assertThat(tenant.awaitTask(deleting).attr("status")).isEqualTo("canceled");
            assertThat(tenant.get(item.attr("href")).child("Entity").getAttribute("href")).isEqualTo(media.attr("href"));
            assertThat(tenant.delete(adminCatalog).attr("message")).startsWith("You must remove all items");

            Http.Res again = tenant.delete(item.attr("href") + "?force=False&recursive=False");
            Http.Res catalogDeleted = tenant.delete(adminCatalog + "?force=False&recursive=False");
            assertThat(catalogDeleted.status).as(catalogDeleted.body).isEqualTo(202);
            assertThat(tenant.awaitTask(catalogDeleted).attr("status")).isEqualTo("success");
            assertThat(tenant.get(media.attr("href")).status).as("still being deleted").isEqualTo(200);
            assertThat(tenant.post(again.attr("href") + "/action/cancel", null, null).status).isEqualTo(204);
            assertThat(tenant.awaitTask(again).attr("status")).isEqualTo("canceled");
            assertThat(tenant.get(media.attr("href")).status).as("its catalog is gone: in none").isEqualTo(200);
        } finally {
            admin.send(admin.request("/api/vcdsim/simulation").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        }
    }

    @Test
    void aCanceledUploadLeavesNothingBehind() {
        Http.Res catalog = catalog("canceled-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res item = startUpload(catalog, "half.iso", 1000);
        Http.Res media = tenant.get(item.child("Entity").getAttribute("href"));
        String href = uploadHref(media);
        assertThat(put(href, new byte[1000], 0, 400, 1000).status).isEqualTo(200);
        String task = Http.Res.children(media.child("Tasks"), "Task").get(0).getAttribute("href");
        assertThat(tenant.post(task + "/action/cancel", null, null).status).isEqualTo(204);
        assertThat(tenant.awaitTask(media).attr("status")).isEqualTo("canceled");
        assertThat(tenant.get(media.attr("href")).status).isEqualTo(403);
        assertThat(tenant.get(catalog.attr("href")).child("CatalogItems").getChildNodes().getLength()).isZero();
        UUID fileId = UUID.fromString(href.substring(href.indexOf("/transfer/") + 10, href.lastIndexOf('/')));
        assertThat(vcd.dataDir().resolve("transfer").resolve(fileId.toString())).doesNotExist();
        assertThat(put(href, new byte[1000], 400, 1000, 1000).status).isEqualTo(404);
    }

    /** Catalog.QueryMediaList: the media of one catalog, by the catalog's href. */
    @Test
    void mediaAreFoundByTheirCatalog() {
        Http.Res one = catalog("media-by-catalog-" + UUID.randomUUID().toString().substring(0, 6));
        Http.Res other = catalog("media-elsewhere-" + UUID.randomUUID().toString().substring(0, 6));
        startUpload(one, "here.iso", 10);
        startUpload(other, "there.iso", 10);
        Http.Res found = tenant.get("/api/query?type=media&format=records&filter=catalog==" + one.attr("href"));
        assertThat(found.status).as(found.body).isEqualTo(200);
        assertThat(found.children("MediaRecord")).extracting(e -> e.getAttribute("name")).containsExactly("here.iso");
    }

    @Test
    void badUploadsAreRefused() {
        Http.Res catalog = catalog("bad-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(tenant.post(catalog.link("add", MEDIA), MEDIA, "<Media xmlns=\"" + Http.NS
                + "\" name=\"x.iso\" imageType=\"iso\"/>").status).as("no size").isEqualTo(400);
        assertThat(tenant.post(catalog.link("add", MEDIA), MEDIA, "<Media xmlns=\"" + Http.NS
                + "\" name=\"x.img\" size=\"10\" imageType=\"dvd\"/>").status).isEqualTo(400);
        Http.Res item = startUpload(catalog, "short.iso", 100);
        assertThat(startUpload(catalog, "other.iso", 1).status).isEqualTo(201);
        Http.Res twice = tenant.post(catalog.link("add", MEDIA), MEDIA, "<Media xmlns=\"" + Http.NS
                + "\" name=\"short.iso\" size=\"5\" imageType=\"iso\"/>");
        assertThat(twice.minor()).isEqualTo("DUPLICATE_NAME");

        String href = uploadHref(tenant.get(item.child("Entity").getAttribute("href")));
        Http.Res shortBody = tenant.send(tenant.request(href).header("Content-Range", "bytes 0-99/100")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[60])));
        assertThat(shortBody.status).isEqualTo(400);
        assertThat(shortBody.attr("message")).contains("60 bytes");
        assertThat(new Http(vcd.httpUrl()).send(new Http(vcd.httpUrl()).request(href)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[100]))).status).isEqualTo(401);
    }

    @Test
    void aContentRangeWithNumbersNoFileHasIsA400() {
        Http.Res catalog = catalog("huge-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Res media = tenant.get(startUpload(catalog, "small.iso", 10).child("Entity").getAttribute("href"));
        Http.Res r = tenant.send(tenant.request(uploadHref(media)).header("Content-Range",
                "bytes 0-9/99999999999999999999").PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[10])));
        assertThat(r.status).as(r.body).isEqualTo(400);
        assertThat(r.minor()).isEqualTo("BAD_REQUEST");
    }
}

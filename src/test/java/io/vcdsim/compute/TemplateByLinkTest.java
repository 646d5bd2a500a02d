package io.vcdsim.compute;

import com.sun.net.httpserver.HttpServer;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetSocketAddress;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vApp template uploaded by link, as go-vcloud-director's Catalog.UploadOvfByLink (terraform's ovf_url) asks:
 * vcdsim fetches the OVF and its files from a web server, here one the test runs.
 */
class TemplateByLinkTest {
    static final String PARAMS = TemplateUploadTest.PARAMS;
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static HttpServer web;
    static byte[] disk = new byte[300_000];
    static String catalogAdd;

    @BeforeAll
    static void serveAnOvf() throws Exception {
        tenant = Sim.tenant(vcd.sim());
        new Random(7).nextBytes(disk);
        byte[] ovf = TemplateUploadTest.ovf();
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/ovf/two-vms.ovf", e -> {
            e.sendResponseHeaders(200, ovf.length);
            e.getResponseBody().write(ovf);
            e.close();
        });
        web.createContext("/ovf/disk-0.vmdk", e -> {
            e.sendResponseHeaders(200, disk.length);
            e.getResponseBody().write(disk);
            e.close();
        });
        web.start();
        Http.Res created = Sim.createCatalog(tenant, "by-link-" + UUID.randomUUID().toString().substring(0, 8));
        tenant.awaitTask(created);
        catalogAdd = tenant.get(created.attr("href").replace("/api/admin/", "/api/")).link("add", PARAMS);
    }

    @AfterAll
    static void stop() {
        web.stop(0);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + path;
    }

    /** The upload task of the template named {@code name}, once it has ended (it may end before a first look). */
    static Http.Res uploadTask(String name) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            var records = tenant.get("/api/query?type=task&format=records&filter=objectName==" + name)
                    .children("TaskRecord");
            if (!records.isEmpty()) {
                return tenant.awaitTask(tenant.get(records.get(0).getAttribute("href")));
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no upload task for " + name);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What UploadOvfByLink posts. */
    static Http.Res byLink(String name, String sourceHref) {
        return tenant.post(catalogAdd, PARAMS, "<UploadVAppTemplateParams xmlns=\"" + Http.NS + "\" name=\"" + name
                + "\" sourceHref=\"" + sourceHref + "\"><Description>from a link</Description>"
                + "</UploadVAppTemplateParams>");
    }

    @Test
    void theOvfAndItsFilesAreFetchedAndTheTemplateIsReady() {
        Http.Res item = byLink("linked", url("/ovf/two-vms.ovf"));
        assertThat(item.status).as(item.body).isEqualTo(201);
        String templateHref = item.child("Entity").getAttribute("href");
        Http.Res task = uploadTask("linked");
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        Http.Res template = tenant.get(templateHref);
        assertThat(template.attr("status")).isEqualTo("8");
        assertThat(template.attr("ovfDescriptorUploaded")).isEqualTo("true");
        assertThat(Http.Res.children(template.child("Children"), "Vm")).hasSize(2);
        // the file as the web server had it, byte for byte
        Http.Res download = tenant.get(templateHref.substring(0, templateHref.indexOf("/api/"))
                + "/transfer/" + templateHref.substring(templateHref.lastIndexOf("vappTemplate-") + 13)
                + "/disk-0.vmdk");
        assertThat(download.status).isEqualTo(200);
        assertThat(download.raw.body()).isEqualTo(disk);
    }

    @Test
    void anUnreadableLinkFailsTheTaskWithTheReason() {
        Http.Res item = byLink("missing", url("/ovf/nothing-here.ovf"));
        assertThat(item.status).isEqualTo(201);
        String templateHref = item.child("Entity").getAttribute("href");
        Http.Res task = uploadTask("missing");
        assertThat(task.attr("status")).isEqualTo("error");
        assertThat(task.child("Error").getAttribute("message")).contains("nothing-here.ovf").contains("404");
        assertThat(tenant.get(templateHref).attr("status")).isEqualTo("-1");
    }

    /** The server fetches files only next to the descriptor: an OVF naming another host's URL fails. */
    @Test
    void anOvfNamingFilesElsewhereFails() throws Exception {
        byte[] elsewhere = new String(TemplateUploadTest.ovf(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("ovf:href=\"disk-0.vmdk\"", "ovf:href=\"http://169.254.169.254/latest/meta-data\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        web.createContext("/elsewhere/two-vms.ovf", e -> {
            e.sendResponseHeaders(200, elsewhere.length);
            e.getResponseBody().write(elsewhere);
            e.close();
        });
        assertThat(byLink("elsewhere", url("/elsewhere/two-vms.ovf")).status).isEqualTo(201);
        Http.Res task = uploadTask("elsewhere");
        assertThat(task.attr("status")).isEqualTo("error");
        assertThat(task.child("Error").getAttribute("message")).contains("plain ovf:href file name");
    }

    @Test
    void aLinkThatIsNoHttpUrlIsRefusedAndMakesNothing() {
        for (String bad : new String[]{"", "ftp://127.0.0.1/x.ovf", "not a url", "file:///etc/passwd",
                "http://user:secret@127.0.0.1/x.ovf"}) {
            Http.Res r = byLink("bad-" + UUID.randomUUID().toString().substring(0, 8), bad);
            assertThat(r.status).as(bad).isEqualTo(400);
            assertThat(r.attr("message")).contains("sourceHref");
        }
    }
}

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
import static io.vcdsim.extension.ServiceParts.RECORDS;
import static io.vcdsim.extension.ServiceParts.VMEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API definitions with their file descriptors: registered by system administrators (with files inline or one by
 * one), read by every user at /api/apidefinition with {baseUri} replaced, found by the apiDefinition and
 * fileDescriptor queries, refused when incomplete, and gone with their service.
 */
class ApiDefinitionTest {
    static final String DEFINITION = "application/vnd.vmware.admin.apiDefinition+xml";
    static final String FILE = "application/vnd.vmware.admin.fileDescriptor+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void start() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    static String definition(String name, String entryPoint, String files) {
        return "<vmext:ApiDefinition xmlns:vcloud=\"" + NS + "\" xmlns:vmext=\"" + VMEXT + "\" name=\"" + name + "\">"
                + "<vcloud:Description>Load balancing</vcloud:Description><vmext:EntryPoint>" + entryPoint
                + "</vmext:EntryPoint><vmext:Namespace>com.example.lb</vmext:Namespace><vmext:ApiVendor>Example"
                + "</vmext:ApiVendor><vmext:SupportedApiVersions><vmext:Version>1.0</vmext:Version><vmext:Version>2.0"
                + "</vmext:Version></vmext:SupportedApiVersions>" + files + "</vmext:ApiDefinition>";
    }

    /** A FileDescriptor with its File in the vmext namespace, as vCD's request examples write it. */
    static String file(String name, String href) {
        return "<vmext:FileDescriptor xmlns:vmext=\"" + VMEXT + "\"><vmext:Description>descriptors</vmext:Description>"
                + "<vmext:File name=\"" + name + "\" type=\"application/zip\" href=\"" + href + "\"/></vmext:FileDescriptor>";
    }

    @Test
    void definitionIsRegisteredWithItsFilesAndReadByUsersWithBaseUriReplaced() {
        Http.Res service = ServiceParts.service(admin, "lb", "com.example.lb", false);
        Http.Res created = admin.post(service.link("add", DEFINITION), DEFINITION, definition("lbApi",
                "{baseUri}loadBalancer", "<vmext:Files>" + file("d1", "{baseUri}lb/d1.zip") + "</vmext:Files>"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(created.contentType()).startsWith(DEFINITION);
        assertThat(created.attr("href")).contains("/api/admin/extension/service/apidefinition/");
        assertThat(created.vmextText("EntryPoint")).isEqualTo("{baseUri}loadBalancer");
        Element files = Http.Res.children(created.root(), VMEXT, "Files").get(0);
        Element descriptor = Http.Res.children(files, VMEXT, "FileDescriptor").get(0);
        assertThat(Http.Res.children(descriptor, NS, "File").get(0).getAttribute("name")).isEqualTo("d1");

        Http.Res added = admin.post(created.link("add", FILE), FILE, file("d2", "https://files.example/d2.zip"));
        assertThat(added.status).as(added.body).isEqualTo(201);
        assertThat(added.attr("href")).contains("/api/admin/extension/service/file/");
        assertThat(admin.get(created.link("down", RECORDS)).children("AdminFileDescriptorRecord"))
                .extracting(r -> r.getAttribute("name")).containsExactlyInAnyOrder("d1", "d2");

        String userHref = created.link("alternate", "application/vnd.vmware.vcloud.apidefinition+xml");
        Http.Res read = tenant.get(userHref);
        assertThat(read.status).as(read.body).isEqualTo(200);
        assertThat(read.root().getNamespaceURI()).isEqualTo(NS);
        assertThat(read.contentType()).startsWith("application/vnd.vmware.vcloud.apidefinition+xml");
        assertThat(read.childText("EntryPoint")).isEqualTo(vcd.httpUrl() + "/api/loadBalancer");
        assertThat(Http.Res.children(read.child("SupportedApiVersions"), "Version")).extracting(Element::getTextContent)
                .containsExactly("1.0", "2.0");
        List<Element> userFiles = tenant.get(read.link("down", RECORDS)).children("FileDescriptorRecord");
        assertThat(userFiles).extracting(r -> r.getAttribute("fileUrl"))
                .containsExactlyInAnyOrder("{baseUri}lb/d1.zip", "https://files.example/d2.zip");
        assertThat(tenant.get("/api/query?type=apiDefinition&format=records&filter=name==lbApi")
                .children("ApiDefinitionRecord")).singleElement().satisfies(r -> {
                    assertThat(r.getAttribute("entryPoint")).isEqualTo("{baseUri}loadBalancer");
                    assertThat(r.getAttribute("serviceNamespace")).isEqualTo("com.example.lb");
                });
        assertThat(tenant.get("/api/query?type=adminApiDefinition").status).isEqualTo(403);
        assertThat(tenant.get(created.attr("href")).status).isEqualTo(403);
    }

    @Test
    void incompleteDefinitionsAndFilesAreRefusedBeforeAnythingIsStored() {
        Http.Res service = ServiceParts.service(admin, "bad-api", "com.example.badapi", false);
        String add = service.link("add", DEFINITION);
        Http.Res noEntry = admin.post(add, DEFINITION, definition("a", "", ""));
        assertThat(noEntry.status).isEqualTo(400);
        assertThat(noEntry.body).contains("EntryPoint");
        Http.Res fileWithoutHref = admin.post(add, DEFINITION, definition("b", "{baseUri}b",
                "<vmext:Files>" + file("f", "") + "</vmext:Files>"));
        assertThat(fileWithoutHref.status).isEqualTo(400);
        Http.Res badVersion = admin.post(add, DEFINITION, definition("c", "{baseUri}c", "")
                .replace("<vmext:Version>1.0</vmext:Version>", "<vmext:Version>1,0</vmext:Version>"));
        assertThat(badVersion.status).isEqualTo(400);
        assertThat(tenant.post(add, DEFINITION, definition("d", "{baseUri}d", "")).status).isEqualTo(403);
        assertThat(admin.get(service.link("down:apiDefinitions", RECORDS)).children("AdminApiDefinitionRecord"))
                .isEmpty();
    }

    @Test
    void unregisteringTheServiceDeletesItsDefinitionsAndFiles() {
        Http.Res service = ServiceParts.service(admin, "gone-api", "com.example.goneapi", false);
        Http.Res created = admin.post(service.link("add", DEFINITION), DEFINITION, definition("gone", "{baseUri}g",
                "<vmext:Files>" + file("g", "https://files.example/g.zip") + "</vmext:Files>"));
        String fileHref = Http.Res.children(Http.Res.children(created.root(), VMEXT, "Files").get(0), VMEXT,
                "FileDescriptor").get(0).getAttribute("href");

        ServiceParts.unregister(admin, service);

        assertThat(admin.get(created.attr("href")).status).isEqualTo(403);
        assertThat(admin.get(fileHref).status).isEqualTo(403);
        assertThat(tenant.get(created.link("alternate", "application/vnd.vmware.vcloud.apidefinition+xml")).status)
                .isEqualTo(403);
    }

    @Test
    void definitionReadsAsJsonToo() {
        Http.Res service = ServiceParts.service(admin, "json-api", "com.example.jsonapi", false);
        Http.Res created = admin.post(service.link("add", DEFINITION), DEFINITION, definition("j", "{baseUri}j",
                "<vmext:Files>" + file("j", "https://files.example/j.zip") + "</vmext:Files>"));
        Http.Res json = admin.send(admin.request(created.attr("href")).setHeader("Accept",
                "application/*+json;version=38.0").GET());
        assertThat(json.status).as(json.body).isEqualTo(200);
        assertThat(json.json().toString()).contains("https://files.example/j.zip");
    }
}

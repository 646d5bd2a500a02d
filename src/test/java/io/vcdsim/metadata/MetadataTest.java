package io.vcdsim.metadata;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Metadata over HTTP, with the documents pyvcloud sends, on orgs, VDCs and catalogs. */
class MetadataTest {
    static final String METADATA = "application/vnd.vmware.vcloud.metadata+xml";
    static final String VALUE = "application/vnd.vmware.vcloud.metadata.value+xml";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    /** What pyvcloud's set_multiple_metadata posts (the odd type="xs:string" included). */
    static String entries(String domain, String visibility, String type, String... keyValues) {
        StringBuilder b = new StringBuilder("<Metadata xmlns=\"" + Http.NS + "\" xmlns:xsi=\"" + XSI + "\">");
        for (int i = 0; i < keyValues.length; i += 2) {
            b.append("<MetadataEntry type=\"xs:string\"><Domain visibility=\"").append(visibility).append("\">")
                    .append(domain).append("</Domain><Key>").append(keyValues[i]).append("</Key><TypedValue xsi:type=\"")
                    .append(type).append("\"><Value>").append(keyValues[i + 1]).append("</Value></TypedValue>")
                    .append("</MetadataEntry>");
        }
        return b.append("</Metadata>").toString();
    }

    static Http.Res done(Http who, Http.Res accepted) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        Http.Res task = who.awaitTask(accepted);
        assertThat(task.attr("status")).as(task.body).isEqualTo("success");
        return task;
    }

    static String orgHref() {
        return tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
    }

    static String typedValue(Element parent) {
        Element tv = Http.Res.children(parent, "TypedValue").get(0);
        return tv.getAttributeNS(XSI, "type") + ":" + Http.Res.children(tv, "Value").get(0).getTextContent();
    }

    @Test
    void aTenantSetsReadsChangesAndRemovesValuesOnItsOrg() {
        String key = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        String metadata = tenant.get(orgHref()).link("down", METADATA);
        Http.Res empty = tenant.get(metadata);
        assertThat(empty.attr("href")).isEqualTo(metadata);
        String add = empty.link("add", METADATA);

        Http.Res task = done(tenant, tenant.post(add, METADATA, entries("GENERAL", "READWRITE", "MetadataStringValue",
                key, "alice", key + "-n", "7")));
        assertThat(task.attr("operationName")).isEqualTo("metadataUpdate");
        Http.Res all = tenant.get(metadata);
        List<Element> mine = all.children("MetadataEntry").stream()
                .filter(e -> Http.Res.children(e, "Key").get(0).getTextContent().startsWith(key)).toList();
        assertThat(mine).hasSize(2);
        // a GENERAL, READWRITE entry comes without its Domain, as vCD writes it
        assertThat(mine).allMatch(e -> Http.Res.children(e, "Domain").isEmpty());

        // GET <Metadata@href>/GENERAL/<key>, as pyvcloud builds it
        Http.Res value = tenant.get(metadata + "/GENERAL/" + key);
        assertThat(value.status).isEqualTo(200);
        assertThat(typedValue(value.root())).isEqualTo("MetadataStringValue:alice");
        assertThat(value.child("Domain").getAttribute("visibility")).isEqualTo("READWRITE");

        done(tenant, tenant.put(value.link("edit", VALUE), VALUE, "<MetadataValue xmlns=\"" + Http.NS
                + "\" xmlns:xsi=\"" + XSI + "\"><TypedValue xsi:type=\"MetadataNumberValue\"><Value>42</Value>"
                + "</TypedValue></MetadataValue>"));
        assertThat(typedValue(tenant.get(metadata + "/GENERAL/" + key).root())).isEqualTo("MetadataNumberValue:42");
        assertThat(typedValue(tenant.get(metadata + "/" + key).root())).as("the pre-5.1 URL without domain")
                .isEqualTo("MetadataNumberValue:42");

        Http.Res removed = done(tenant, tenant.delete(value.link("remove", null) + "?force=False&recursive=False"));
        assertThat(removed.attr("operationName")).isEqualTo("metadataDelete");
        assertThat(tenant.get(metadata + "/GENERAL/" + key).status).isEqualTo(403);
    }

    @Test
    void badValuesAreRefusedBeforeAnyTaskAndChangeNothing() {
        String metadata = tenant.get(orgHref()).link("down", METADATA);
        Http.Res notANumber = tenant.post(metadata, METADATA, entries("GENERAL", "READWRITE", "MetadataNumberValue",
                "count", "many"));
        assertThat(notANumber.status).isEqualTo(400);
        assertThat(notANumber.attr("message")).contains("MetadataNumberValue");
        Http.Res badDate = tenant.post(metadata, METADATA, entries("GENERAL", "READWRITE", "MetadataDateTimeValue",
                "when", "yesterday"));
        assertThat(badDate.status).isEqualTo(400);
        assertThat(tenant.post(metadata, METADATA, entries("GENERAL", "READONLY", "MetadataStringValue", "k", "v"))
                .status).isEqualTo(400);
        assertThat(tenant.post(metadata, METADATA, entries("SYSTEM", "READONLY", "MetadataStringValue", "k", "v"))
                .status).isEqualTo(403);
        assertThat(tenant.get(metadata).children("MetadataEntry")).extracting(e -> Http.Res.children(e, "Key").get(0)
                .getTextContent()).doesNotContain("count", "when", "k");
    }

    @Test
    void systemEntriesAreReadOnlyOrHiddenForTenants() {
        Http.Res catalog = Sim.createCatalog(tenant, "tagged-" + UUID.randomUUID().toString().substring(0, 8));
        tenant.awaitTask(catalog);
        String adminMetadata = catalog.attr("href") + "/metadata"; // the AdminCatalog's admin URL
        done(admin, admin.post(adminMetadata, METADATA, entries("SYSTEM", "READONLY", "MetadataBooleanValue",
                "approved", "true")));
        done(admin, admin.post(adminMetadata, METADATA, entries("SYSTEM", "PRIVATE", "MetadataStringValue",
                "cost-center", "cc-9")));

        String userMetadata = tenant.get(catalog.attr("href").replace("/api/admin/", "/api/")).link("down", METADATA);
        List<Element> seen = tenant.get(userMetadata).children("MetadataEntry");
        assertThat(seen).extracting(e -> Http.Res.children(e, "Key").get(0).getTextContent())
                .containsExactly("approved");
        assertThat(Http.Res.children(seen.get(0), "Link")).extracting(l -> l.getAttribute("rel"))
                .doesNotContain("edit", "remove");
        assertThat(tenant.get(userMetadata + "/SYSTEM/cost-center").status).isEqualTo(403);
        assertThat(tenant.delete(userMetadata + "/SYSTEM/approved").status).isEqualTo(403);
        assertThat(admin.get(adminMetadata).children("MetadataEntry")).hasSize(2);
        assertThat(typedValue(admin.get(adminMetadata + "/SYSTEM/approved").root()))
                .isEqualTo("MetadataBooleanValue:true");
    }

    @Test
    void vdcMetadataIsTheSameAtTheUserAndTheAdminUrl() {
        String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        String adminMetadata = vdc.replace("/api/vdc/", "/api/admin/vdc/") + "/metadata";
        Http.Res adminView = admin.get(adminMetadata);
        assertThat(adminView.link("add", METADATA)).isEqualTo(adminMetadata);
        done(admin, admin.post(adminMetadata, METADATA, entries("GENERAL", "READWRITE", "MetadataStringValue",
                "tier", "gold")));
        assertThat(typedValue(tenant.get(tenant.get(vdc).link("down", METADATA) + "/GENERAL/tier").root()))
                .isEqualTo("MetadataStringValue:gold");
        Http.Res json = tenant.send(tenant.request(vdc + "/metadata/GENERAL/tier")
                .setHeader("Accept", "application/*+json;version=36.0"));
        assertThat(json.body).contains("\"_type\":\"MetadataStringValue\"").contains("\"value\":\"gold\"");

        // a vApp Author reads the VDC's metadata but may not change it: no add or edit link (pyvcloud's
        // vdc_tests expect set_metadata to find none), and a POST is refused
        String roles = tenant.get("/api/query?type=role&format=records&filter=name==vApp%20Author")
                .children("RoleRecord").get(0).getAttribute("href");
        String org = orgHref().replace("/api/org/", "/api/admin/org/");
        String name = "author-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res user = tenant.post(org + "/users", "application/vnd.vmware.admin.user+xml", "<User xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><IsEnabled>true</IsEnabled><Role href=\"" + roles
                + "\"/><Password>author-pass-1</Password></User>");
        assertThat(user.status).as(user.body).isEqualTo(201);
        Http author = new Http(vcd.httpUrl()).login(name, "acme", "author-pass-1");
        Http.Res readOnly = author.get(vdc + "/metadata");
        assertThat(readOnly.status).isEqualTo(200);
        assertThat(readOnly.children("Link").stream().map(l -> l.getAttribute("rel"))).doesNotContain("add");
        assertThat(readOnly.children("MetadataEntry")).isNotEmpty().allSatisfy(e -> assertThat(
                Http.Res.children(e, "Link").stream().map(l -> l.getAttribute("rel"))).doesNotContain("edit", "remove"));
        assertThat(author.post(vdc + "/metadata", METADATA, entries("GENERAL", "READWRITE", "MetadataStringValue",
                "tier", "tin")).status).isEqualTo(403);
        assertThat(tenant.get(vdc + "/metadata").link("add", METADATA)).isEqualTo(vdc + "/metadata");
    }
}

package io.vcdsim.query;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acmeAdmin;
    static String vappUserRole;

    @BeforeAll
    static void usersToQuery() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        acmeAdmin = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        vappUserRole = tenant.get("/api/query?type=role&format=records&filter=name==vApp%20User")
                .children("RoleRecord").get(0).getAttribute("href");
        for (int i = 1; i <= 30; i++) {
            String name = String.format("user%02d", i);
            Http.Res r = tenant.post(acmeAdmin + "/users", "application/vnd.vmware.admin.user+xml",
                    "<User xmlns=\"" + Http.NS + "\" name=\"" + name + "\"><FullName>" + (i % 2 == 0 ? "Even" : "Odd")
                            + " (" + i + ")</FullName><IsEnabled>" + (i % 3 != 0) + "</IsEnabled><StoredVmQuota>" + i
                            + "</StoredVmQuota><Role href=\"" + vappUserRole + "\"/><Password>pw</Password></User>");
            assertThat(r.status).as(r.body).isEqualTo(201);
        }
    }

    static List<String> names(Http.Res r, String element) {
        List<String> out = new ArrayList<>();
        for (Element e : r.children(element)) {
            out.add(e.getAttribute("name"));
        }
        return out;
    }

    @Test
    void queryListHasEveryTypeInEveryFormatWithHrefsReadyForParameters() {
        Http.Res list = admin.get("/api/query");
        assertThat(list.root().getLocalName()).isEqualTo("QueryList");
        List<String> pairs = new ArrayList<>();
        for (Element l : list.children("Link")) {
            assertThat(l.getAttribute("href")).contains("?type=");
            pairs.add(l.getAttribute("name") + " " + l.getAttribute("type"));
        }
        for (String t : List.of("organization", "user", "adminUser", "role", "adminRole", "orgVdc", "adminOrgVdc",
                "catalog", "adminCatalog")) {
            for (String f : List.of("records", "idrecords", "references")) {
                assertThat(pairs).contains(t + " application/vnd.vmware.vcloud.query." + f + "+xml");
            }
        }
        // a vApp User has no admin queries, nor organization, which vCD offers administrators only (pyvcloud's
        // search tests expect it missing)
        Http user = new Http(vcd.httpUrl()).login("user01", "acme", "pw");
        assertThat(user.get("/api/query").links("down", "application/vnd.vmware.vcloud.query.records+xml"))
                .extracting(e -> e.getAttribute("name")).doesNotContain("adminUser", "user", "organization")
                .contains("vApp", "vm");
        assertThat(user.get("/api/query?type=adminUser").status).isEqualTo(403);
        assertThat(user.get("/api/query?type=organization").status).isEqualTo(403);
    }

    /** Every type the list offers runs, in each of its formats (pyvcloud's search tests run them all). */
    @Test
    void everyListedQueryRuns() {
        for (Element l : admin.get("/api/query").children("Link")) {
            Http.Res r = admin.get(l.getAttribute("href"));
            assertThat(r.status).as(l.getAttribute("href") + ": " + r.body).isEqualTo(200);
            assertThat(r.root().getLocalName()).isIn("QueryResultRecords", "QueryResultReferences");
        }
    }

    static void metadata(String href, String key, String type, String value) {
        String valueType = "application/vnd.vmware.vcloud.metadata.value+xml";
        Http.Res task = tenant.put(href + "/metadata/GENERAL/" + key, valueType, "<MetadataValue xmlns=\"" + Http.NS
                + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><TypedValue xsi:type=\"" + type
                + "\"><Value>" + value + "</Value></TypedValue></MetadataValue>");
        assertThat(tenant.awaitTask(task).attr("status")).as(task.body).isEqualTo("success");
    }

    static List<String> names(Http.Res r) {
        return r.children("CatalogRecord").stream().map(e -> e.getAttribute("name")).toList();
    }

    /**
     * go-vcloud-director's SearchByFilter: {@code metadata:key==TYPE:value} filters, and {@code fields} that ask for
     * metadata, which each record then carries.
     */
    @Test
    void recordsAreFilteredByTheirMetadataAndCarryTheMetadataTheirFieldsAskFor() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        String gold = Sim.readyCatalog(tenant, "gold-" + suffix).attr("href");
        String silver = Sim.readyCatalog(tenant, "silver-" + suffix).attr("href");
        metadata(gold, "tier", "MetadataStringValue", "gold");
        metadata(gold, "size", "MetadataNumberValue", "30");
        metadata(silver, "tier", "MetadataStringValue", "silver");
        metadata(silver, "size", "MetadataNumberValue", "4");
        String mine = "name==*-" + suffix;

        assertThat(names(tenant.get("/api/query?type=catalog&filter=" + mine + ";metadata:tier==STRING:gold")))
                .containsExactly("gold-" + suffix);
        assertThat(names(tenant.get("/api/query?type=catalog&filter=" + mine + ";metadata:size=gt=NUMBER:5")))
                .as("compared as numbers, not text").containsExactly("gold-" + suffix);
        assertThat(names(tenant.get("/api/query?type=catalog&sortAsc=name&filter=" + mine
                + ";metadata:tier==STRING:*l*"))).containsExactly("gold-" + suffix, "silver-" + suffix);
        assertThat(names(tenant.get("/api/query?type=catalog&filter=" + mine + ";metadata@SYSTEM:tier==STRING:gold")))
                .as("another domain").isEmpty();

        Http.Res withFields = tenant.get("/api/query?type=catalog&sortAsc=name&filter=" + mine
                + "&fields=name,metadata:tier,metadata:none,");
        assertThat(withFields.status).as(withFields.body).isEqualTo(200);
        Element first = withFields.children("CatalogRecord").get(0);
        assertThat(first.getAttribute("name")).isEqualTo("gold-" + suffix);
        assertThat(first.hasAttribute("isShared")).as("only the fields asked for").isFalse();
        Element entry = (Element) first.getElementsByTagNameNS(Http.NS, "MetadataEntry").item(0);
        assertThat(entry.getElementsByTagNameNS(Http.NS, "Key").item(0).getTextContent()).isEqualTo("tier");
        assertThat(entry.getElementsByTagNameNS(Http.NS, "Value").item(0).getTextContent()).isEqualTo("gold");
        assertThat(first.getElementsByTagNameNS(Http.NS, "MetadataEntry").getLength()).isEqualTo(1);

        for (String bad : new String[]{"metadata:tier==gold", "metadata:size==NUMBER:many", "metadata:==STRING:x",
                "metadata@OTHER:tier==STRING:x", "metadata:tier==BOOLEAN:maybe", "metadata:when==DATETIME:yesterday"}) {
            Http.Res r = tenant.get("/api/query?type=catalog&filter=" + bad);
            assertThat(r.status).as(bad).isEqualTo(400);
            assertThat(r.minor()).isEqualTo("BAD_REQUEST");
        }
        assertThat(tenant.get("/api/query?type=user&filter=metadata:tier==STRING:gold").status)
                .as("users carry no metadata").isEqualTo(400);
        assertThat(tenant.get("/api/query?type=user&fields=name,metadata:tier").status).isEqualTo(400);
    }

    @Test
    void filterSortAndPage() {
        Http.Res page1 = tenant.get("/api/query?type=user&format=records&filter=name==user*;isEnabled==true"
                + "&sortDesc=storedVMQuota&pageSize=8&page=1");
        assertThat(page1.attr("total")).isEqualTo("20");
        assertThat(names(page1, "UserRecord")).containsExactly("user29", "user28", "user26", "user25", "user23",
                "user22", "user20", "user19");
        String next = page1.link("nextPage", "application/vnd.vmware.vcloud.query.records+xml");
        assertThat(page1.links("previousPage", "application/vnd.vmware.vcloud.query.records+xml")).isEmpty();
        Http.Res page2 = tenant.get(next);
        assertThat(page2.attr("page")).isEqualTo("2");
        assertThat(names(page2, "UserRecord")).startsWith("user17", "user16");
        Http.Res last = tenant.get(page2.link("lastPage", "application/vnd.vmware.vcloud.query.records+xml"));
        assertThat(names(last, "UserRecord")).containsExactly("user05", "user04", "user02", "user01");
    }

    @Test
    void orBindsLooserThanAndAndParenthesesGroup() {
        Http.Res r = tenant.get("/api/query?type=user&format=records&filter=" + enc(
                "name==user01,name==user02;isEnabled==false") + "&sortAsc=name");
        assertThat(names(r, "UserRecord")).containsExactly("user01");
        Http.Res grouped = tenant.get("/api/query?type=user&format=records&filter=" + enc(
                "(name==user01,name==user03);isEnabled==false") + "&sortAsc=name");
        assertThat(names(grouped, "UserRecord")).containsExactly("user03");
        Http.Res range = tenant.get("/api/query?type=user&format=records&filter=" + enc(
                "storedVMQuota=ge=10;storedVMQuota=lt=13") + "&sortAsc=name");
        assertThat(names(range, "UserRecord")).containsExactly("user10", "user11", "user12");
        Http.Res not = tenant.get("/api/query?type=user&format=records&filter=" + enc("fullName!=Odd*;name==user0*")
                + "&sortAsc=name");
        assertThat(names(not, "UserRecord")).as(not.body).containsExactly("user02", "user04", "user06", "user08");
    }

    @Test
    void oldClientsDoubleEncodeAndNewOnesEscape() {
        // pyvcloud < 35.0: values quoted, then the whole filter quoted again, and filterEncoded=true
        String orgHref = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        String inner = "org==" + enc(orgHref) + ";fullName==" + enc("Even (2)");
        Http.Res old = tenant.get("/api/query?type=user&format=records&filterEncoded=true&filter=" + enc(inner));
        assertThat(names(old, "UserRecord")).containsExactly("user02");
        // 35.0+: single encoding, special characters escaped with a backslash
        Http.Res escaped = tenant.get("/api/query?type=user&format=records&filter="
                + enc("fullName==Even \\(4\\)"));
        assertThat(names(escaped, "UserRecord")).containsExactly("user04");
    }

    @Test
    void threeFormats() {
        String q = "/api/query?type=user&filter=name==user07&format=";
        Element rec = tenant.get(q + "records").children("UserRecord").get(0);
        assertThat(rec.getAttribute("href")).contains("/api/admin/user/");
        assertThat(rec.getAttribute("org")).startsWith(vcd.httpUrl() + "/api/org/");
        Element idrec = tenant.get(q + "idrecords").children("UserRecord").get(0);
        assertThat(idrec.getAttribute("id")).startsWith("urn:vcloud:user:");
        assertThat(idrec.getAttribute("org")).startsWith("urn:vcloud:org:");
        Http.Res refs = tenant.get(q + "references");
        assertThat(refs.root().getLocalName()).isEqualTo("QueryResultReferences");
        Element ref = refs.children("UserReference").get(0);
        assertThat(ref.getAttribute("name")).isEqualTo("user07");
        assertThat(ref.getAttribute("type")).isEqualTo("application/vnd.vmware.admin.user+xml");
        assertThat(ref.getAttribute("href")).isEqualTo(rec.getAttribute("href"));
        Element only = tenant.get(q + "records&fields=name,isEnabled").children("UserRecord").get(0);
        assertThat(only.hasAttribute("fullName")).isFalse();
        assertThat(only.getAttribute("isEnabled")).isEqualTo("true");
    }

    @Test
    void tenantsSeeOnlyTheirOwnRows() {
        assertThat(names(tenant.get("/api/query?type=organization&format=records"), "OrgRecord"))
                .containsExactly("acme");
        assertThat(names(admin.get("/api/query?type=adminOrganization&format=records"), "AdminOrgRecord"))
                .contains("System", "acme");
        Http.Res roles = admin.get("/api/query?type=adminRole&format=records&pageSize=100");
        assertThat(roles.attr("total")).isEqualTo("6");
        Http.Res tenantRoles = tenant.get("/api/query?type=adminRole&format=records&pageSize=100");
        assertThat(tenantRoles.attr("total")).isEqualTo("5");
    }

    @Test
    void badQueriesAreClear400s() {
        for (String q : List.of("type=nosuch", "type=user&filter=bogus==1", "type=user&filter=name=~x",
                "type=user&filter=" + enc("(name==a"), "type=user&filter=storedVMQuota==lots",
                "type=user&filter=isEnabled==maybe", "type=user&filter=org==nothing-like-a-ref",
                "type=user&sortAsc=nosuch", "type=user&pageSize=500", "type=user&page=0", "type=user&page=x",
                "type=user&format=xml", "type=user&fields=nosuch")) {
            Http.Res r = tenant.get("/api/query?" + q);
            assertThat(r.status).as(q).isEqualTo(400);
            assertThat(r.minor()).isEqualTo("BAD_REQUEST");
            assertThat(r.attr("message")).isNotBlank();
        }
        assertThat(tenant.get("/api/query?type=user&filter=" + enc("name==a") + "%2Fbad").status).isEqualTo(200);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

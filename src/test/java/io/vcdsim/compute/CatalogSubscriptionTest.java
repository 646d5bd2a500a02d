package io.vcdsim.compute;

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

/**
 * A catalog subscribed to another org's externally published catalog, as go-vcloud-director's
 * CreateCatalogFromSubscription, Sync and LaunchSynchronisation… drive it: made from an AdminCatalog carrying
 * ExternalCatalogSubscriptionParams, it takes copies of the publisher's items through its sync tasks and follows the
 * publisher's changes on the next sync; a subscription that cannot be made is refused with vCD's error codes and
 * leaves nothing.
 */
class CatalogSubscriptionTest {
    static final String ADMIN_CATALOG = "application/vnd.vmware.admin.catalog+xml";
    static final String ADMIN_ORG = "application/vnd.vmware.admin.organization+xml";
    static final String PASSWORD = "superUnknown";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http acme;
    static TemplateFixture fixture;
    /** The publisher's admin view and where it is published; the subscribing org's admin view. */
    static String publisher;
    static String feed;
    static String subscriberOrg;

    @BeforeAll
    static void publishedCatalogAndAnotherOrg() throws Exception {
        admin = Sim.admin(vcd.sim());
        acme = Sim.tenant(vcd.sim());
        fixture = TemplateFixture.ready(acme);
        String catalog = acme.get(itemOf(fixture.template)).link("up", "application/vnd.vmware.vcloud.catalog+xml");
        publisher = catalog.replace("/api/catalog/", "/api/admin/catalog/");
        String org = acme.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/org/", "/api/admin/org/");
        String general = "application/vnd.vmware.admin.organizationGeneralSettings+xml";
        assertThat(admin.put(org + "/settings/general", general, admin.get(org + "/settings/general").body.replace(
                "<CanPublishExternally>false<", "<CanPublishExternally>true<")).status).isEqualTo(200);
        Http.Res published = acme.post(publisher + "/action/publishToExternalOrganizations",
                "application/vnd.vmware.admin.publishExternalCatalogParams+xml", "<PublishExternalCatalogParams xmlns=\""
                        + Http.NS + "\"><IsPublishedExternally>true</IsPublishedExternally><Password>" + PASSWORD
                        + "</Password></PublishExternalCatalogParams>");
        assertThat(published.status).as(published.body).isEqualTo(204);
        feed = acme.get(publisher).child("PublishExternalCatalogParams").getElementsByTagNameNS(Http.NS,
                "catalogPublishedUrl").item(0).getTextContent();
        Http.Res created = admin.post(admin.get("/api/admin").link("add", ADMIN_ORG), ADMIN_ORG, "<AdminOrg xmlns=\""
                + Http.NS + "\" name=\"subscriber-" + UUID.randomUUID().toString().substring(0, 8) + "\"><FullName>"
                + "Subscriber</FullName><IsEnabled>true</IsEnabled><Settings/></AdminOrg>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        subscriberOrg = created.attr("href");
    }

    static Http.Res subscribe(String name, String location, String password) {
        return admin.post(admin.get(subscriberOrg).link("add", ADMIN_CATALOG), ADMIN_CATALOG, "<AdminCatalog xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><ExternalCatalogSubscriptionParams><SubscribeToExternalFeeds>true"
                + "</SubscribeToExternalFeeds><Location>" + location + "</Location><Password>" + password
                + "</Password><LocalCopy>true</LocalCopy></ExternalCatalogSubscriptionParams></AdminCatalog>");
    }

    /** The task of this operation among those a document carries, waited for. */
    static Http.Res await(Http.Res withTasks, String operationName) {
        Element task = Http.Res.children(withTasks.child("Tasks"), "Task").stream()
                .filter(t -> t.getAttribute("operationName").equals(operationName)).findFirst().orElseThrow(() ->
                        new AssertionError("no " + operationName + " task in " + withTasks.body));
        return admin.awaitTask(admin.get(task.getAttribute("href")));
    }

    static String itemOf(String template) {
        return acme.get(template).link("catalogItem", "application/vnd.vmware.vcloud.catalogItem+xml");
    }

    static List<String> itemNames(String catalog) {
        return Http.Res.children(admin.get(catalog).child("CatalogItems"), "CatalogItem").stream()
                .map(e -> e.getAttribute("name")).sorted().toList();
    }

    @Test
    void aSubscribedCatalogCopiesThePublishersItemsAndFollowsItsChanges() {
        Http.Res created = subscribe("Subscriber", feed, PASSWORD);
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(await(created, "syncCatalog").attr("status")).isEqualTo("success");
        String subscribed = created.attr("href");

        Http.Res view = admin.get(subscribed);
        Element params = view.child("ExternalCatalogSubscriptionParams");
        assertThat(params.getElementsByTagNameNS(Http.NS, "Location").item(0).getTextContent()).isEqualTo(feed);
        assertThat(params.getElementsByTagNameNS(Http.NS, "Password").item(0).getTextContent()).isEqualTo("******");
        assertThat(params.getElementsByTagNameNS(Http.NS, "LocalCopy").item(0).getTextContent()).isEqualTo("true");
        assertThat(view.links("subscribeToExternalCatalog",
                "application/vnd.vmware.admin.externalCatalogSubscriptionParams+json")).hasSize(1);
        assertThat(view.links("add", "application/vnd.vmware.vcloud.media+xml")).as("nothing is added to it").isEmpty();
        String user = subscribed.replace("/api/admin/", "/api/");
        assertThat(view.link("sync", null)).isEqualTo(user + "/action/sync");

        // a copy of the publisher's template, ready, in the subscribing org, found by the query go-vcloud-director runs
        assertThat(itemNames(subscribed)).containsExactly("app");
        Element item = Http.Res.children(view.child("CatalogItems"), "CatalogItem").get(0);
        String template = admin.get(item.getAttribute("href")).child("Entity").getAttribute("href");
        assertThat(template).isNotEqualTo(fixture.template);
        assertThat(admin.get(template).attr("status")).isEqualTo("8");
        assertThat(admin.get("/api/query?type=adminVAppTemplate&format=records&filter=catalogName==Subscriber")
                .children("AdminVAppTemplateRecord")).extracting(e -> e.getAttribute("org"))
                .containsExactly(subscriberOrg.replace("/api/admin/org/", "/api/org/"));

        // the publisher gains an item and loses one: the next sync follows
        String catalog = publisher.replace("/api/admin/", "/api/");
        Http.Res copied = acme.post(catalog + "/action/copy",
                "application/vnd.vmware.vcloud.copyOrMoveCatalogItemParams+xml", "<CopyOrMoveCatalogItemParams xmlns=\""
                        + Http.NS + "\" name=\"app-2\"><Source href=\"" + itemOf(fixture.template) + "\"/></CopyOrMoveCatalogItemParams>");
        assertThat(acme.awaitTask(copied).attr("status")).isEqualTo("success");
        assertThat(admin.awaitTask(admin.post(user + "/action/sync", null, null)).attr("operationName"))
                .isEqualTo("syncCatalog");
        assertThat(itemNames(subscribed)).containsExactly("app", "app-2");
        String original = Http.Res.children(acme.get(catalog).child("CatalogItems"), "CatalogItem").stream()
                .filter(e -> e.getAttribute("name").equals("app-2")).findFirst().orElseThrow().getAttribute("href");
        assertThat(acme.awaitTask(acme.delete(original)).attr("status")).isEqualTo("success");
        assertThat(admin.awaitTask(admin.post(user + "/action/sync", null, null)).attr("status")).isEqualTo("success");
        assertThat(itemNames(subscribed)).containsExactly("app");

        // an item's own sync, as LaunchSynchronisationAllVappTemplates starts one per item
        Http.Res itemSync = admin.awaitTask(admin.post(item.getAttribute("href") + "/action/sync", null, null));
        assertThat(itemSync.attr("operationName")).isEqualTo("syncCatalogItem");
        assertThat(itemSync.attr("status")).isEqualTo("success");

        // its content is the publisher's: nothing is uploaded into it
        Http.Res upload = admin.post(user + "/action/upload", "application/vnd.vmware.vcloud.media+xml",
                "<Media xmlns=\"" + Http.NS + "\" name=\"iso\" imageType=\"iso\" size=\"10\"/>");
        assertThat(upload.status).as(upload.body).isEqualTo(400);
        assertThat(itemNames(subscribed)).containsExactly("app");

        assertThat(admin.awaitTask(admin.delete(subscribed + "?recursive=true&force=true")).attr("status"))
                .isEqualTo("success");
    }

    /** go-vcloud-director's testSubscribedCatalogWithInvalidParameters, and a wrong password. */
    @Test
    void aSubscriptionThatCannotBeMadeIsRefusedAndLeavesNothing() {
        String unknown = feed.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                "deadbeef-d72f-4a21-a4d2-4dc9e0b36555");
        String host = java.net.URI.create(feed).getHost();
        String[][] cases = {
                {unknown, PASSWORD, "404", "RESOURCE_NOT_FOUND"},
                {feed.replace(host, "fake.example.com"), PASSWORD, "400", "INVALID_URL_OR_PASSWORD"},
                {"not-an-URL", PASSWORD, "400", "UNKNOWN_ERROR"},
                {feed, "wrong", "400", "INVALID_URL_OR_PASSWORD"},
        };
        for (String[] c : cases) {
            Http.Res r = subscribe("Refused", c[0], c[1]);
            assertThat(r.status).as(c[0] + " " + r.body).isEqualTo(Integer.parseInt(c[2]));
            assertThat(r.minor()).as(c[0]).isEqualTo(c[3]);
        }
        assertThat(admin.get("/api/query?type=adminCatalog&format=records&filter=name==Refused")
                .children("AdminCatalogRecord")).isEmpty();

        Http.Res plain = Sim.createCatalog(admin, "Plain-" + UUID.randomUUID().toString()
                .substring(0, 8));
        Http.Res sync = admin.post(plain.attr("href").replace("/api/admin/", "/api/") + "/action/sync", null, null);
        assertThat(sync.status).as("a catalog that subscribes to nothing").isEqualTo(400);
    }
}

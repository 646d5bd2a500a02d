package io.vcdsim.extensibility;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering object extensions and assigning them to selectors at phases, as vCD's API 16.0 serves it. */
class ObjectExtensionRegistrationTest {
    static final String OBJECT = "application/vnd.vmware.admin.extensibility.object+xml";
    static final String OBJECTS = "application/vnd.vmware.admin.extensibility.objects+xml";
    static final String SELECTOR = "application/vnd.vmware.admin.extensibility.selector+xml";
    static final String SELECTORS = "application/vnd.vmware.admin.extensibility.selectors+xml";
    static final String BASE = "/api/admin/extension/object";
    static final String PLACEMENT = "urn:extensionPoint:vm:calculateSolution";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void clients() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    static String extension(String namespace, String exchange, String contentType, String... selectors) {
        StringBuilder s = new StringBuilder();
        for (String name : selectors) {
            s.append("<vmext:Selector name=\"").append(name).append("\"/>");
        }
        return "<vmext:ObjectExtension xmlns=\"" + Http.NS + "\" xmlns:vmext=\"" + Http.VMEXT + "\">"
                + "<vmext:Namespace>" + namespace + "</vmext:Namespace><vmext:Enabled>true</vmext:Enabled>"
                + (exchange == null ? "" : "<vmext:Exchange>" + exchange + "</vmext:Exchange>")
                + (contentType == null ? "" : "<vmext:ContentType>" + contentType + "</vmext:ContentType>")
                + "<vmext:Vendor>acme</vmext:Vendor>"
                + (selectors.length == 0 ? "" : "<vmext:Selectors>" + s + "</vmext:Selectors>")
                + "</vmext:ObjectExtension>";
    }

    /** A selector extension as the extension SDK's sample registers one. */
    static String selector(String objectExtensionId, int priority, String phase, String type, boolean optional) {
        return "<SelectorExtension xmlns=\"" + Http.NS + "\"><Enabled>true</Enabled><Priority>" + priority
                + "</Priority><ObjectExtensionId>" + objectExtensionId + "</ObjectExtensionId><Phases><Phase name=\""
                + phase + "\" type=\"" + type + "\" optional=\"" + optional + "\"/></Phases></SelectorExtension>";
    }

    static String idOf(Http.Res created) {
        String urn = created.attr("id");
        return urn.substring(urn.lastIndexOf(':') + 1);
    }

    @Test
    void anObjectExtensionIsRegisteredReadChangedAndDeleted() {
        Http.Res created = admin.post(BASE, OBJECT, extension("placement-crud", "crud-exchange", "JSON",
                "urn:selector:providerVdc", "urn:selector:organization"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(created.root().getNamespaceURI()).isEqualTo(Http.VMEXT);
        assertThat(created.root().getLocalName()).isEqualTo("ObjectExtension");
        assertThat(created.contentType()).startsWith(OBJECT);
        assertThat(created.attr("id")).startsWith("urn:vcloud:objectExtension:");
        assertThat(created.header("Location")).isEqualTo(created.attr("href"));
        assertThat(created.vmextText("Exchange")).isEqualTo("crud-exchange");
        assertThat(created.vmextText("ContentType")).isEqualTo("JSON");
        List<String> order = childNames(created.root(), Http.VMEXT);
        assertThat(order).containsExactly("Namespace", "Enabled", "Exchange", "ContentType", "Vendor", "Selectors");

        String href = created.attr("href");
        assertThat(admin.get(href).vmextText("Namespace")).isEqualTo("placement-crud");
        Http.Res list = admin.get(BASE);
        assertThat(list.contentType()).startsWith(OBJECTS);
        assertThat(list.body).contains("placement-crud");

        Http.Res changed = admin.put(href, OBJECT, extension("placement-crud", "other-exchange", null));
        assertThat(changed.status).as(changed.body).isEqualTo(200);
        assertThat(admin.get(href).vmextText("Exchange")).isEqualTo("other-exchange");
        assertThat(admin.get(href).vmextText("ContentType")).as("XML by default").isEqualTo("XML");

        assertThat(tenant.get(BASE).status).isEqualTo(403);
        assertThat(tenant.post(BASE, OBJECT, extension("t", "t", null)).status).isEqualTo(403);
        assertThat(admin.delete(href).status).isEqualTo(204);
        assertThat(admin.get(href).status).isEqualTo(403);
        assertThat(admin.get(BASE).body).doesNotContain("placement-crud");
    }

    @Test
    void badRegistrationsAreVCloudErrorsAndStoreNothing() {
        assertBad(admin.post(BASE, OBJECT, extension("bad-selector", "x", null, "urn:selector:vApp")),
                400, "BAD_REQUEST");
        assertBad(admin.post(BASE, OBJECT, extension("no-exchange", null, null)), 400, "BAD_REQUEST");
        assertBad(admin.post(BASE, OBJECT, extension("bad-type", "x", "YAML")), 400, "BAD_REQUEST");
        assertBad(admin.post(BASE, OBJECT, extension("n".repeat(256), "x", null)), 400, "BAD_REQUEST");
        assertBad(admin.post(BASE, OBJECT, extension("long-exchange", "e".repeat(256), null)), 400, "BAD_REQUEST");
        assertBad(admin.post(BASE, OBJECT, "<vmext:ObjectExtension xmlns:vmext=\"" + Http.VMEXT + "\"><vmext:Bogus/>"
                + "</vmext:ObjectExtension>"), 400, "BAD_REQUEST");
        assertThat(admin.post(BASE, OBJECT, extension("twice", "x", null)).status).isEqualTo(201);
        assertBad(admin.post(BASE, OBJECT, extension("twice", "y", null)), 400, "DUPLICATE_NAME");
        String list = admin.get(BASE).body;
        for (String namespace : List.of("bad-selector", "no-exchange", "bad-type", "long-exchange")) {
            assertThat(list).doesNotContain(namespace);
        }
        assertThat(list).containsOnlyOnce(">twice<");
    }

    @Test
    void selectorExtensionsAssignAnExtensionToAnyOrOneSelectorAtPhases() {
        Http.Res ext = admin.post(BASE, OBJECT, extension("assigned", "assigned-exchange", null,
                "urn:selector:providerVdc"));
        String id = idOf(ext);
        Http.Res any = admin.post("/api/admin/providervdcs/extension", SELECTOR, selector(id, 10, PLACEMENT, "BLOCKING",
                true));
        assertThat(any.status).as(any.body).isEqualTo(201);
        assertThat(any.root().getNamespaceURI()).isEqualTo(Http.NS);
        assertThat(any.contentType()).startsWith(SELECTOR);
        List<String> order = childNames(any.root(), Http.NS).stream().filter(n -> !n.equals("Link")).toList();
        assertThat(order).containsExactly("Enabled", "Priority", "ObjectExtensionId", "Phases");
        Element phase = Http.Res.children(any.child("Phases"), "Phase").get(0);
        assertThat(phase.getAttribute("name")).isEqualTo(PLACEMENT);
        assertThat(phase.getAttribute("type")).isEqualTo("blocking");
        assertThat(phase.getAttribute("optional")).isEqualTo("true");
        assertThat(any.childText("ObjectExtensionId")).isEqualTo(id);

        String pvdc = admin.get("/api/query?type=providerVdc&format=records&filter=name==pvdc-1")
                .children("VMWProviderVdcRecord").get(0).getAttribute("href");
        String pvdcId = pvdc.substring(pvdc.lastIndexOf('/') + 1);
        Http.Res one = admin.post("/api/admin/providervdcs/" + pvdcId + "/extension", SELECTOR,
                selector(ext.attr("id"), 5, PLACEMENT, "async", false));
        assertThat(one.status).as(one.body).isEqualTo(201);
        Http.Res atOne = admin.get("/api/admin/providervdcs/" + pvdcId + "/extension");
        assertThat(atOne.contentType()).startsWith(SELECTORS);
        assertThat(atOne.children("SelectorExtension")).hasSize(1);
        assertThat(admin.get("/api/admin/providervdcs/extension").children("SelectorExtension")).hasSize(1);
        assertThat(admin.get(ext.attr("href") + "/selectorExtensions").children("SelectorExtension")).hasSize(2);

        Http.Res changed = admin.put(any.attr("href"), SELECTOR, selector(id, 99, PLACEMENT, "async", false));
        assertThat(changed.status).as(changed.body).isEqualTo(200);
        assertThat(admin.get(any.attr("href")).childText("Priority")).isEqualTo("99");

        // refused, and nothing stored: a selector type the extension is not for, a bad phase, an unknown extension
        assertBad(admin.post("/api/admin/orgs/extension", SELECTOR, selector(id, 1, PLACEMENT, "blocking", false)),
                400, "BAD_REQUEST");
        assertBad(admin.post("/api/admin/providervdcs/extension", SELECTOR, selector(id, 1,
                "urn:extensionPoint:vm:teleport", "blocking", false)), 400, "BAD_REQUEST");
        assertBad(admin.post("/api/admin/providervdcs/extension", SELECTOR, selector(id, 1, PLACEMENT, "eventually",
                false)), 400, "BAD_REQUEST");
        assertBad(admin.post("/api/admin/providervdcs/extension", SELECTOR, selector(
                "d13bd664-ace0-4571-896b-99c02428e28c", 1, PLACEMENT, "blocking", false)), 400, "INVALID_REFERENCE");
        assertBad(admin.post("/api/admin/providervdcs/d13bd664-ace0-4571-896b-99c02428e28c/extension", SELECTOR,
                selector(id, 1, PLACEMENT, "blocking", false)), 403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(admin.get(ext.attr("href") + "/selectorExtensions").children("SelectorExtension")).hasSize(2);
        assertThat(tenant.get("/api/admin/providervdcs/extension").status).isEqualTo(403);

        assertThat(admin.delete(any.attr("href")).status).isEqualTo(204);
        assertThat(admin.get("/api/admin/providervdcs/extension").children("SelectorExtension")).isEmpty();
        assertThat(admin.delete(ext.attr("href")).status).isEqualTo(204);
        assertThat(admin.get(one.attr("href")).status).as("its selector extensions go with it").isEqualTo(403);
    }

    /** The local names of an element's children in a namespace, in document order. */
    static List<String> childNames(Element parent, String ns) {
        List<String> names = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI())) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    static void assertBad(Http.Res res, int status, String minor) {
        assertThat(res.status).as(res.body).isEqualTo(status);
        assertThat(res.root().getLocalName()).isEqualTo("Error");
        assertThat(res.minor()).isEqualTo(minor);
    }
}

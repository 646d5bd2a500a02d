package io.vcdsim.compute;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Delivery;
import io.vcdsim.Broker;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * vCD's VM placement phase with a real RabbitMQ: an object extension, written with the RabbitMQ Java client as
 * vCD's extension SDK sample listens (a queue bound to its exchange by the phase), is sent the placement proposal
 * when a vApp's VMs are made and decides where they sit, or fails the task, or stays silent.
 */
class ObjectExtensionPlacementTest {
    static final String OBJECT = "application/vnd.vmware.admin.extensibility.object+xml";
    static final String SELECTOR = "application/vnd.vmware.admin.extensibility.selector+xml";
    static final String PHASE = "urn:extensionPoint:vm:calculateSolution";
    static final String EXT_NS = "http://www.vmware.com/vcloud/extensibility/v1.0";
    static final long TIMEOUT_MS = 1500;
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    static Broker broker;
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withObjectExtensionTimeout(Duration.ofMillis(TIMEOUT_MS)));
    static Http admin;
    static TemplateFixture fixture;
    static Connection extensionSide;
    /** What the extension received. */
    static final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
    /** What the extension answers to a message (null: nothing). */
    static volatile Function<Delivery, String> answer = d -> null;
    final List<String> registered = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        broker = Broker.start();
        admin = Sim.admin(vcd.sim());
        Http.Res saved = admin.put("/api/admin/extension/settings/amqp", "application/vnd.vmware.admin.amqpSettings+xml",
                broker.amqpSettings());
        assertThat(saved.status).as(saved.body).isEqualTo(200);
        fixture = TemplateFixture.ready(Sim.tenant(vcd.sim()));
        ConnectionFactory f = new ConnectionFactory();
        f.setPort(broker.port());
        extensionSide = f.newConnection("placement-extension");
        Channel ch = extensionSide.createChannel();
        ch.exchangeDeclare("placement", "topic", true);
        ch.queueDeclare("placement-solutions", false, false, true, null);
        ch.queueBind("placement-solutions", "placement", PHASE);
        ch.basicConsume("placement-solutions", true, (tag, d) -> reply(ch, d), tag -> { });
    }

    @AfterAll
    static void stop() throws Exception {
        extensionSide.close();
        broker.close();
    }

    @AfterEach
    void unregister() {
        registered.forEach(href -> admin.delete(href));
        received.clear();
    }

    /** Answers as a Spring AMQP listener does: to the reply-to queue through the default exchange. */
    static void reply(Channel ch, Delivery d) throws java.io.IOException {
        received.add(d);
        String body = answer.apply(d);
        if (body != null) {
            boolean json = body.startsWith("{");
            ch.basicPublish("", d.getProperties().getReplyTo(), new AMQP.BasicProperties.Builder()
                    .correlationId(d.getProperties().getCorrelationId())
                    .contentType(json ? "application/json" : "application/xml").headers(json ? java.util.Map.of(
                            "messageType", "com.vmware.vcloud.extensibility.platform.PlacementProposalType") : null)
                    .build(), body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An answer made from the XML proposal. */
    static Function<Delivery, String> xml(Function<Document, String> answer) {
        return d -> answer.apply(proposal(d));
    }

    static Document proposal(Delivery d) {
        try {
            return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(d.getBody()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers an extension on exchange "placement" and assigns it to any provider VDC at the placement phase. */
    void register(String namespace, boolean enabled, String type, boolean optional) {
        register(namespace, enabled, type, optional, "XML");
    }

    void register(String namespace, boolean enabled, String type, boolean optional, String contentType) {
        Http.Res ext = admin.post("/api/admin/extension/object", OBJECT, "<vmext:ObjectExtension xmlns:vmext=\""
                + Http.VMEXT + "\"><vmext:Namespace>" + namespace + "</vmext:Namespace><vmext:Enabled>" + enabled
                + "</vmext:Enabled><vmext:Exchange>placement</vmext:Exchange><vmext:ContentType>" + contentType
                + "</vmext:ContentType></vmext:ObjectExtension>");
        assertThat(ext.status).as(ext.body).isEqualTo(201);
        registered.add(ext.attr("href"));
        Http.Res selector = admin.post("/api/admin/providervdcs/extension", SELECTOR, "<SelectorExtension xmlns=\""
                + Http.NS + "\"><Enabled>true</Enabled><Priority>1</Priority><ObjectExtensionId>" + ext.attr("id")
                + "</ObjectExtensionId><Phases><Phase name=\"" + PHASE + "\" type=\"" + type + "\" optional=\""
                + optional + "\"/></Phases></SelectorExtension>");
        assertThat(selector.status).as(selector.body).isEqualTo(201);
    }

    static List<Element> all(Document d, String name) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < d.getElementsByTagNameNS(EXT_NS, name).getLength(); i++) {
            out.add((Element) d.getElementsByTagNameNS(EXT_NS, name).item(i));
        }
        return out;
    }

    /** The proposal with every VM assigned to {@code hub}. */
    static String placedOn(Document proposal, String hub) {
        StringBuilder assignments = new StringBuilder();
        for (Element s : all(proposal, "SubjectProposal")) {
            assignments.append("<SubjectHubAssignment subjectId=\"").append(s.getAttribute("subjectId"))
                    .append("\" hubUri=\"").append(hub).append("\"/>");
        }
        return "<PlacementProposalType xmlns=\"" + EXT_NS + "\"><ProposedSolution>" + assignments
                + "</ProposedSolution></PlacementProposalType>";
    }

    /**
     * A host the proposal offers that the VM would not run on without the extension: vcdsim's own choice is a host
     * of the primary pool's cluster picked by the VM's id (the hosts in the order the proposal ranks them).
     */
    static String notTheDefaultHost(Document proposal) {
        List<String> hosts = all(proposal, "RankData").stream().map(r -> r.getAttribute("hubUri"))
                .filter(h -> h.contains("/HostSystem#")).toList();
        int byId = Math.floorMod(java.util.UUID.fromString(all(proposal, "SubjectProposal").get(0)
                .getAttribute("subjectId")).hashCode(), hosts.size());
        return hosts.get((byId + 1) % hosts.size());
    }

    static String firstVm(String vapp) {
        return Http.Res.children(admin.get(vapp).child("Children"), "Vm").get(0).getAttribute("href");
    }

    /** The host a VM runs on, as a system administrator reads it in the VM's VmVimInfo. */
    static String hostOf(String vm) {
        Element ref = (Element) admin.get(vm).root().getElementsByTagNameNS(Http.VMEXT, "HostVimObjectRef").item(0);
        return ((Element) ref.getElementsByTagNameNS(Http.VMEXT, "MoRef").item(0)).getTextContent();
    }

    static Http.Res instantiate(String name) {
        Http.Res created = fixture.instantiate(name, false);
        assertThat(created.status).as(created.body).isEqualTo(201);
        return created;
    }

    @Test
    void anExtensionThatAnswersPutsTheVmOnTheHostItChose() throws Exception {
        register("chooser", true, "blocking", false);
        answer = xml(d -> placedOn(d, notTheDefaultHost(d)));
        Http.Res created = instantiate("placed");
        assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");

        Delivery d = received.poll(5, TimeUnit.SECONDS);
        assertThat(d).isNotNull();
        assertThat(d.getEnvelope().getExchange()).isEqualTo("placement");
        assertThat(d.getEnvelope().getRoutingKey()).isEqualTo(PHASE);
        assertThat(d.getProperties().getCorrelationId()).isNotBlank();
        assertThat(d.getProperties().getReplyTo()).isNotBlank();
        assertThat(d.getProperties().getContentType()).isEqualTo("application/xml");
        Document proposal = proposal(d);
        assertThat(proposal.getDocumentElement().getLocalName()).isEqualTo("PlacementProposalType");
        assertThat(proposal.getDocumentElement().getNamespaceURI()).isEqualTo(EXT_NS);
        String vm = firstVm(created.attr("href"));
        assertThat(all(proposal, "SubjectProposal").get(0).getAttribute("subjectId"))
                .isEqualTo(vm.substring(vm.lastIndexOf("vm-") + 3));
        String chosen = notTheDefaultHost(proposal);
        assertThat(hostOf(vm)).isEqualTo(chosen.substring(chosen.indexOf('#') + 1));
    }

    @Test
    void anExtensionThatAnswersAnErrorFailsTheTaskWithItsMessage() throws Exception {
        register("refuser", true, "blocking", false);
        answer = d -> "<ExtensionErrorMessage xmlns=\"" + EXT_NS + "\" message=\"No capacity for this tenant\" "
                + "majorErrorCode=\"400\" minorErrorCode=\"BAD_REQUEST\"/>";
        Http.Res created = instantiate("refused");
        Http.Res task = admin.awaitTask(created);
        assertThat(task.attr("status")).isEqualTo("error");
        assertThat(admin.get(created.attr("href")).status).as("the failed creation leaves no vApp").isEqualTo(403);
        Element error = task.child("Error");
        assertThat(error.getAttribute("message")).isEqualTo("No capacity for this tenant");
        assertThat(error.getAttribute("minorErrorCode")).isEqualTo("BAD_REQUEST");
        assertThat(received.poll(5, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void aSilentExtensionGetsTheDefaultWhenOptionalAndFailsTheTaskWhenRequired() throws Exception {
        answer = d -> null;
        register("silent-optional", true, "blocking", true);
        long start = System.currentTimeMillis();
        // two tasks waiting for answers, as many as the test cell has finisher threads: neither holds one
        Http.Res created = instantiate("unanswered");
        Http.Res other = instantiate("unanswered-too");
        Http.Res catalog = admin.awaitTask(Sim.createCatalog(Sim.tenant(vcd.sim()), "meanwhile"));
        assertThat(catalog.attr("status")).isEqualTo("success");
        Http.Res first = admin.awaitTask(created);
        Http.Res second = admin.awaitTask(other);
        assertThat(first.attr("status")).isEqualTo("success");
        assertThat(second.attr("status")).isEqualTo("success");
        assertThat(java.time.OffsetDateTime.parse(catalog.attr("endTime"))).as("an unrelated task ends while they wait")
                .isBefore(java.time.OffsetDateTime.parse(first.attr("endTime")))
                .isBefore(java.time.OffsetDateTime.parse(second.attr("endTime")));
        assertThat(System.currentTimeMillis() - start).isGreaterThanOrEqualTo(TIMEOUT_MS);
        assertThat(received.poll(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(admin.get(firstVm(created.attr("href"))).status).isEqualTo(200);

        unregister();
        registered.clear();
        register("silent-required", true, "blocking", false);
        Http.Res task = admin.awaitTask(instantiate("unanswered-required"));
        assertThat(task.attr("status")).isEqualTo("error");
        assertThat(task.child("Error").getAttribute("minorErrorCode")).isEqualTo("GATEWAY_TIMEOUT");
        assertThat(task.child("Error").getAttribute("message")).contains("silent-required");
        // and the extension is told, as vCD tells one whose invocation failed
        Element told = null;
        for (Delivery d; told == null && (d = received.poll(5, TimeUnit.SECONDS)) != null; ) {
            Element root = proposal(d).getDocumentElement();
            if (root.getLocalName().equals("ExtensionErrorMessage") && root.getAttribute("message")
                    .contains("silent-required")) {
                told = root;
            }
        }
        assertThat(told).as("an ExtensionErrorMessage for silent-required").isNotNull();
        assertThat(told.getNamespaceURI()).isEqualTo(EXT_NS);
        assertThat(told.getAttribute("majorErrorCode")).isEqualTo("504");
    }

    @Test
    void aDisabledExtensionIsNotCalled() throws Exception {
        register("disabled", false, "blocking", false);
        answer = d -> null;
        // a call would land in received, whatever the answer
        assertThat(admin.awaitTask(instantiate("not-asked")).attr("status")).isEqualTo("success");
        assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void anExtensionRegisteredForJsonIsSentJsonAndAnswersJson() throws Exception {
        register("json-chooser", true, "blocking", false, "JSON");
        answer = d -> {
            try {
                var proposal = JSON.readTree(d.getBody());
                var subject = proposal.path("subjectProposal").get(0);
                var hosts = new ArrayList<String>();
                subject.path("rankData").forEach(r -> {
                    if (r.path("hubUri").asText().contains("/HostSystem#")) {
                        hosts.add(r.path("hubUri").asText());
                    }
                });
                int byId = Math.floorMod(java.util.UUID.fromString(subject.path("subjectId").asText()).hashCode(),
                        hosts.size());
                return "{\"proposedSolution\":{\"subjectHubAssignment\":[{\"subjectId\":\""
                        + subject.path("subjectId").asText() + "\",\"hubUri\":\"" + hosts.get((byId + 1) % hosts.size())
                        + "\"}]}}";
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        Http.Res created = instantiate("json-placed");
        assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");
        Delivery d = received.poll(5, TimeUnit.SECONDS);
        assertThat(d.getProperties().getContentType()).isEqualTo("application/json");
        assertThat(d.getProperties().getHeaders().get("messageType").toString())
                .isEqualTo("com.vmware.vcloud.extensibility.platform.PlacementProposalType");
        String chosen = JSON.readTree(answer.apply(d)).path("proposedSolution").path("subjectHubAssignment").get(0)
                .path("hubUri").asText();
        assertThat(hostOf(firstVm(created.attr("href")))).isEqualTo(chosen.substring(chosen.indexOf('#') + 1));
    }

    @Test
    void anUnreachableBrokerKeepsVcdsimsPlacementWhenOptionalAndFailsTheTaskWhenRequired() throws Exception {
        String settings = "/api/admin/extension/settings/amqp";
        String amqp = "application/vnd.vmware.admin.amqpSettings+xml";
        String nowhere = broker.amqpSettings().replace("<vmext:AmqpPort>" + broker.port() + "<",
                "<vmext:AmqpPort>" + Sim.freePort() + "<");
        assertThat(admin.put(settings, amqp, nowhere).status).isEqualTo(200);
        try {
            register("unreachable-optional", true, "blocking", true);
            assertThat(admin.awaitTask(instantiate("no-broker")).attr("status")).isEqualTo("success");
            unregister();
            registered.clear();
            register("unreachable-required", true, "blocking", false);
            Http.Res task = admin.awaitTask(instantiate("no-broker-required"));
            assertThat(task.attr("status")).isEqualTo("error");
            assertThat(task.child("Error").getAttribute("minorErrorCode")).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(task.child("Error").getAttribute("message")).contains("unreachable-required");
        } finally {
            assertThat(admin.put(settings, amqp, broker.amqpSettings()).status).isEqualTo(200);
        }
        assertThat(received).isEmpty();
    }
}

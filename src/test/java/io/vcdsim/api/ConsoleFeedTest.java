package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console is served from: its files, the event log as server-sent events (each watcher sees what its
 * rights let it see, and resumes where it left off), and the newest notifications with the broker's state.
 */
class ConsoleFeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    /** One server-sent event: its id (the event's place in the log) and its data. */
    record Sse(long id, JsonNode data) {
    }

    /** Reads the stream until an event matches (or it ends), then hangs up; the events read so far. */
    static List<Sse> watch(Http who, String query, String lastEventId, Predicate<Sse> until) throws Exception {
        HttpRequest.Builder b = who.request("/api/vcdsim/events" + query).setHeader("Accept", "text/event-stream");
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<Sse> seen = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            long id = -1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("id: ")) {
                    id = Long.parseLong(line.substring(4));
                } else if (line.startsWith("data: ")) {
                    Sse event = new Sse(id, JSON.readTree(line.substring(6)));
                    seen.add(event);
                    if (until.test(event)) {
                        return seen;
                    }
                }
            }
        }
        return seen;
    }

    static String taskId(Http.Res created) {
        String href = Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    static Predicate<Sse> completes(String task) {
        return e -> task.equals(e.data().path("taskId").asText()) && e.data().path("type").asText().endsWith("/complete");
    }

    @Test
    void theConsoleIsServedWithoutASessionAndRunsOnlyItsOwnScript() {
        Http anyone = new Http(vcd.httpUrl());
        Http.Res page = anyone.get("/console");
        assertThat(page.status).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.body).contains("<script src=\"/console/console.js\"");
        assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'self'");
        Http.Res script = anyone.get("/console/console.js");
        assertThat(script.status).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
        assertThat(anyone.get("/console/console.css").contentType()).startsWith("text/css");
        Http.Res missing = anyone.get("/console/secrets.txt");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.minor()).isEqualTo("RESOURCE_NOT_FOUND");
    }

    @Test
    void aTenantsStreamCarriesItsOwnOrgsEventsOnlyAndResumesAfterTheLastItSaw() throws Exception {
        long start = admin.get("/api/vcdsim/notifications?limit=1").json().at("/notifications/0/seq").asLong(0);
        String foreign = taskId(Sim.createCatalog(admin, "feed-system"));
        admin.awaitTask(admin.get("/api/task/" + foreign)); // its events all come before the tenant's
        String own = taskId(Sim.createCatalog(tenant, "feed-acme"));

        List<Sse> seen = watch(tenant, "?after=" + start, null, completes(own));
        assertThat(seen).isNotEmpty().allSatisfy(e -> assertThat(e.data().path("taskId").asText()).isNotEqualTo(foreign));
        assertThat(seen).anySatisfy(e -> assertThat(e.data().path("type").asText())
                .isEqualTo("com/vmware/vcloud/event/task/create"));
        assertThat(seen.stream().mapToLong(Sse::id)).isSorted().allMatch(id -> id > start);
        assertThat(watch(admin, "?after=" + start, null, completes(foreign))).isNotEmpty()
                .last().satisfies(e -> assertThat(e.data().path("orgId").asText()).isNotBlank());

        // a browser reconnects with the last id it saw, and is given what came after it
        Sse first = seen.get(0);
        List<Sse> resumed = watch(tenant, "", Long.toString(first.id()), completes(own));
        assertThat(resumed.get(0).id()).isGreaterThan(first.id());
        assertThat(resumed.get(resumed.size() - 1).id()).isEqualTo(seen.get(seen.size() - 1).id());
    }

    @Test
    void eventsThatCameWithALoadedStateAreHistoryNotSent() throws Exception {
        try (io.vcdsim.VcdSim other = Sim.start(io.vcdsim.config.Config.forTests(Sim.tempDir()))) {
            Http otherAdmin = Sim.admin(other);
            otherAdmin.awaitTask(Sim.createCatalog(otherAdmin, "saved-with-its-events"));
            Http.Res saved = otherAdmin.get("/api/vcdsim/state");
            assertThat(otherAdmin.put("/api/vcdsim/state", "application/json", saved.body).status).isEqualTo(204);
            Http reloggedIn = Sim.admin(other);
            JsonNode newest = reloggedIn.get("/api/vcdsim/notifications?limit=1").json().at("/notifications/0");
            assertThat(newest.get("type").asText()).isEqualTo("com/vmware/vcloud/event/task/complete");
            assertThat(newest.get("delivery").asText()).isEqualTo("NOT_SENT");
            assertThat(newest.get("reason").asText()).isEqualTo("loaded with a saved state");
        }
    }

    @Test
    void badPlacesInTheLogAndNoSessionAreRefused() {
        Http.Res bad = tenant.send(tenant.request("/api/vcdsim/events?after=-3").setHeader("Accept", "text/event-stream"));
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.json().get("minorErrorCode").asText()).isEqualTo("BAD_REQUEST");
        assertThat(bad.json().get("message").asText()).contains("-3");
        Http.Res badHeader = tenant.send(tenant.request("/api/vcdsim/events").setHeader("Accept", "text/event-stream")
                .header("Last-Event-ID", "x".repeat(5000)));
        assertThat(badHeader.status).isEqualTo(400);
        assertThat(badHeader.body.length()).isLessThan(400);
        assertThat(new Http(vcd.httpUrl()).get("/api/vcdsim/events").status).isEqualTo(401);
        Http consoleOnly = Sim.userWithRole(tenant, vcd.httpUrl(), "Console Access Only");
        Http.Res noTasks = consoleOnly.send(consoleOnly.request("/api/vcdsim/events")
                .setHeader("Accept", "text/event-stream"));
        assertThat(noTasks.status).as("events are tasks': who may not view tasks does not watch them").isEqualTo(403);
    }

    @Test
    void theNewestNotificationsAreForSystemAdministratorsWithTheirRoutingKeys() {
        String task = taskId(Sim.createCatalog(tenant, "feed-notified"));
        tenant.awaitTask(tenant.get("/api/task/" + task));
        Http.Res r = admin.get("/api/vcdsim/notifications?limit=20");
        long deadline = System.currentTimeMillis() + 10_000;
        while (r.json().at("/broker/backlog").asLong() > 0 && System.currentTimeMillis() < deadline) {
            r = admin.get("/api/vcdsim/notifications?limit=20"); // the publisher reads the log every 50 ms
        }
        assertThat(r.status).isEqualTo(200);
        JsonNode broker = r.json().get("broker");
        assertThat(broker.get("configured").asBoolean()).isFalse();
        assertThat(broker.get("connected").asBoolean()).isFalse();
        assertThat(broker.has("backlog")).isTrue();
        List<JsonNode> notifications = new ArrayList<>();
        r.json().get("notifications").forEach(notifications::add);
        assertThat(notifications).hasSizeLessThanOrEqualTo(20);
        JsonNode complete = notifications.stream().filter(n -> n.get("routingKey").asText().startsWith("true." + task + ".")
                && n.get("type").asText().equals("com/vmware/vcloud/event/task/complete")).findFirst().orElseThrow();
        assertThat(complete.get("body").get("task").asText()).isEqualTo("urn:vcloud:task:" + task);
        // no broker is set: the publisher read the events and passed them over
        assertThat(complete.get("delivery").asText()).isEqualTo("NOT_SENT");
        assertThat(complete.get("reason").asText()).isEqualTo("no broker set");
        assertThat(notifications.stream().mapToLong(n -> n.get("seq").asLong())).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        assertThat(tenant.get("/api/vcdsim/notifications").status).isEqualTo(403);
        for (String limit : List.of("0", "501", "ten")) {
            Http.Res bad = admin.get("/api/vcdsim/notifications?limit=" + limit);
            assertThat(bad.status).as(limit).isEqualTo(400);
            assertThat(bad.minor()).isEqualTo("BAD_REQUEST");
        }
    }
}

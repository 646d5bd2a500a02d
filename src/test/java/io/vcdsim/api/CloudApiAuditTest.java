package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail as go-vcloud-director's openapi tests read it: a timestamp filter, one event a page, newest first. */
class CloudApiAuditTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    @Test
    void eventsAreListedNewestFirstOnePageAtATimeEachOrgItsOwn() {
        Http admin = Sim.admin(vcd.sim()).version("37.1");
        Http tenant = Sim.tenant(vcd.sim()).version("37.1");
        String since = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS).toString();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "audited-" + UUID.randomUUID().toString().substring(0, 8);
            names.add(name);
            tenant.awaitTask(Sim.createCatalog(tenant, name));
        }
        // follow the Link header's nextPage, as OpenApiGetAllItems does
        List<JsonNode> events = new ArrayList<>();
        String next = V1 + "/auditTrail?" + filter("timestamp=gt=" + since) + "&pageSize=1&sortDesc=timestamp";
        while (next != null) {
            Http.Res page = get(tenant, next);
            assertThat(page.status).as(page.body).isEqualTo(200);
            page.json().get("values").forEach(events::add);
            String link = page.header("Link");
            next = null;
            if (link != null && link.contains("rel=\"nextPage\"")) {
                String part = link.substring(0, link.indexOf("rel=\"nextPage\""));
                next = part.substring(part.lastIndexOf('<') + 1, part.lastIndexOf('>'));
            }
        }
        assertThat(events).isNotEmpty().allMatch(e -> e.get("eventId").asText().startsWith("urn:vcloud:audit:"))
                .allMatch(e -> e.get("operatingOrg").get("name").asText().equals("acme"));
        List<String> entities = events.stream().map(e -> e.get("eventEntity").get("name").asText()).toList();
        assertThat(entities).containsAll(names);
        List<String> times = events.stream().map(e -> e.get("timestamp").asText()).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        assertThat(events.get(0).get("eventStatus").asText()).isIn("SUCCESS", "FAILURE");

        JsonNode all = get(admin, V1 + "/auditTrail?" + filter("eventEntity.name==" + names.get(0))).json();
        assertThat(all.get("resultTotal").asInt()).isPositive();
        assertThat(get(tenant, V1 + "/auditTrail?" + filter("timestamp=gt=yesterday")).status).isEqualTo(400);
    }
}

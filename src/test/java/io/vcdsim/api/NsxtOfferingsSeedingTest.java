package io.vcdsim.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of the NSX-T manager's offerings is seeded on its own: a state saved before a kind was offered gets it. */
class NsxtOfferingsSeedingTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    @Test
    void aStateWithTheManagerButWithoutItsOfferingsGetsThemOnLoadAndAResetKeepsThem() throws Exception {
        Http admin2 = Sim.admin(vcd.sim()).version("38.0");
        String managerUrn = CloudApiNsxtTest.managerUrn(admin2); // the seeded manager's id is the same in every state
        ObjectNode state = (ObjectNode)
                new ObjectMapper().readTree(admin2.get("/api/vcdsim/state").body);
        ArrayNode kept = state.arrayNode();
        state.get("nsxt_resource").forEach(r -> {
            if (!r.get("kind").asText().equals("CONTEXT_PROFILE") && !r.get("kind").asText().equals("GATEWAY_QOS")) {
                kept.add(r); // a state saved before the manager offered these two kinds
            }
        });
        state.set("nsxt_resource", kept);
        Http.Res loaded = admin2.send(admin2.request("/api/vcdsim/state").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(state.toString())));
        assertThat(loaded.status).as(loaded.body).isEqualTo(204);
        Http again = Sim.admin(vcd.sim()).version("38.0");
        assertThat(names(get(again, V1 + "/networkContextProfiles?" + filter("name==AMQP")).json()))
                .containsExactly("AMQP");
        assertThat(CloudApiNsxtProfilesTest.displayNames(get(again, V1 + "/nsxTResources/gatewayQoSProfiles?"
                + filter("nsxTManagerRef.id==" + managerUrn)).json())).contains("gateway-qos-1");

        assertThat(again.post("/api/vcdsim/reset", null, null).status).isEqualTo(204);
        Http afterReset = Sim.admin(vcd.sim()).version("38.0");
        assertThat(CloudApiNsxtProfilesTest.displayNames(get(afterReset, V1
                + "/nsxTResources/segmentSpoofGuardProfiles?" + filter("nsxTManagerRef.id==" + managerUrn)).json()))
                .contains("spoofguard-1");
    }
}

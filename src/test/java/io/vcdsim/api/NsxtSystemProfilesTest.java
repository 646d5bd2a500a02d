package io.vcdsim.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.NsxtServiceCalls.PROFILES;
import static org.assertj.core.api.Assertions.assertThat;

/** vCD's SYSTEM application port profiles are there in a new store, after a reset and after loading an older state. */
class NsxtSystemProfilesTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    static int systemProfiles(Http who) {
        return get(who, PROFILES + "?" + filter("scope==SYSTEM")).json().get("resultTotal").asInt();
    }

    @Test
    void aResetAndAStateWithoutThemPutThemBack() throws Exception {
        Http admin = Sim.admin(vcd.sim()).version("37.1");
        int seeded = systemProfiles(admin);
        assertThat(seeded).isGreaterThan(20);

        ObjectNode state = (ObjectNode) new ObjectMapper().readTree(admin.get("/api/vcdsim/state").body);
        state.remove("nsxt_app_port_profile"); // a state saved before V60
        Http.Res loaded = admin.send(admin.request("/api/vcdsim/state").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(state.toString())));
        assertThat(loaded.status).as(loaded.body).isEqualTo(204);
        assertThat(systemProfiles(Sim.admin(vcd.sim()).version("37.1"))).isEqualTo(seeded);

        assertThat(admin.post("/api/vcdsim/reset", null, null).status).isEqualTo(204);
        assertThat(systemProfiles(Sim.admin(vcd.sim()).version("37.1"))).isEqualTo(seeded);
    }
}

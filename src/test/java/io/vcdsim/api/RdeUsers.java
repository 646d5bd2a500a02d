package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.refs;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/** Users of acme whose role holds chosen rights, such as those of a runtime defined entity type. */
final class RdeUsers {
    private RdeUsers() {
    }

    /** A new user of the tenant's org with a new role holding exactly these rights, logged in. */
    static Http withRights(Http tenant, String baseUrl, String... rights) {
        String name = "rde-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res role = send(tenant, "POST", V1 + "/roles", "{\"name\":\"" + name + "\",\"description\":\"rde\"}");
        assertThat(role.status).as(role.body).isEqualTo(201);
        if (rights.length > 0) {
            Http.Res given = send(tenant, "POST", V1 + "/roles/" + role.json().get("id").asText() + "/rights",
                    refs(tenant, rights));
            assertThat(given.status).as(given.body).isEqualTo(200);
        }
        return Sim.userWithRole(tenant, baseUrl, name).version("37.1");
    }
}

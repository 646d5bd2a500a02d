package io.vcdsim.config;

import io.vcdsim.Http;
import io.vcdsim.MutableClock;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The general settings' session timeouts are the ones sessions obey, from the moment they are set. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the fresh install is seen first, before any PUT
class SessionTimeoutSettingsTest {
    static final MutableClock clock = new MutableClock();
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withClock(clock).withIdleTimeout(Duration.ofMinutes(25)));

    static void setGeneral(String body) {
        Http admin = Sim.admin(vcd.sim());
        Http.Res res = admin.put(SystemSettingsPartsTest.BASE + "/general",
                "application/vnd.vmware.admin.generalSettings+xml", SystemSettingsPartsTest.doc("GeneralSettings", body));
        assertThat(res.status).as(res.body).isEqualTo(200);
        clock.advance(Duration.ofSeconds(2)); // past the one-second cache of the timeouts and the token cache
    }

    Http tenant() {
        return new Http(vcd.httpUrl()).login("acmeadmin", "acme", "vcdsim-tenant");
    }

    @Test
    @Order(1)
    void aFreshInstallShowsTheCommandLinesIdleTimeout() {
        assertThat(Sim.admin(vcd.sim()).get(SystemSettingsPartsTest.BASE + "/general")
                .vmextText("SessionTimeoutMinutes")).isEqualTo("25");
    }

    @Test
    void aShorterSessionTimeoutEndsIdleSessionsSooner() {
        setGeneral("<vmext:SessionTimeoutMinutes>5</vmext:SessionTimeoutMinutes>"
                + "<vmext:AbsoluteSessionTimeoutMinutes>1440</vmext:AbsoluteSessionTimeoutMinutes>");
        Http active = tenant();
        Http idle = tenant();
        clock.advance(Duration.ofMinutes(4));
        assertThat(active.get("/api/org").status).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(active.get("/api/org").status).as("active 2 minutes ago").isEqualTo(200);
        assertThat(idle.get("/api/org").status).as("idle 6 minutes").isEqualTo(401);
        setGeneral("<vmext:SessionTimeoutMinutes>25</vmext:SessionTimeoutMinutes>");
    }

    @Test
    void anAbsoluteTimeoutEndsEvenABusySession() {
        setGeneral("<vmext:SessionTimeoutMinutes>25</vmext:SessionTimeoutMinutes>"
                + "<vmext:AbsoluteSessionTimeoutMinutes>10</vmext:AbsoluteSessionTimeoutMinutes>");
        Http busy = tenant();
        for (int i = 0; i < 2; i++) {
            clock.advance(Duration.ofMinutes(4));
            assertThat(busy.get("/api/org").status).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(4));
        Http.Res ended = busy.get("/api/org");
        assertThat(ended.status).as("12 minutes after login").isEqualTo(401);
        setGeneral("<vmext:AbsoluteSessionTimeoutMinutes>1440</vmext:AbsoluteSessionTimeoutMinutes>");
    }
}

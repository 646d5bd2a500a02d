package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.NsxvEdgeApiTest.XML;
import static io.vcdsim.api.NsxvEdgeApiTest.assertNsxvError;
import static io.vcdsim.api.NsxvEdgeApiTest.created;
import static io.vcdsim.api.NsxvEdgeApiTest.kids;
import static io.vcdsim.api.NsxvEdgeApiTest.text;
import static io.vcdsim.api.NsxvEdgeApiTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advanced edge's load balancer and a VDC's IP sets on vCD's /network proxy, as go-vcloud-director's lb*.go and
 * nsxv_ipset.go use them: objectIds as NSX-V gives them, names unique, references checked, objects in use kept, the
 * general settings checked, an IP set's revision.
 */
class NsxvLoadBalancerApiTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http tenant;
    static String lb;
    static String vdc;

    @BeforeAll
    static void setUp() {
        tenant = Sim.tenant(vcd.sim());
        lb = "/network/edges/" + tenant.get("/api/query?type=edgeGateway&format=references")
                .children("EdgeGatewayReference").get(0).getAttribute("href").replaceAll(".*/", "")
                + "/loadbalancer/config";
        vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href").replaceAll(".*/", "");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String monitor(String name) {
        return created(tenant.post(lb + "/monitors", XML, "<monitor><type>http</type><interval>10</interval>"
                + "<name>" + name + "</name></monitor>"));
    }

    @Test
    void objectsGetNsxvObjectIdsAndAreListedByKind() {
        String id = monitor(unique("mon"));
        assertThat(id).matches("monitor-\\d+");
        Http.Res list = tenant.get(lb + "/monitors/");
        assertThat(kids(list.root(), "monitor")).isNotEmpty();
        assertThat(kids(list.root(), "pool")).isEmpty();
        assertThat(text(tenant.get(lb + "/monitors/" + id).root(), "monitorId")).isEqualTo(id);
    }

    @Test
    void anObjectInUseIsNotDeletedAndAReferenceMustExist() {
        String mon = monitor(unique("mon"));
        String pool = created(tenant.post(lb + "/pools", XML, "<pool><name>" + unique("pool") + "</name><algorithm>"
                + "round-robin</algorithm><transparent>false</transparent><monitorId>" + mon + "</monitorId></pool>"));
        Http.Res refused = tenant.delete(lb + "/monitors/" + mon);
        assertNsxvError(refused, 400, "15001");
        assertThat(text(refused.root(), "details")).contains("Fail to delete objectId " + mon + " for it is used by "
                + pool);
        assertNsxvError(tenant.post(lb + "/pools", XML, "<pool><name>" + unique("pool") + "</name><algorithm>"
                + "round-robin</algorithm><monitorId>monitor-999</monitorId></pool>"), 400, "15001");
        assertThat(tenant.delete(lb + "/pools/" + pool).status).isEqualTo(204);
        assertThat(tenant.delete(lb + "/monitors/" + mon).status).isEqualTo(204);
    }

    @Test
    void aNameTwoObjectsOfAKindWouldShareIsRefused() {
        String name = unique("mon");
        monitor(name);
        assertNsxvError(tenant.post(lb + "/monitors", XML, "<monitor><type>tcp</type><name>" + name
                + "</name></monitor>"), 400, "210");
    }

    @Test
    void invalidValuesAreRefusedInNsxvWords() {
        Http.Res algorithm = tenant.post(lb + "/pools", XML, "<pool><name>" + unique("p") + "</name><algorithm>"
                + "fastest</algorithm></pool>");
        assertNsxvError(algorithm, 400, "15001");
        assertThat(text(algorithm.root(), "details")).contains("Invalid algorithm fastest. Valid algorithms are:");
        Http.Res script = tenant.post(lb + "/applicationrules", XML, "<applicationRule><name>" + unique("r")
                + "</name><script>invalid_script</script></applicationRule>");
        assertNsxvError(script, 400, "15001");
        assertNsxvError(tenant.post(lb + "/applicationprofiles", XML, "<applicationProfile><name>" + unique("a")
                + "</name><template>HTTP</template><persistence><method>none</method></persistence>"
                + "</applicationProfile>"), 400, "15001");
    }

    @Test
    void theGeneralSettingsChangeAndAnUnknownLogLevelIsRefused() {
        String put = "<loadBalancer><enabled>true</enabled><accelerationEnabled>true</accelerationEnabled><logging>"
                + "<enable>true</enable><logLevel>critical</logLevel></logging></loadBalancer>";
        assertThat(tenant.put(lb, XML, put).status).isEqualTo(204);
        Http.Res after = tenant.get(lb + "/");
        assertThat(text(after.root(), "enabled")).isEqualTo("true");
        assertThat(texts(after, "logLevel")).containsExactly("critical");
        Http.Res bad = tenant.put(lb, XML, put.replace("critical", "loud"));
        assertNsxvError(bad, 400, "15001");
        assertThat(text(bad.root(), "details")).contains("Valid log levels are");
        assertThat(texts(tenant.get(lb), "logLevel")).containsExactly("critical");
    }

    @Test
    void anIpSetIsNamedUniquelyInItsVdcAndUpdatedAtItsRevision() {
        String name = unique("ipset");
        String body = "<ipset><name>" + name + "</name><value>10.0.0.1,10.0.0.0/24</value></ipset>";
        Http.Res made = tenant.post("/network/services/ipset/" + vdc, XML, body);
        assertThat(made.status).as(made.body).isEqualTo(201);
        String id = made.body;
        assertThat(id).matches(vdc + ":ipset-\\d+");
        assertNsxvError(tenant.post("/network/services/ipset/" + vdc, XML, body), 400, "210");
        String update = "<ipset><objectId>" + id + "</objectId><name>" + name + "</name><value>10.0.0.2</value>"
                + "<revision>0</revision></ipset>";
        assertThat(tenant.put("/network/services/ipset/" + id, XML, update).status).isEqualTo(204);
        assertNsxvError(tenant.put("/network/services/ipset/" + id, XML, update), 400, "15001");
        Http.Res all = tenant.get("/network/services/ipset/scope/" + vdc);
        assertThat(all.root().getLocalName()).isEqualTo("list");
        assertThat(texts(all, "value")).contains("10.0.0.2");
        assertThat(tenant.delete("/network/services/ipset/" + id).status).isEqualTo(204);
        assertNsxvError(tenant.delete("/network/services/ipset/" + id), 404, "202");
    }
}

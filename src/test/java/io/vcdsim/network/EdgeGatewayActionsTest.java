package io.vcdsim.network;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.vcdsim.network.EdgeGatewayTest.EDGE;
import static io.vcdsim.network.EdgeGatewayTest.subnet;
import static io.vcdsim.network.EdgeGatewayTest.text;
import static io.vcdsim.network.EdgeGatewayTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NSX-V appliance's actions of the Task reference as pyvcloud's Gateway (redeploy, sync_syslog_settings,
 * set_tenant_syslog_server_ip, list_syslog_server_ip, modify_form_factor, convert_to_advanced) and its
 * gateway_tests.py drive them: found by the edge's links, each a task on the edge.
 */
class EdgeGatewayActionsTest {
    static final String SYSLOG = "application/vnd.vmware.vcloud.SyslogSettings+xml";
    static final String FORM_FACTOR = "application/vnd.vmware.vcloud.edgeGatewayFormFactor+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String external;
    static String adminVdc;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
        adminVdc = admin.get("/api/query?type=adminOrgVdc&format=references").children("AdminVdcReference").get(0)
                .getAttribute("href");
        external = admin.get("/api/query?type=externalNetwork&format=records&filter=name==vcdsim-external")
                .children("NetworkRecord").get(0).getAttribute("href");
    }

    /** A compact edge, advanced or not, as pyvcloud's create_gateway_api_version_30 makes one. */
    static String edge(boolean advanced) {
        String name = unique("edge");
        String uuid = adminVdc.substring(adminVdc.lastIndexOf('/') + 1);
        Http.Res created = admin.post("/api/admin/vdc/" + uuid + "/edgeGateways", EDGE, "<EdgeGateway xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><Configuration><GatewayBackingConfig>compact"
                + "</GatewayBackingConfig><GatewayInterfaces><GatewayInterface><Name>" + name + "</Name><Network href=\""
                + external + "\"/><InterfaceType>uplink</InterfaceType>" + subnet("10.150.0.1", null, null)
                + "</GatewayInterface></GatewayInterfaces><HaEnabled>false</HaEnabled><AdvancedNetworkingEnabled>"
                + advanced + "</AdvancedNetworkingEnabled></Configuration></EdgeGateway>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        assertThat(admin.awaitTask(created).attr("status")).isEqualTo("success");
        return created.attr("href");
    }

    static Http.Res succeeds(Http who, Http.Res accepted, String operationName) {
        assertThat(accepted.status).as(accepted.body).isEqualTo(202);
        assertThat(accepted.attr("operationName")).isEqualTo(operationName);
        Http.Res done = who.awaitTask(accepted);
        assertThat(done.attr("status")).as(done.body).isEqualTo("success");
        assertThat(done.child("Owner").getAttribute("type")).isEqualTo(EDGE);
        return done;
    }

    static String syslog(String... ips) {
        StringBuilder b = new StringBuilder("<SyslogServerSettings xmlns=\"" + Http.NS
                + "\"><TenantSyslogServerSettings>");
        for (String ip : ips) {
            b.append("<SyslogServerIp>").append(ip).append("</SyslogServerIp>");
        }
        return b.append("</TenantSyslogServerSettings></SyslogServerSettings>").toString();
    }

    @Test
    void anOrgAdministratorRedeploysReappliesAndSynchronizesSyslogByTheEdgesLinks() {
        String href = edge(true);
        Http.Res seen = tenant.get(href);
        succeeds(tenant, tenant.post(seen.link("edgeGateway:redeploy", null), null, null),
                "networkEdgeGatewayRedeploy");
        succeeds(tenant, tenant.post(seen.link("edgeGateway:reapplyServices", null), null, null),
                "networkReapplyEdgeGatewayServices");
        succeeds(tenant, tenant.post(seen.link("edgeGateway:syncSyslogSettings", null), null, null),
                "networkEdgeGatewaySyncSyslogServerSettings");
        // the appliance's size is the provider's: a tenant has no link and is refused
        assertThat(seen.links("edgeGateway:modifyFormFactor", FORM_FACTOR)).isEmpty();
        assertThat(seen.links("edgeGateway:upgrade", null)).isEmpty();
        Http.Res refused = tenant.post(href + "/action/modifyFormFactor", FORM_FACTOR,
                "<EdgeGatewayFormFactor xmlns=\"" + Http.NS + "\"><gatewayType>full</gatewayType>"
                        + "</EdgeGatewayFormFactor>");
        assertThat(refused.status).isEqualTo(403);
        assertThat(tenant.post(href + "/action/upgradeConfig", null, null).status).isEqualTo(403);
        assertThat(text(admin.get(href).root(), "GatewayBackingConfig")).isEqualTo("compact");
    }

    @Test
    void theTenantSyslogServerIsSetReadAndCleared() {
        String href = edge(true);
        Http.Res before = admin.get(href);
        // pyvcloud appends an address to the TenantSyslogServerSettings it read, so the element is there when empty
        assertThat(before.root().getElementsByTagNameNS(Http.NS, "TenantSyslogServerSettings").getLength())
                .isEqualTo(1);
        assertThat(text(before.root(), "SyslogServerIp")).isNull();
        String link = before.link("edgeGateway:configureSyslogServerSettings", SYSLOG);
        succeeds(admin, admin.post(link, SYSLOG, syslog("192.168.5.6")),
                "networkEdgeGatewayConfigureSyslogServerSettings");
        assertThat(text(tenant.get(href).root(), "SyslogServerIp")).isEqualTo("192.168.5.6");

        // vCD keeps one address; a malformed one is refused before any task starts
        Http.Res two = admin.post(link, SYSLOG, syslog("192.168.5.6", "192.168.5.7"));
        assertThat(two.status).isEqualTo(400);
        assertThat(two.minor()).isEqualTo("BAD_REQUEST");
        assertThat(admin.post(link, SYSLOG, syslog("not-an-address")).status).isEqualTo(400);
        assertThat(admin.post(link, "application/vnd.vmware.vcloud.task+xml", syslog("10.0.0.1")).status)
                .isEqualTo(415);
        assertThat(text(admin.get(href).root(), "SyslogServerIp")).isEqualTo("192.168.5.6");

        succeeds(tenant, tenant.post(link, SYSLOG, syslog()), "networkEdgeGatewayConfigureSyslogServerSettings");
        assertThat(text(admin.get(href).root(), "SyslogServerIp")).isNull();

        // in JSON: a null list clears it as an empty one does; a body of null is no settings at all
        String json = "application/vnd.vmware.vcloud.SyslogSettings+json";
        succeeds(tenant, tenant.post(link, json, "{\"tenantSyslogServerSettings\":{\"syslogServerIp\":null}}"),
                "networkEdgeGatewayConfigureSyslogServerSettings");
        Http.Res nothing = tenant.post(link, json, "null");
        assertThat(nothing.status).as(nothing.body).isEqualTo(400);
    }

    @Test
    void aSystemAdministratorChangesTheApplianceSize() {
        String href = edge(true);
        Http.Res seen = admin.get(href);
        String upgrade = seen.link("edgeGateway:upgrade", null);
        succeeds(admin, admin.post(upgrade, null, null), "networkEdgeGatewayUpgradeConfiguration");
        Http.Res full = admin.get(href);
        assertThat(text(full.root(), "GatewayBackingConfig")).isEqualTo("full");
        // only a compact appliance is upgraded
        assertThat(full.links("edgeGateway:upgrade", null)).isEmpty();
        assertThat(admin.post(upgrade, null, null).status).isEqualTo(400);

        String modify = full.link("edgeGateway:modifyFormFactor", FORM_FACTOR);
        succeeds(admin, admin.post(modify, FORM_FACTOR, "<EdgeGatewayFormFactor xmlns=\"" + Http.NS
                + "\"><gatewayType>x-large</gatewayType></EdgeGatewayFormFactor>"),
                "networkEdgeGatewayModifyFormFactor");
        assertThat(text(admin.get(href).root(), "GatewayBackingConfig")).isEqualTo("x-large");
        for (String bad : List.of("<gatewayType>huge</gatewayType>", "")) {
            Http.Res refused = admin.post(modify, FORM_FACTOR, "<EdgeGatewayFormFactor xmlns=\"" + Http.NS + "\">"
                    + bad + "</EdgeGatewayFormFactor>");
            assertThat(refused.status).as(bad).isEqualTo(400);
        }
        assertThat(text(admin.get(href).root(), "GatewayBackingConfig")).isEqualTo("x-large");
    }

    @Test
    void aLegacyEdgeIsConvertedToAnAdvancedOneOnce() {
        String href = edge(false);
        Http.Res legacy = tenant.get(href);
        assertThat(text(legacy.root(), "AdvancedNetworkingEnabled")).isEqualTo("false");
        String convert = legacy.link("edgeGateway:convertToAdvancedGateway", null);
        Http.Res done = succeeds(tenant, tenant.post(convert, null, null), "networkEdgeGatewayConvertToAdvanced");
        assertThat(done.attr("operation")).contains("Converting to advanced");
        Http.Res advanced = admin.get(href);
        assertThat(text(advanced.root(), "AdvancedNetworkingEnabled")).isEqualTo("true");
        assertThat(advanced.links("edgeGateway:convertToAdvancedGateway", null)).isEmpty();
        Http.Res again = tenant.post(convert, null, null);
        assertThat(again.status).isEqualTo(400);
        // an advanced edge is what the system administrator may now give distributed routing
        assertThat(advanced.links("edgeGateway:enableDistributedRouting", null)).hasSize(1);
    }

    @Test
    void anUnknownEdgeIsRefusedForEveryAction() {
        for (String action : List.of("redeploy", "reapplyServices", "syncSyslogServerSettings", "upgradeConfig",
                "convertToAdvancedGateway")) {
            Http.Res r = admin.post("/api/admin/edgeGateway/00000000-0000-0000-0000-000000000001/action/" + action,
                    null, null);
            assertThat(r.status).as(action).isIn(403, 404);
            assertThat(r.body).as(action).doesNotContain("No resource at");
        }
    }
}

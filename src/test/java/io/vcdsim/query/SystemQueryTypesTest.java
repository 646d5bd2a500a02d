package io.vcdsim.query;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system administrators' typed queries pyvcloud's search tests run for every ResourceType: those backed by what
 * vcdsim has (services, provider and org VDC resource pools, the distributed switch, cells) and those of what it never
 * has, answered empty with their fields there to filter on.
 */
class SystemQueryTypesTest {
    static final String SERVICE = "application/vnd.vmware.admin.service+xml";
    static final List<String> EMPTY = List.of("adminGroup", "strandedUser", "adminShadowVM", "condition",
            "externalLocalization", "fromCloudTunnel", "toCloudTunnel");
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void login() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    static Element only(String query, String element) {
        Http.Res r = admin.get(query);
        assertThat(r.status).as(r.body).isEqualTo(200);
        List<Element> records = r.children(element);
        assertThat(records).as(r.body).hasSize(1);
        return records.get(0);
    }

    static String total(String query) {
        Http.Res r = admin.get(query);
        assertThat(r.status).as(r.body).isEqualTo(200);
        return r.attr("total");
    }

    @Test
    void serviceRecordsNameTheRegisteredServicesAndFilterByNamespace() {
        Http.Res made = admin.post("/api/admin/extension/service", SERVICE, "<vmext:Service xmlns=\"" + Http.NS
                + "\" xmlns:vmext=\"" + Http.VMEXT + "\" name=\"billing\"><vmext:Namespace>billing-ns</vmext:Namespace>"
                + "<vmext:Enabled>true</vmext:Enabled><vmext:RoutingKey>billing</vmext:RoutingKey>"
                + "<vmext:Exchange>vcd</vmext:Exchange><vmext:Vendor>acme-soft</vmext:Vendor></vmext:Service>");
        assertThat(made.status).as(made.body).isEqualTo(201);
        Element record = only("/api/query?type=service&format=records&filter=namespace==billing-ns", "ServiceRecord");
        assertThat(record.getAttribute("name")).isEqualTo("billing");
        assertThat(record.getAttribute("href")).isEqualTo(made.attr("href"));
        assertThat(record.getAttribute("vendor")).isEqualTo("acme-soft");
        assertThat(only("/api/query?type=service&format=idrecords&filter=name==billing", "ServiceRecord")
                .getAttribute("id")).isEqualTo(made.attr("id"));
        assertThat(total("/api/query?type=service&filter=vendor==acme-soft;namespace==other-ns")).isEqualTo("0");
        assertThat(admin.get("/api/query?type=service&format=references&filter=name==billing")
                .children("ServiceReference")).hasSize(1);
    }

    @Test
    void providerVdcResourcePoolRelationListsEachPoolOfAProviderVdc() {
        Element primary = only("/api/query?type=providerVdcResourcePoolRelation&format=records&filter=isPrimary==true",
                "ProviderVdcResourcePoolRelationRecord");
        String pool = admin.get("/api/query?type=resourcePool&format=records&filter=isPrimary==true")
                .children("ResourcePoolRecord").get(0).getAttribute("href");
        assertThat(primary.getAttribute("href")).isEqualTo(pool);
        assertThat(primary.getAttribute("providerVdc")).contains("/api/admin/providervdc/");
        assertThat(primary.getAttribute("vcName")).isEqualTo("vc1");
        assertThat(primary.getAttribute("isEnabled")).isEqualTo("true");
        assertThat(primary.getAttribute("resourcePoolMoref")).startsWith("resgroup-");
        assertThat(Long.parseLong(primary.getAttribute("cpuReservationLimitMhz"))).isPositive();
        assertThat(Long.parseLong(primary.getAttribute("memoryReservationLimitMB"))).isPositive();
        assertThat(primary.getAttribute("cpuReservationAllocationMhz")).isEqualTo("0");
        assertThat(primary.getAttribute("numberOfVMs")).isEqualTo("0");
        String moref = primary.getAttribute("resourcePoolMoref");
        assertThat(total("/api/query?type=providerVdcResourcePoolRelation&filter=resourcePoolMoref==" + moref
                + ";vcName==vc1")).isEqualTo("1");
        assertThat(admin.get("/api/query?type=providerVdcResourcePoolRelation&format=idrecords&filter=isPrimary==true")
                .children("ProviderVdcResourcePoolRelationRecord").get(0).getAttribute("id"))
                .startsWith("urn:vcloud:resourcepool:");
    }

    @Test
    void orgVdcResourcePoolRelationNamesTheProviderVdcsPrimaryPoolOfEachVdc() {
        String vdc = admin.get("/api/query?type=adminOrgVdc&format=records&filter=name==acme-vdc")
                .children("AdminVdcRecord").get(0).getAttribute("href").replace("/api/admin/vdc/", "/api/vdc/");
        Element record = only("/api/query?type=orgVdcResourcePoolRelation&format=records&filter=vdc==" + vdc,
                "OrgVdcResourcePoolRelationRecord");
        Element primary = admin.get("/api/query?type=providerVdcResourcePoolRelation&filter=isPrimary==true")
                .children("ProviderVdcResourcePoolRelationRecord").get(0);
        assertThat(record.getAttribute("resourcePoolMoref")).isEqualTo(primary.getAttribute("resourcePoolMoref"));
        assertThat(record.getAttribute("resourcePoolName")).isEqualTo(primary.getAttribute("name"));
        assertThat(record.getAttribute("vc")).isEqualTo(primary.getAttribute("vc"));
        assertThat(record.getAttribute("vcName")).isEqualTo("vc1");
        assertThat(total("/api/query?type=orgVdcResourcePoolRelation&filter=resourcePoolName==none")).isEqualTo("0");
    }

    @Test
    void dvSwitchIsTheOneTheDistributedPortGroupsAreOnAndHasNoReferencesFormat() {
        Element record = only("/api/query?type=dvSwitch&format=records&filter=name==dvswitch-1", "DvSwitchRecord");
        assertThat(record.getAttribute("moref")).isEqualTo("dvs-1");
        assertThat(record.getAttribute("vcName")).isEqualTo("vc1");
        assertThat(record.getAttribute("isVCEnabled")).isEqualTo("true");
        assertThat(record.getAttribute("vc")).contains("/api/admin/extension/vimServer/");
        assertThat(total("/api/query?type=dvSwitch&filter=moref==dvs-9")).isEqualTo("0");
        // vCD answers it in records and idrecords only
        Http.Res references = admin.get("/api/query?type=dvSwitch&format=references");
        assertThat(references.status).isEqualTo(400);
        assertThat(references.minor()).isEqualTo("BAD_REQUEST");
        List<String> formats = admin.get("/api/query").children("Link").stream()
                .filter(l -> l.getAttribute("name").equals("dvSwitch")).map(l -> l.getAttribute("type")).toList();
        assertThat(formats).containsExactlyInAnyOrder("application/vnd.vmware.vcloud.query.records+xml",
                "application/vnd.vmware.vcloud.query.idrecords+xml");
    }

    @Test
    void cellRecordsListTheLiveCellWithTheProductVersion() {
        Element cell = only("/api/query?type=cell&format=records&filter=isActive==1", "CellRecord");
        assertThat(cell.getAttribute("name")).isNotBlank();
        assertThat(cell.getAttribute("version")).isEqualTo("10.5.1.22917013");
        assertThat(cell.getAttribute("buildDate")).startsWith("2023-11-22T08:55:29");
        assertThat(total("/api/query?type=cell&filter=name==" + cell.getAttribute("name") + ";isActive==1"))
                .isEqualTo("1");
        assertThat(total("/api/query?type=cell&filter=isActive==0")).isEqualTo("0");
    }

    @Test
    void typesOfWhatVcdsimNeverHasAnswerNoRecordsAndFilterOnTheirFields() {
        for (String type : EMPTY) {
            for (String format : List.of("records", "idrecords")) {
                Http.Res r = admin.get("/api/query?type=" + type + "&format=" + format);
                assertThat(r.status).as(type + " " + r.body).isEqualTo(200);
                assertThat(r.attr("total")).as(type).isEqualTo("0");
                assertThat(r.attr("name")).isEqualTo(type);
            }
        }
        String org = "urn:vcloud:org:" + java.util.UUID.randomUUID();
        for (String query : List.of("adminGroup&filter=name==g*;isReadOnly==false;org==" + org,
                "strandedUser&filter=numberOfStoredVMs=gt=0;isInSync==true",
                "adminShadowVM&filter=status==RESOLVED;isBusy==false&sortAsc=datastoreName",
                "condition&filter=severity==error;occurenceDate=gt=2020-01-01T00:00:00Z",
                "externalLocalization&filter=locale==en_US;key==k",
                "fromCloudTunnel&filter=destinationPort==443;org==" + org,
                "toCloudTunnel&filter=useSsl==true;trafficType==REPLICATION")) {
            assertThat(total("/api/query?type=" + query)).as(query).isEqualTo("0");
        }
        Http.Res unknown = admin.get("/api/query?type=condition&filter=nothing==1");
        assertThat(unknown.status).isEqualTo(400);
        assertThat(admin.get("/api/query?type=condition&format=references").status).isEqualTo(400);
    }

    @Test
    void aTenantIsRefusedTheSystemTypesAndSeesNoCloudTunnels() {
        for (String type : List.of("service", "providerVdcResourcePoolRelation", "orgVdcResourcePoolRelation",
                "dvSwitch", "cell", "vmGroupVms", "adminGroup", "strandedUser", "adminShadowVM", "condition",
                "externalLocalization")) {
            Http.Res r = tenant.get("/api/query?type=" + type + "&format=records");
            assertThat(r.status).as(type).isEqualTo(403);
            assertThat(r.minor()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        }
        // vCD offers the tunnel queries to every user
        for (String type : List.of("fromCloudTunnel", "toCloudTunnel")) {
            Http.Res r = tenant.get("/api/query?type=" + type + "&format=idrecords");
            assertThat(r.status).as(type).isEqualTo(200);
            assertThat(r.attr("total")).isEqualTo("0");
        }
        assertThat(tenant.get("/api/query").children("Link")).extracting(l -> l.getAttribute("name"))
                .contains("fromCloudTunnel").doesNotContain("cell", "dvSwitch", "service", "adminShadowVM");
    }
}

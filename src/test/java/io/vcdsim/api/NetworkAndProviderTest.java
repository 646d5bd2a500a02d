package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The org network, the provider VDC, its storage profile and network pool, and events, read where they are linked. */
class NetworkAndProviderTest {
    static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    static String text(Element e, String localName) {
        return e.getElementsByTagNameNS(Http.NS, localName).item(0).getTextContent();
    }

    @Test
    void theOrgNetworkReadsAsGoVcloudDirectorsOrgVdcNetwork() {
        String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("href");
        Element ref = Http.Res.children(tenant.get(vdc).child("AvailableNetworks"), "Network").get(0);
        // vCD (and go-vcloud-director's Test_NewVdc) list a VDC's networks by the generic network type
        assertThat(ref.getAttribute("type")).isEqualTo("application/vnd.vmware.vcloud.network+xml");
        Http.Res net = tenant.get(ref.getAttribute("href"));
        assertThat(net.status).as(net.body).isEqualTo(200);
        assertThat(net.root().getLocalName()).isEqualTo("OrgVdcNetwork");
        assertThat(net.attr("name")).isEqualTo("acme-net");
        assertThat(net.attr("id")).startsWith("urn:vcloud:network:");
        assertThat(net.link("up", "application/vnd.vmware.vcloud.vdc+xml")).isEqualTo(vdc);
        Element config = net.child("Configuration");
        assertThat(text(config, "FenceMode")).isEqualTo("natRouted");
        assertThat(text(config, "Gateway")).isEqualTo("192.168.100.1");
        assertThat(text(config, "Netmask")).isEqualTo("255.255.255.0");
        assertThat(text(config, "SubnetPrefixLength")).isEqualTo("24");

        String adminHref = net.link("alternate", "application/vnd.vmware.vcloud.orgNetwork+xml");
        assertThat(adminHref).contains("/api/admin/network/");
        Http.Res adminView = tenant.get(adminHref);
        assertThat(adminView.attr("href")).isEqualTo(adminHref);
        assertThat(adminView.link("up", "application/vnd.vmware.admin.vdc+xml")).contains("/api/admin/vdc/");

        Http.Res metadata = tenant.get(net.link("down", "application/vnd.vmware.vcloud.metadata+xml"));
        assertThat(metadata.root().getLocalName()).isEqualTo("Metadata");

        String other = vcd.httpUrl() + "/api/network/" + UUID.randomUUID();
        assertThat(tenant.get(other).status).isEqualTo(403);
    }

    @Test
    void theProviderVdcItsStorageProfileAndNetworkPoolAreReadable() {
        Element pvdcRef = Http.Res.children(admin.get("/api/admin").child("ProviderVdcReferences"),
                "ProviderVdcReference").get(0);
        Http.Res pvdc = admin.get(pvdcRef.getAttribute("href"));
        assertThat(pvdc.status).as(pvdc.body).isEqualTo(200);
        assertThat(pvdc.root().getLocalName()).isEqualTo("ProviderVdc");
        assertThat(pvdc.attr("name")).isEqualTo(pvdcRef.getAttribute("name"));
        assertThat(Http.Res.children(pvdc.child("Vdcs"), "Vdc")).extracting(v -> v.getAttribute("name"))
                .contains("acme-vdc");

        String profile = Http.Res.children(pvdc.child("StorageProfiles"), "ProviderVdcStorageProfile").get(0)
                .getAttribute("href");
        Http.Res sp = admin.get(profile);
        assertThat(sp.root().getLocalName()).isEqualTo("ProviderVdcStorageProfile");
        assertThat(sp.link("up", "application/vnd.vmware.admin.providervdc+xml"))
                .isEqualTo(pvdcRef.getAttribute("href"));

        String pool = Http.Res.children(pvdc.child("NetworkPoolReferences"), "NetworkPoolReference").get(0)
                .getAttribute("href");
        Http.Res np = admin.get(pool);
        assertThat(np.root().getNamespaceURI()).isEqualTo(VMEXT);
        assertThat(np.root().getLocalName()).isEqualTo("VMWNetworkPool");

        assertThat(tenant.get(pvdcRef.getAttribute("href")).status).isEqualTo(403);

        // go-vcloud-director finds it by a typed query before it reads it
        Http.Res query = admin.get("/api/query?type=providerVdc&format=records&filter=name==" + pvdc.attr("name"));
        assertThat(query.status).as(query.body).isEqualTo(200);
        Element record = query.children("VMWProviderVdcRecord").get(0);
        assertThat(record.getAttribute("href")).isEqualTo(pvdcRef.getAttribute("href"));
        assertThat(record.getAttribute("isEnabled")).isEqualTo("true");
        assertThat(tenant.get("/api/query?type=providerVdc").status).isEqualTo(403);
        assertThat(admin.get(pool.replace(pool.substring(pool.lastIndexOf('/') + 1), UUID.randomUUID().toString()))
                .status).isEqualTo(403);
    }

    /** pyvcloud's Platform.list_vcenters (the first step of its system tests' setup) and go-vcloud-director's. */
    @Test
    void theSimulatedVCenterIsListedOnBothFaces() {
        String refs = admin.get("/api/admin/extension").link("down",
                "application/vnd.vmware.admin.vmwVimServerReferences+xml");
        Http.Res list = admin.get(refs);
        assertThat(list.status).as(list.body).isEqualTo(200);
        Element ref = Http.Res.children(list.root(), VMEXT, "VimServerReference").get(0);
        assertThat(ref.getAttribute("name")).isEqualTo("vc1");
        Http.Res vc = admin.get(ref.getAttribute("href"));
        assertThat(vc.root().getLocalName()).isEqualTo("VimServer");
        assertThat(vc.root().getElementsByTagNameNS(VMEXT, "IsConnected").item(0).getTextContent()).isEqualTo("true");
        assertThat(tenant.get(refs).status).isEqualTo(403);

        Http admin37 = Sim.admin(vcd.sim()).version("37.1");
        var all = CloudApiCalls.get(admin37, CloudApiCalls.V1 + "/virtualCenters").json();
        assertThat(all.get("resultTotal").asInt()).isEqualTo(1);
        String id = all.get("values").get(0).get("vcId").asText();
        assertThat(id).isEqualTo(ref.getAttribute("id"));
        assertThat(CloudApiCalls.get(admin37, CloudApiCalls.V1 + "/virtualCenters/" + id).json().get("name")
                .asText()).isEqualTo("vc1");
        assertThat(admin.get("/api/query?type=virtualCenter&format=records").children("VirtualCenterRecord"))
                .hasSize(1);
    }

    @Test
    void theCloudapiListsTheNetworkPoolAndAVdcsCapabilities() {
        Http admin37 = Sim.admin(vcd.sim()).version("37.1");
        Http tenant37 = Sim.tenant(vcd.sim()).version("37.1");
        var pools = CloudApiCalls.get(admin37, CloudApiCalls.V1 + "/networkPools/networkPoolSummaries?"
                + CloudApiCalls.filter("name==pool-1")).json();
        assertThat(pools.get("resultTotal").asInt()).isEqualTo(1);
        String poolId = pools.get("values").get(0).get("id").asText();
        assertThat(poolId).startsWith("urn:vcloud:networkpool:");
        var pool = CloudApiCalls.get(admin37, CloudApiCalls.V1 + "/networkPools/" + poolId).json();
        assertThat(pool.get("name").asText()).isEqualTo("pool-1");
        assertThat(pool.get("poolType").asText()).isEqualTo("VLAN");
        assertThat(CloudApiCalls.get(tenant37, CloudApiCalls.V1 + "/networkPools/networkPoolSummaries").status)
                .isEqualTo(403);
        assertThat(admin.get("/api/query?type=networkPool&format=records").children("NetworkPoolRecord"))
                .extracting(e -> e.getAttribute("name")).containsExactly("nsxt-pool-1", "pool-1"); // and the GENEVE pool
        // vCD's numbers, which go-vcloud-director parses as ints (VLAN 0, GENEVE 5)
        assertThat(admin.get("/api/query?type=networkPool&format=records&sortAsc=name").children("NetworkPoolRecord"))
                .extracting(e -> e.getAttribute("networkPoolType")).containsExactly("5", "0");

        String vdc = tenant.get("/api/query?type=orgVdc&format=references").children("OrgVdcReference").get(0)
                .getAttribute("id");
        var capabilities = CloudApiCalls.get(tenant37, CloudApiCalls.V1 + "/vdcs/" + vdc + "/capabilities").json();
        String provider = null;
        for (var c : capabilities.get("values")) {
            if (c.get("name").asText().equals("networkProvider")) {
                provider = c.get("value").asText();
            }
        }
        assertThat(provider).isEqualTo("NSX_V");
        assertThat(CloudApiCalls.get(tenant37, CloudApiCalls.V1 + "/vdcs/urn:vcloud:vdc:" + UUID.randomUUID()
                + "/capabilities").status).isEqualTo(403);
    }

    @Test
    void anEventTheQueryListsCanBeRead() {
        String name = "evt-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Res created = Sim.createCatalog(tenant, name);
        tenant.awaitTask(created);
        Http.Res events = tenant.get("/api/query?type=event&format=records&sortDesc=timeStamp&pageSize=128"
                + "&filter=entityName==" + name);
        assertThat(events.status).as(events.body).isEqualTo(200);
        Element record = events.children("EventRecord").get(0);
        Http.Res event = tenant.get(record.getAttribute("href"));
        assertThat(event.status).as(event.body).isEqualTo(200);
        assertThat(event.root().getLocalName()).isEqualTo("Event");
        assertThat(event.attr("type")).isEqualTo(record.getAttribute("eventType"));
        assertThat(event.child("Owner").getAttribute("name")).isEqualTo(name);
        assertThat(event.child("User").getAttribute("name")).isEqualTo("acmeadmin");
    }
}

package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the NSX-T manager offers as go-vcloud-director reads it: segment profiles (nsxt_segment_profiles.go), gateway
 * QoS profiles (nsxt_edgegateway_qos_profile.go), network context profiles (nsxt_network_context_profile.go) and
 * importable segments (nsxt_importable_switch.go).
 */
class CloudApiNsxtProfilesTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static final List<String> SEGMENT_PROFILES = List.of("segmentIpDiscoveryProfiles", "segmentMacDiscoveryProfiles",
            "segmentSpoofGuardProfiles", "segmentQoSProfiles", "segmentSecurityProfiles");
    static Http admin;
    static Http tenant;
    static String managerUrn;
    static String vdcUrn;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("38.0");
        tenant = Sim.tenant(vcd.sim()).version("38.0");
        managerUrn = CloudApiNsxtTest.managerUrn(admin);
        vdcUrn = CloudApiCalls.acmeVdcUrn(tenant);
    }

    static List<String> displayNames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("values").forEach(v -> names.add(v.get("displayName").asText()));
        return names;
    }

    @Test
    void eachSegmentProfileKindHasNsxtsDefaultAndTheProvidersForTheManager() {
        List<String> expected = List.of("ip-discovery-1", "mac-discovery-1", "spoofguard-1", "qos-1",
                "segment-security-1");
        for (int i = 0; i < SEGMENT_PROFILES.size(); i++) {
            JsonNode page = get(admin, V1 + "/nsxTResources/" + SEGMENT_PROFILES.get(i) + "?"
                    + filter("nsxTManagerRef.id==" + managerUrn)).json();
            assertThat(displayNames(page)).hasSize(2).contains(expected.get(i))
                    .anyMatch(n -> n.startsWith("default-"));
            assertThat(page.get("values").get(0).get("nsxTManagerRef").get("id").asText()).isEqualTo(managerUrn);
            assertThat(page.get("values").get(0).get("id").asText()).isNotBlank();
        }
    }

    @Test
    void segmentProfilesCarryTheSettingsOfTheirKind() {
        JsonNode ip = get(admin, V1 + "/nsxTResources/segmentIpDiscoveryProfiles?" + filter("nsxTManagerRef.id=="
                + managerUrn)).json().get("values").get(0);
        assertThat(ip.has("arpBindingLimit")).isTrue();
        JsonNode qos = get(admin, V1 + "/nsxTResources/segmentQoSProfiles?" + filter("nsxTManagerRef.id=="
                + managerUrn)).json().get("values").get(0);
        assertThat(qos.get("egressRateLimiter").has("avgBandwidth")).isTrue();
        JsonNode mac = get(admin, V1 + "/nsxTResources/segmentMacDiscoveryProfiles?" + filter("nsxTManagerRef.id=="
                + managerUrn)).json().get("values").get(0);
        assertThat(mac.get("macPolicy").asText()).isEqualTo("ALLOW");
    }

    @Test
    void aVdcsOrgReadsItsSegmentProfilesButNotTheManagers() {
        assertThat(displayNames(get(tenant, V1 + "/nsxTResources/segmentQoSProfiles?" + filter("orgVdcId=="
                + vdcUrn)).json())).contains("qos-1");
        assertThat(get(tenant, V1 + "/nsxTResources/segmentQoSProfiles?" + filter("nsxTManagerRef.id=="
                + managerUrn)).status).isEqualTo(403);
    }

    @Test
    void aSegmentProfileListNeedsOneKnownContext() {
        String path = V1 + "/nsxTResources/segmentSecurityProfiles";
        assertThat(get(admin, path).status).isEqualTo(400);
        assertThat(get(admin, path + "?" + filter("displayName==x")).status).isEqualTo(400);
        assertThat(get(admin, path + "?" + filter("nsxTManagerRef.id==" + managerUrn + ";orgVdcId==" + vdcUrn))
                .status).isEqualTo(400);
        assertThat(get(admin, path + "?" + filter("nsxTManagerRef.id==urn:vcloud:nsxtmanager:" + UUID.randomUUID()))
                .status).isEqualTo(403);
        assertThat(get(admin, path + "?" + filter("orgVdcId==urn:vcloud:vdc:" + UUID.randomUUID())).status)
                .isEqualTo(403);
        assertThat(get(admin, path + "?" + filter("vdcGroupId==urn:vcloud:vdcGroup:" + UUID.randomUUID())).status)
                .isEqualTo(403);
    }

    @Test
    void gatewayQosProfilesAreListedForTheManager() {
        JsonNode page = get(admin, V1 + "/nsxTResources/gatewayQoSProfiles?" + filter("nsxTManagerRef.id=="
                + managerUrn)).json();
        assertThat(displayNames(page)).contains("gateway-qos-1");
        assertThat(page.get("values").get(0).get("committedBandwidth").asInt()).isPositive();
        assertThat(page.get("values").get(0).get("excessAction").asText()).isEqualTo("DROP");
    }

    @Test
    void contextProfilesAreNsxtsSystemOnesFoundByNameScopeAndContext() {
        JsonNode all = get(admin, V1 + "/networkContextProfiles?pageSize=128").json();
        assertThat(names(all)).contains("AMQP", "HTTP", "SSL", "DNS", "FTP").hasSizeGreaterThan(36);
        JsonNode amqp = get(admin, V1 + "/networkContextProfiles?" + filter("name==AMQP;_context==" + managerUrn
                + ";scope==SYSTEM")).json();
        assertThat(amqp.get("values")).hasSize(1);
        assertThat(amqp.get("values").get(0).get("id").asText()).startsWith("urn:vcloud:networkContextProfile:");
        assertThat(amqp.get("values").get(0).get("attributes").get(0).get("values").get(0).asText())
                .isEqualTo("AMQP");
        for (String scope : List.of("PROVIDER", "TENANT")) {
            assertThat(get(admin, V1 + "/networkContextProfiles?" + filter("name==AMQP;_context==" + managerUrn
                    + ";scope==" + scope)).json().get("values")).isEmpty();
        }
    }

    @Test
    void tenantsReadContextProfilesOfTheirVdcsButNotOfTheManager() {
        assertThat(names(get(tenant, V1 + "/networkContextProfiles?" + filter("_context==" + vdcUrn)).json()))
                .contains("AMQP");
        assertThat(get(tenant, V1 + "/networkContextProfiles?" + filter("_context==" + managerUrn)).status)
                .isEqualTo(403);
        assertThat(get(admin, V1 + "/networkContextProfiles?" + filter("scope==GLOBAL")).status).isEqualTo(400);
    }

    @Test
    void importableSegmentsAreListedForAVdcOrTheManagerAsABareList() {
        String vdcId = vdcUrn.replaceAll(".*:", "");
        Http.Res res = admin.send(admin.request("/network/orgvdcnetworks/importableswitches/?orgVdc=" + vdcId)
                .header("Accept", "application/json").GET());
        assertThat(res.status).as(res.body).isEqualTo(200);
        List<String> names = new ArrayList<>();
        res.json().forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).contains("segment-1", "segment-2");
        assertThat(res.json().get(0).get("id").asText()).isNotBlank();
        String manager = managerUrn.replaceAll(".*:", "");
        assertThat(admin.send(admin.request("/network/orgvdcnetworks/importableswitches/?nsxTManager=" + manager)
                .header("Accept", "application/json").GET()).json()).hasSize(names.size());
    }

    @Test
    void importableSegmentsNeedAContext() {
        assertThat(admin.send(admin.request("/network/orgvdcnetworks/importableswitches/")
                .header("Accept", "application/json").GET()).status).isEqualTo(400);
        assertThat(tenant.send(tenant.request("/network/orgvdcnetworks/importableswitches/?nsxTManager="
                + managerUrn.replaceAll(".*:", "")).header("Accept", "application/json").GET()).status)
                .isEqualTo(403);
    }
}

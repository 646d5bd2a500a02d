package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.names;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runtime defined entity interfaces and types as go-vcloud-director's Test_DefinedInterface,
 * Test_DefinedInterfaceBehavior and Test_RdeAndRdeType make, read and delete them; entities are in
 * {@link CloudApiRdeEntityTest}.
 */
class CloudApiRdeTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static final String INTERFACES = V1 + "/interfaces";
    static final String TYPES = V1 + "/entityTypes";
    /** go-vcloud-director's test-resources/rde_type.json: "foo" is required. */
    static final String SCHEMA = "{\"definitions\":{\"foo\":{\"properties\":{\"key\":{\"type\":\"string\"}},"
            + "\"type\":\"object\"}},\"properties\":{\"bar\":{\"type\":\"string\"},\"foo\":{\"$ref\":"
            + "\"#/definitions/foo\"},\"prop2\":{\"properties\":{\"subprop1\":{\"type\":\"string\"}},"
            + "\"type\":\"object\"}},"
            + "\"required\":[\"foo\"],\"type\":\"object\"}";

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new type vendor:nss:1.0.0 implementing the built-in Kubernetes interface: its URN. */
    static String createType(Http who, String vendor, String nss) {
        Http.Res created = send(who, "POST", TYPES, "{\"name\":\"" + nss + "\",\"vendor\":\"" + vendor + "\",\"nss\":\""
                + nss + "\",\"version\":\"1.0.0\",\"description\":\"made by a test\",\"schema\":" + SCHEMA
                + ",\"interfaces\":[\"urn:vcloud:interface:vmware:k8s:1.0.0\"]}");
        assertThat(created.status).as(created.body).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void anInterfaceIsMadeWithAnIdFromVendorNssAndVersionReadByEveryoneRenamedAndDeleted() {
        String nss = unique("nss");
        Http.Res created = send(admin, "POST", INTERFACES, "{\"name\":\"first\",\"vendor\":\"acmecorp\","
                + "\"nss\":\"" + nss + "\",\"version\":\"1.2.3\"}");
        assertThat(created.status).as(created.body).isEqualTo(201);
        String id = "urn:vcloud:interface:acmecorp:" + nss + ":1.2.3";
        assertThat(created.json().get("id").asText()).isEqualTo(id);
        assertThat(created.json().get("readonly").asBoolean()).isFalse();

        // GetDefinedInterface: a filtered list, the same for a tenant
        String byName = INTERFACES + "?" + filter("vendor==acmecorp;nss==" + nss + ";version==1.2.3");
        assertThat(get(admin, byName).json().get("values").get(0)).isEqualTo(created.json());
        assertThat(get(tenant, byName).json().get("values").get(0)).isEqualTo(created.json());
        assertThat(get(tenant, INTERFACES + "/" + id).json()).isEqualTo(created.json());
        assertThat(get(tenant, INTERFACES).json().get("resultTotal"))
                .isEqualTo(get(admin, INTERFACES).json().get("resultTotal"));

        Http.Res renamed = send(admin, "PUT", INTERFACES + "/" + id, "{\"name\":\"second\",\"vendor\":\"acmecorp\","
                + "\"nss\":\"" + nss + "\",\"version\":\"1.2.3\"}");
        assertThat(renamed.status).as(renamed.body).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("second");
        assertThat(send(admin, "DELETE", INTERFACES + "/" + id, "").status).isEqualTo(204);
        assertThat(get(admin, INTERFACES + "/" + id).status).as("gone: vCD's 403").isEqualTo(403);
    }

    @Test
    void badOrDuplicateInterfacesAndTenantsChangingThemAreRefused() {
        String nss = unique("nss");
        String body = "{\"name\":\"i\",\"vendor\":\"acmecorp\",\"nss\":\"" + nss + "\",\"version\":\"1.0.0\"}";
        assertThat(send(admin, "POST", INTERFACES, body).status).isEqualTo(201);
        Http.Res again = send(admin, "POST", INTERFACES, body);
        assertThat(again.status).isEqualTo(400);
        assertThat(again.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
        for (String bad : new String[]{body.replace("1.0.0", "one"), body.replace("acmecorp", "a:b"),
                body.replace("\"name\":\"i\",", ""), "{}"}) {
            assertThat(send(admin, "POST", INTERFACES, bad).status).as(bad).isEqualTo(400);
        }
        String id = "urn:vcloud:interface:acmecorp:" + nss + ":1.0.0";
        for (Http.Res r : new Http.Res[]{send(tenant, "POST", INTERFACES, body.replace(nss, nss + "t")),
                send(tenant, "PUT", INTERFACES + "/" + id, body), send(tenant, "DELETE", INTERFACES + "/" + id, "")}) {
            assertThat(r.status).isEqualTo(403);
            assertThat(r.json().get("minorErrorCode").asText()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        }
        assertThat(get(admin, INTERFACES + "/urn:vcloud:interface:acmecorp:nothere:1.0.0").status).isEqualTo(403);
        assertThat(get(admin, INTERFACES + "/not-a-urn").status).isEqualTo(403);
    }

    @Test
    void theBuiltInKubernetesInterfaceHasItsCreateKubeConfigBehavior() {
        String k8s = INTERFACES + "/urn:vcloud:interface:vmware:k8s:1.0.0";
        assertThat(get(tenant, k8s).json().get("name").asText()).isEqualTo("Kubernetes");
        JsonNode behavior = get(admin, k8s + "/behaviors").json().get("values").get(0);
        assertThat(behavior.get("id").asText())
                .isEqualTo("urn:vcloud:behavior-interface:createKubeConfig:vmware:k8s:1.0.0");
        assertThat(behavior.get("description").asText()).isEqualTo("Creates and returns a kubeconfig");
        assertThat(behavior.get("execution").get("type").asText()).isEqualTo("Activity");
    }

    @Test
    void anInterfaceBehaviorIsAddedOnceReadChangedAndDeleted() {
        String nss = unique("nss");
        send(admin, "POST", INTERFACES, "{\"name\":\"i\",\"vendor\":\"acmecorp\",\"nss\":\"" + nss
                + "\",\"version\":\"1.0.0\"}");
        String behaviors = INTERFACES + "/urn:vcloud:interface:acmecorp:" + nss + ":1.0.0/behaviors";
        String body = "{\"name\":\"doIt\",\"description\":\"does it\",\"execution\":{\"id\":\"A\","
                + "\"type\":\"Activity\"}}";
        Http.Res added = send(admin, "POST", behaviors, body);
        assertThat(added.status).as(added.body).isEqualTo(201);
        String id = "urn:vcloud:behavior-interface:doIt:acmecorp:" + nss + ":1.0.0";
        assertThat(added.json().get("id").asText()).isEqualTo(id);
        assertThat(added.json().get("ref").asText()).isEqualTo(id);

        Http.Res again = send(admin, "POST", behaviors, body);
        assertThat(again.status).isEqualTo(400);
        assertThat(again.body).contains("RDE_BEHAVIOR_ALREADY_EXISTS");
        assertThat(send(admin, "POST", behaviors, "{\"name\":\"x\",\"execution\":{}}").status).isEqualTo(400);
        assertThat(get(admin, behaviors + "/urn:vcloud:behavior-interface:notexist:notexist:notexist:9.9.9").status)
                .isEqualTo(403);

        Http.Res changed = send(admin, "PUT", behaviors + "/" + id, "{\"name\":\"renamed\",\"ref\":\"other\","
                + "\"description\":\"updated\",\"execution\":{\"id\":\"B\",\"type\":\"Activity\"}}");
        assertThat(changed.status).as(changed.body).isEqualTo(200);
        assertThat(changed.json().get("name").asText()).isEqualTo("doIt");
        assertThat(changed.json().get("ref").asText()).isEqualTo(id);
        assertThat(changed.json().get("execution").get("id").asText()).isEqualTo("B");
        assertThat(get(admin, behaviors).json().get("values").get(0)).isEqualTo(changed.json());
        assertThat(send(admin, "DELETE", behaviors + "/" + id, "").status).isEqualTo(204);
        assertThat(get(admin, behaviors).json().get("resultTotal").asInt()).isZero();
    }

    @Test
    void aTypeIsMadeWithItsRightsAndBundleWhichGoWithIt() {
        String nss = unique("nss");
        String id = createType(admin, "acmecorp", nss);
        assertThat(id).isEqualTo("urn:vcloud:type:acmecorp:" + nss + ":1.0.0");
        JsonNode type = get(admin, TYPES + "/" + id).json();
        assertThat(type.get("schema").get("required").get(0).asText()).isEqualTo("foo");
        assertThat(type.get("interfaces").get(0).asText()).isEqualTo("urn:vcloud:interface:vmware:k8s:1.0.0");
        assertThat(get(admin, TYPES + "?" + filter("vendor==acmecorp;nss==" + nss + ";version==1.0.0")).json()
                .get("values").get(0)).isEqualTo(type);

        // the rights bundle go-vcloud-director publishes and whose rights it gives a role
        String bundles = V1 + "/rightsBundles?" + filter("name==acmecorp:" + nss + " Entitlement");
        JsonNode bundle = get(admin, bundles).json().get("values").get(0);
        JsonNode rights = get(admin, V1 + "/rightsBundles/" + bundle.get("id").asText() + "/rights").json();
        assertThat(names(rights)).containsExactlyInAnyOrder("acmecorp:" + nss + ": View",
                "acmecorp:" + nss + ": Modify", "acmecorp:" + nss + ": Full Access",
                "acmecorp:" + nss + ": Administrator View", "acmecorp:" + nss + ": Administrator Full access");
        assertThat(CloudApiCalls.rightId(admin, "acmecorp:" + nss + ": View")).startsWith("urn:vcloud:right:");

        Http.Res changed = send(admin, "PUT", TYPES + "/" + id, type.toString().replace("made by a test", "changed"));
        assertThat(changed.status).as(changed.body).isEqualTo(200);
        assertThat(changed.json().get("description").asText()).isEqualTo("changed");
        assertThat(send(admin, "PUT", TYPES + "/" + id, type.toString().replace("1.0.0\"", "2.0.0\"")).status)
                .as("the version stays").isEqualTo(400);

        assertThat(send(admin, "DELETE", TYPES + "/" + id, "").status).isEqualTo(204);
        assertThat(get(admin, TYPES + "/" + id).status).isEqualTo(403);
        assertThat(get(admin, bundles).json().get("resultTotal").asInt()).isZero();
        assertThat(get(admin, V1 + "/rights?" + filter("name==acmecorp:" + nss + ": View")).json()
                .get("resultTotal").asInt()).isZero();
    }

    @Test
    void aTenantSeesATypeOnlyOnceItsRoleHoldsTheTypesRights() {
        String nss = unique("nss");
        String id = createType(admin, "acmecorp", nss);
        Http.Res denied = send(tenant, "POST", TYPES, "{\"name\":\"t\",\"vendor\":\"acmecorp\",\"nss\":\"other\","
                + "\"version\":\"1.0.0\",\"schema\":" + SCHEMA + "}");
        assertThat(denied.status).isEqualTo(403);
        assertThat(denied.json().get("minorErrorCode").asText()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        String filtered = TYPES + "?" + filter("nss==" + nss);
        assertThat(get(tenant, filtered).json().get("resultTotal").asInt()).isZero();
        assertThat(get(tenant, TYPES + "/" + id).status).isEqualTo(403);

        Http reader = RdeUsers.withRights(tenant, vcd.httpUrl(), "acmecorp:" + nss + ": View");
        assertThat(get(reader, filtered).json().get("resultTotal").asInt()).isEqualTo(1);
        assertThat(get(reader, TYPES + "/" + id).json()).isEqualTo(get(admin, TYPES + "/" + id).json());
        assertThat(send(reader, "DELETE", TYPES + "/" + id, "").status).isEqualTo(403);
    }

    @Test
    void badTypesDuplicatesAndUsedInterfacesAreRefused() {
        String nss = unique("nss");
        String body = "{\"name\":\"t\",\"vendor\":\"acmecorp\",\"nss\":\"" + nss + "\",\"version\":\"1.0.0\","
                + "\"schema\":" + SCHEMA + "}";
        for (String bad : new String[]{body.replace(SCHEMA, "{\"type\":5}"), body.replace(SCHEMA, "[]"),
                body.replace(",\"schema\":" + SCHEMA, ""), body.replace("}}", "},\"interfaces\":[\"urn:vcloud:"
                + "interface:acmecorp:nothere:1.0.0\"]}"), body.replace("}}", "},\"hooks\":{\"PostCreate\":5}}")}) {
            Http.Res r = send(admin, "POST", TYPES, bad);
            assertThat(r.status).as(bad + " -> " + r.body).isEqualTo(400);
        }
        assertThat(send(admin, "POST", TYPES, body).status).isEqualTo(201);
        assertThat(send(admin, "POST", TYPES, body).json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");

        String used = unique("used");
        send(admin, "POST", INTERFACES, "{\"name\":\"i\",\"vendor\":\"acmecorp\",\"nss\":\"" + used
                + "\",\"version\":\"1.0.0\"}");
        String usedId = "urn:vcloud:interface:acmecorp:" + used + ":1.0.0";
        String typeId = "urn:vcloud:type:acmecorp:" + nss + ":1.0.0";
        JsonNode type = get(admin, TYPES + "/" + typeId).json();
        Http.Res withInterface = send(admin, "PUT", TYPES + "/" + typeId,
                type.toString().replace("\"interfaces\":[]", "\"interfaces\":[\"" + usedId + "\"]"));
        assertThat(withInterface.json().get("interfaces").get(0).asText()).isEqualTo(usedId);
        Http.Res inUse = send(admin, "DELETE", INTERFACES + "/" + usedId, "");
        assertThat(inUse.status).isEqualTo(400);
        assertThat(inUse.body).contains("RDE_INTERFACE_IN_USE");
        assertThat(send(admin, "DELETE", TYPES + "/urn:vcloud:type:acmecorp:nothere:1.0.0", "").status).isEqualTo(403);
    }
}

package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;

import static io.vcdsim.api.CloudApiCalls.V1;
import static io.vcdsim.api.CloudApiCalls.filter;
import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static io.vcdsim.api.CloudApiRdeTest.createType;
import static io.vcdsim.api.CloudApiRdeTest.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runtime defined entities as go-vcloud-director's Test_RdeAndRdeType and Test_RdeTypeBehavior make, resolve,
 * change, invoke and delete them, as a system administrator and as tenants with and without the type's rights.
 */
class CloudApiRdeEntityTest {
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static final String ENTITIES = V1 + "/entities";
    /** The entity go-vcloud-director makes: "foo", which the schema requires, is missing. */
    static final String MISSING_FOO = "{\"bar\":\"stringValue1\",\"prop2\":{\"subprop1\":\"stringValue2\"}}";
    static final String WITH_FOO = "{\"bar\":\"stringValue1\",\"foo\":{\"key\":\"stringValue5\"}}";

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
    }

    /** POSTs an entity to its type as CreateRde does (202 and the task), then finds it PRE_CREATED by name. */
    static JsonNode create(Http who, String typeId, String name, String entity) {
        Http.Res posted = send(who, "POST", V1 + "/entityTypes/" + typeId, "{\"name\":\"" + name + "\","
                + "\"externalId\":\"123\",\"entity\":" + entity + "}");
        assertThat(posted.status).as(posted.body).isEqualTo(202);
        assertThat(posted.header("Location")).contains("/api/task/");
        Http.Res task = who.awaitTask(who.get(posted.header("Location")));
        assertThat(task.attr("status")).isEqualTo("success");
        String[] vnv = typeId.substring("urn:vcloud:type:".length()).split(":");
        JsonNode found = get(who, ENTITIES + "/types/" + String.join("/", vnv) + "?" + filter("name==" + name))
                .json();
        assertThat(found.get("resultTotal").asInt()).isEqualTo(1);
        assertThat(task.child("Owner").getAttribute("id")).as("the task is the entity's")
                .isEqualTo(found.get("values").get(0).get("id").asText());
        return found.get("values").get(0);
    }

    static Http.Res put(Http who, String path, String ifMatch, String json) {
        HttpRequest.Builder b = who.cloud(path).header("Content-Type", "application/json")
                .method("PUT", HttpRequest.BodyPublishers.ofString(json));
        return who.send(ifMatch == null ? b : b.header("If-Match", ifMatch));
    }

    /**
     * The type vCD comes with (go-vcloud-director's TestRdeMetadata): vmware:tkgcluster:1.0.0 on the k8s interface,
     * with its rights; an entity that is no TKG cluster resolves to RESOLUTION_ERROR, one that is resolves.
     */
    @Test
    void theBuiltInTkgClusterTypeTakesEntitiesThatItsSchemaResolves() {
        JsonNode type = get(admin, V1 + "/entityTypes/urn:vcloud:type:vmware:tkgcluster:1.0.0").json();
        assertThat(type.get("name").asText()).isEqualTo("TKG Cluster");
        assertThat(type.get("interfaces").get(0).asText()).isEqualTo("urn:vcloud:interface:vmware:k8s:1.0.0");
        assertThat(CloudApiCalls.rightId(admin, "vmware:tkgcluster: View")).startsWith("urn:vcloud:right:");
        JsonNode notOne = create(admin, "urn:vcloud:type:vmware:tkgcluster:1.0.0", unique("foo"),
                "{\"foo\":\"bar\"}");
        Http.Res failed = send(admin, "POST", ENTITIES + "/" + notOne.get("id").asText() + "/resolve", "");
        assertThat(failed.json().get("state").asText()).isEqualTo("RESOLUTION_ERROR");
        JsonNode cluster = create(admin, "urn:vcloud:type:vmware:tkgcluster:1.0.0", unique("tkg"),
                "{\"kind\":\"TanzuKubernetesCluster\",\"metadata\":{\"name\":\"c1\"},\"spec\":{}}");
        Http.Res resolved = send(admin, "POST", ENTITIES + "/" + cluster.get("id").asText() + "/resolve", "");
        assertThat(resolved.json().get("state").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void anEntityIsMadePreCreatedResolvedChangedWithItsEtagAndDeletedOnceResolved() {
        String nss = unique("nss");
        String typeId = createType(admin, "acmecorp", nss);
        JsonNode rde = create(admin, typeId, "first", MISSING_FOO);
        String id = rde.get("id").asText();
        assertThat(id).matches("urn:vcloud:entity:acmecorp:" + nss + ":[0-9a-f-]{36}");
        assertThat(rde.get("state").asText()).isEqualTo("PRE_CREATED");
        assertThat(rde.get("entityType").asText()).isEqualTo(typeId);
        assertThat(rde.get("externalId").asText()).isEqualTo("123");
        assertThat(rde.get("owner").get("name").asText()).isEqualTo("administrator");
        assertThat(rde.get("org").get("name").asText()).isEqualTo("System");
        String one = ENTITIES + "/" + id;

        Http.Res early = send(admin, "DELETE", one, "");
        assertThat(early.status).isEqualTo(400);
        assertThat(early.body).contains("RDE_ENTITY_NOT_RESOLVED");

        Http.Res failed = send(admin, "POST", one + "/resolve", "");
        assertThat(failed.status).as(failed.body).isEqualTo(200);
        assertThat(failed.json().get("state").asText()).isEqualTo("RESOLUTION_ERROR");
        assertThat(failed.json().get("message").asText()).contains("foo");
        String etag = failed.header("ETag");
        assertThat(etag).isNotBlank().isEqualTo(get(admin, one).header("ETag"));

        String amended = "{\"name\":\"first\",\"entity\":" + WITH_FOO + "}";
        Http.Res stale = put(admin, one, "\"stale\"", amended);
        assertThat(stale.status).isEqualTo(412);
        Http.Res changed = put(admin, one, etag, amended);
        assertThat(changed.status).as(changed.body).isEqualTo(200);
        assertThat(changed.json().get("state").asText()).as("kept until resolved again").isEqualTo("RESOLUTION_ERROR");
        assertThat(changed.header("ETag")).isNotEqualTo(etag);

        Http.Res resolved = send(admin, "POST", one + "/resolve", "");
        assertThat(resolved.json().get("state").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.header("ETag")).isNotEqualTo(changed.header("ETag"));
        Http.Res invalid = put(admin, one, resolved.header("ETag"), "{\"name\":\"first\",\"entity\":" + MISSING_FOO
                + "}");
        assertThat(invalid.status).as("a resolved entity stays valid").isEqualTo(400);
        assertThat(send(admin, "DELETE", V1 + "/entityTypes/" + typeId, "").status).as("it has an entity")
                .isEqualTo(400);

        assertThat(send(admin, "DELETE", one, "").status).isEqualTo(204);
        assertThat(get(admin, one).status).as("gone: vCD's 403").isEqualTo(403);
        assertThat(get(admin, ENTITIES + "/urn:vcloud:entity:acmecorp:" + nss + ":not-an-id").status).isEqualTo(403);
    }

    @Test
    void badEntitiesAreRefusedBeforeAnythingIsMade() {
        String typeId = createType(admin, "acmecorp", unique("nss"));
        for (String bad : new String[]{"{\"name\":\"x\"}", "{\"name\":\"x\",\"entity\":[]}", "{\"entity\":{}}",
                "{\"name\":\"x\",\"entity\":{},\"entityType\":\"urn:vcloud:type:acmecorp:other:1.0.0\"}"}) {
            assertThat(send(admin, "POST", V1 + "/entityTypes/" + typeId, bad).status).as(bad).isEqualTo(400);
        }
        assertThat(send(admin, "POST", V1 + "/entityTypes/urn:vcloud:type:acmecorp:nothere:1.0.0",
                "{\"name\":\"x\",\"entity\":{}}").status).isEqualTo(403);
        assertThat(get(admin, ENTITIES + "/types/acmecorp/nothere/1.0.0").status).isEqualTo(403);
    }

    @Test
    void aTenantWithTheTypesRightsWorksWithItsEntitiesAndOneWithoutThemIsRefused() {
        String nss = unique("nss");
        String typeId = createType(admin, "acmecorp", nss);
        String right = "acmecorp:" + nss + ": ";
        Http author = RdeUsers.withRights(tenant, vcd.httpUrl(), right + "View", right + "Modify",
                right + "Full Access");
        JsonNode rde = create(author, typeId, "mine", WITH_FOO);
        assertThat(rde.get("org").get("name").asText()).isEqualTo("acme");
        assertThat(rde.get("org").get("id").asText()).startsWith("urn:vcloud:org:");
        assertThat(rde.get("owner").get("id").asText()).startsWith("urn:vcloud:user:");
        String one = ENTITIES + "/" + rde.get("id").asText();
        assertThat(send(author, "POST", one + "/resolve", "").json().get("state").asText()).isEqualTo("RESOLVED");

        Http outsider = RdeUsers.withRights(tenant, vcd.httpUrl());
        Http.Res refused = send(outsider, "POST", V1 + "/entityTypes/" + typeId, "{\"name\":\"x\",\"entity\":{}}");
        assertThat(refused.status).isEqualTo(403);
        assertThat(refused.json().get("minorErrorCode").asText()).isEqualTo("ACCESS_TO_RESOURCE_IS_FORBIDDEN");
        assertThat(get(outsider, one).status).isEqualTo(403);
        assertThat(send(outsider, "DELETE", one, "").status).isEqualTo(403);

        // View alone reads only one's own entities; Administrator View reads the org's
        Http viewer = RdeUsers.withRights(tenant, vcd.httpUrl(), right + "View");
        assertThat(get(viewer, one).status).isEqualTo(403);
        Http orgViewer = RdeUsers.withRights(tenant, vcd.httpUrl(), right + "Administrator View");
        assertThat(get(orgViewer, one).status).isEqualTo(200);
        assertThat(send(orgViewer, "DELETE", one, "").status).isEqualTo(403);
        assertThat(get(orgViewer, ENTITIES + "/types/acmecorp/" + nss + "/1.0.0").json().get("resultTotal").asInt())
                .isEqualTo(1);

        assertThat(get(admin, one).status).as("a system administrator reaches every org's").isEqualTo(200);
        assertThat(send(author, "DELETE", one, "").status).isEqualTo(204);
    }

    @Test
    void aTypeInheritsItsInterfacesBehaviorsAndOverridesThem() {
        String typeId = createType(admin, "acmecorp", unique("nss"));
        String behaviors = V1 + "/entityTypes/" + typeId + "/behaviors";
        JsonNode inherited = get(admin, behaviors).json().get("values").get(0);
        String ref = "urn:vcloud:behavior-interface:createKubeConfig:vmware:k8s:1.0.0";
        assertThat(inherited.get("id").asText()).isEqualTo(ref);
        assertThat(inherited.get("execution").get("id").asText()).isEqualTo("CreateKubeConfigActivity");

        Http.Res scope = get(admin, behaviors + "/urn:vcloud:behavior-type:notexist:notexist:notexist:9.9.9");
        assertThat(scope.status).isEqualTo(400);
        assertThat(scope.body).contains("RDE_INVALID_BEHAVIOR_SCOPE");

        Http.Res overridden = send(admin, "PUT", behaviors + "/" + ref, "{\"name\":\"WillNotBeOverridden\","
                + "\"description\":\"noop now\",\"execution\":{\"id\":\"Noop\",\"type\":\"noop\"}}");
        assertThat(overridden.status).as(overridden.body).isEqualTo(200);
        String own = overridden.json().get("id").asText();
        assertThat(own).isEqualTo(typeId.replace("urn:vcloud:type:", "urn:vcloud:behavior-type:createKubeConfig:"));
        assertThat(overridden.json().get("ref").asText()).isEqualTo(ref);
        assertThat(overridden.json().get("name").asText()).isEqualTo("createKubeConfig");
        assertThat(get(admin, behaviors + "/" + ref).json()).isEqualTo(overridden.json());
        assertThat(get(admin, behaviors + "/" + own).json()).isEqualTo(overridden.json());

        assertThat(send(tenant, "PUT", behaviors + "/" + ref, "{\"execution\":{\"type\":\"noop\"}}").status)
                .isEqualTo(403);
        assertThat(send(admin, "PUT", behaviors + "/" + ref, "{\"execution\":{\"id\":\"typeless\"}}").status)
                .isEqualTo(400);
        assertThat(send(admin, "PUT", V1 + "/entityTypes/" + typeId + "/behaviorAccessControls", "{\"values\":[{"
                + "\"behaviorId\":\"urn:vcloud:behavior-interface:other:acmecorp:x:1.0.0\",\"accessLevelId\":"
                + "\"urn:vcloud:accessLevel:ReadOnly\"}]}").status).as("not a behavior of the type").isEqualTo(400);
        assertThat(get(admin, V1 + "/entityTypes/urn:vcloud:type:acmecorp:nothere:1.0.0/behaviors").status)
                .isEqualTo(403);
        assertThat(send(admin, "DELETE", behaviors + "/" + own, "").status).isEqualTo(204);
        assertThat(get(admin, behaviors).json().get("values").get(0)).isEqualTo(inherited);
    }

    @Test
    void aNoopBehaviorIsInvokedOnceAnAccessControlGrantsIt() {
        String typeId = createType(admin, "acmecorp", unique("nss"));
        String ref = "urn:vcloud:behavior-interface:createKubeConfig:vmware:k8s:1.0.0";
        String type = V1 + "/entityTypes/" + typeId;
        send(admin, "PUT", type + "/behaviors/" + ref, "{\"execution\":{\"id\":\"Noop\",\"type\":\"noop\"}}");
        JsonNode rde = create(admin, typeId, "invoked", WITH_FOO);
        String invocations = ENTITIES + "/" + rde.get("id").asText() + "/behaviors/" + ref + "/invocations";
        String args = "{\"arguments\":{\"a\":1},\"metadata\":{}}";

        Http.Res unresolved = send(admin, "POST", invocations, args);
        assertThat(unresolved.status).isEqualTo(400);
        assertThat(unresolved.body).contains("RDE_ENTITY_NOT_RESOLVED");
        send(admin, "POST", ENTITIES + "/" + rde.get("id").asText() + "/resolve", "");
        assertThat(send(admin, "POST", invocations, args).status).as("no access control grants it").isEqualTo(403);

        String acl = "{\"values\":[{\"behaviorId\":\"" + ref + "\",\"accessLevelId\":\"urn:vcloud:accessLevel:"
                + "FullControl\"}]}";
        assertThat(send(admin, "PUT", type + "/behaviorAccessControls", acl).status).isEqualTo(200);
        assertThat(get(admin, type + "/behaviorAccessControls").json().get("values").get(0).get("accessLevelId")
                .asText()).isEqualTo("urn:vcloud:accessLevel:FullControl");
        assertThat(send(admin, "PUT", type + "/behaviorAccessControls", acl.replace("FullControl", "Sometimes"))
                .status).isEqualTo(400);

        Http.Res invoked = send(admin, "POST", invocations, args);
        assertThat(invoked.status).as(invoked.body).isEqualTo(202);
        Http.Res task = admin.awaitTask(admin.get(invoked.header("Location")));
        assertThat(task.attr("status")).isEqualTo("success");
        String result = task.child("Result").getElementsByTagNameNS("*", "ResultContent").item(0).getTextContent();
        assertThat(result).contains("\"entityId\":\"" + rde.get("id").asText() + "\"").contains("\"a\":1");

        // an Activity behavior would run elsewhere: its task fails and says so
        send(admin, "DELETE", type + "/behaviors/" + ref, "");
        Http.Res activity = admin.awaitTask(admin.get(send(admin, "POST", invocations, args).header("Location")));
        assertThat(activity.attr("status")).isEqualTo("error");
        assertThat(activity.body).contains("Activity");
    }

    @Test
    void anEntityKeepsTypedMetadataFoundByKeyAndChangedWithItsEtag() {
        String typeId = createType(admin, "acmecorp", unique("nss"));
        String metadata = ENTITIES + "/" + create(admin, typeId, "described", WITH_FOO).get("id").asText()
                + "/metadata";
        Http.Res added = send(admin, "POST", metadata, "{\"keyValue\":{\"domain\":\"TENANT\",\"key\":\"numberKey\","
                + "\"namespace\":\"foo\",\"value\":{\"type\":\"NumberEntry\",\"value\":1}}}");
        assertThat(added.status).as(added.body).isEqualTo(201);
        String id = added.json().get("id").asText();
        assertThat(id).startsWith("urn:vcloud:metadata:");
        assertThat(added.header("ETag")).isNotBlank();
        JsonNode byKey = get(admin, metadata + "?" + filter("keyValue.key==numberKey")).json();
        assertThat(byKey.get("values").get(0)).isEqualTo(added.json());
        Http.Res one = get(admin, metadata + "/" + id);
        assertThat(one.header("ETag")).isEqualTo(added.header("ETag"));

        String change = "{\"id\":\"" + id + "\",\"persistent\":true,\"keyValue\":{\"domain\":\"TENANT\","
                + "\"key\":\"numberKey\",\"namespace\":\"foo\",\"value\":{\"type\":\"NumberEntry\",\"value\":42}}}";
        assertThat(put(admin, metadata + "/" + id, "\"stale\"", change).status).isEqualTo(412);
        Http.Res changed = put(admin, metadata + "/" + id, one.header("ETag"), change);
        assertThat(changed.status).as(changed.body).isEqualTo(200);
        assertThat(changed.json().get("keyValue").get("value").get("value").asInt()).isEqualTo(42);
        assertThat(changed.json().get("persistent").asBoolean()).isTrue();
        assertThat(changed.header("ETag")).isNotEqualTo(one.header("ETag"));

        Http.Res duplicate = send(admin, "POST", metadata, added.body);
        assertThat(duplicate.json().get("minorErrorCode").asText()).isEqualTo("DUPLICATE_NAME");
        assertThat(send(admin, "DELETE", metadata + "/" + id, "").status).isEqualTo(204);
        assertThat(get(admin, metadata + "/" + id).status).isEqualTo(403);
    }

    @Test
    void badMetadataEntriesAreRefused() {
        String typeId = createType(admin, "acmecorp", unique("nss"));
        String metadata = ENTITIES + "/" + create(admin, typeId, "described", WITH_FOO).get("id").asText()
                + "/metadata";
        String entry = "{\"readOnly\":false,\"keyValue\":{\"domain\":\"TENANT\",\"key\":\"k\",\"value\":"
                + "{\"type\":\"NumberEntry\",\"value\":1}}}";
        for (String bad : new String[]{entry.replace("1}", "\"notANumber\"}"),
                entry.replace("NumberEntry\",\"value\":1", "BoolEntry\",\"value\":\"notABool\""),
                entry.replace("NumberEntry", "Sideways"), entry.replace("TENANT", "ELSEWHERE"),
                entry.replace("\"k\"", "\"\"")}) {
            Http.Res r = send(admin, "POST", metadata, bad);
            assertThat(r.status).as(bad + " -> " + r.body).isEqualTo(400);
        }
        assertThat(send(admin, "POST", metadata, entry.replace("TENANT", "PROVIDER").replace("false", "true")).body)
                .contains("VCD_META_CRUD_INVALID_FLAG");
        assertThat(send(tenant, "POST", metadata, entry).status).as("not the tenant's entity").isEqualTo(403);
        assertThat(get(admin, metadata + "/urn:vcloud:metadata:" + java.util.UUID.randomUUID()).status)
                .isEqualTo(403);
    }

    @Test
    void entitiesAreListedByTheInterfaceTheirTypeImplements() {
        String typeId = createType(admin, "acmecorp", unique("nss"));
        String name = unique("byinterface");
        create(admin, typeId, name, WITH_FOO);
        JsonNode page = get(admin, ENTITIES + "/interfaces/vmware/k8s/1.0.0?" + filter("name==" + name)).json();
        assertThat(page.get("resultTotal").asInt()).isEqualTo(1);
        assertThat(get(admin, ENTITIES + "/interfaces/vmware/nothere/1.0.0").status).isEqualTo(403);
    }
}

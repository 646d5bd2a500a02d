package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.vcdsim.api.CloudApiCalls.get;
import static io.vcdsim.api.CloudApiCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/** UI plugins as go-vcloud-director's Test_UIPlugin registers, uploads, publishes, changes and deletes them. */
class CloudApiUiPluginTest {
    static final String UI = "/cloudapi/extensions/ui";
    /** How go-vcloud-director's getTransferIdFromHeader finds the transfer in the Link header. */
    static final Pattern TRANSFER = Pattern.compile("<\\S+/transfer/(\\S+)>");
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();
    static Http admin;
    static Http tenant;
    static String acmeId;

    @BeforeAll
    static void logIn() {
        admin = Sim.admin(vcd.sim()).version("37.1");
        tenant = Sim.tenant(vcd.sim()).version("37.1");
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        acmeId = org.substring(org.lastIndexOf('/') + 1);
    }

    static String metadata(String name, String vendor, boolean enabled) {
        return "{\"vendor\":\"" + vendor + "\",\"license\":\"BSD-2-Clause\",\"link\":\"http://www.vmware.com\","
                + "\"pluginName\":\"" + name + "\",\"version\":\"1.2.3\",\"description\":\"Test Plugin description\","
                + "\"provider_scoped\":true,\"tenant_scoped\":true" + (enabled ? ",\"enabled\":true" : "") + "}";
    }

    static byte[] zip(String manifest, int extraEntries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            if (manifest != null) {
                z.putNextEntry(new ZipEntry("manifest.json"));
                z.write(manifest.getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < extraEntries; i++) {
                z.putNextEntry(new ZipEntry("bundle/" + i + ".js"));
            }
            z.putNextEntry(new ZipEntry("bundle.js"));
            z.write("console.log('plugin');".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static String manifest(String name, String vendor) {
        return "{\"urn\":\"vmware:vcloud:test\",\"name\":\"" + name + "\",\"version\":\"1.2.3\",\"vendor\":\"" + vendor
                + "\",\"scope\":[\"service-provider\",\"tenants\"],\"license\":\"BSD-2-Clause\",\"link\":"
                + "\"http://www.vmware.com\",\"description\":\"Test Plugin description\",\"module\":\"M\"}";
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    /** Announces the zip and PUTs it where the Link header says, as go-vcloud-director's upload does. */
    static Http.Res upload(String id, byte[] zip, long announced, String checksum) {
        Http.Res spec = send(admin, "POST", UI + "/" + id + "/plugin", "{\"fileName\":\"plugin.zip\",\"size\":"
                + announced + ",\"checksum\":\"" + checksum + "\",\"checksumAlgo\":\"sha256\"}");
        assertThat(spec.status).as(spec.body).isEqualTo(204);
        Matcher m = TRANSFER.matcher(spec.header("Link"));
        assertThat(m.find()).as(spec.header("Link")).isTrue();
        return admin.send(admin.request("/transfer/" + m.group(1))
                .header("Content-Range", "bytes 0-" + (zip.length - 1) + "/" + zip.length)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    static String register(String name, String vendor) {
        Http.Res created = send(admin, "POST", UI + "/", metadata(name, vendor, true));
        assertThat(created.status).as(created.body).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void aPluginIsRegisteredThenReadyOnceItsZipArrived() throws Exception {
        String name = "Plugin " + UUID.randomUUID();
        Http.Res created = send(admin, "POST", UI, metadata(name, "VMware", true));
        assertThat(created.status).as(created.body).isEqualTo(201);
        JsonNode p = created.json();
        assertThat(p.get("id").asText()).startsWith("urn:vcloud:uiPlugin:");
        assertThat(p.get("pluginName").asText()).isEqualTo(name);
        assertThat(p.get("enabled").asBoolean()).isTrue();
        assertThat(p.get("provider_scoped").asBoolean()).isTrue();
        assertThat(p.get("plugin_status").asText()).isEqualTo("unavailable");
        byte[] zip = zip(manifest(name, "VMware"), 3);
        assertThat(upload(p.get("id").asText(), zip, zip.length, sha256(zip)).status).isEqualTo(200);
        JsonNode now = get(admin, UI + "/" + p.get("id").asText()).json();
        assertThat(now.get("plugin_status").asText()).isEqualTo("ready");
        assertThat(get(admin, UI).json()).contains(now);

        Http.Res twice = send(admin, "POST", UI, metadata(name, "VMware", true));
        assertThat(twice.status).isEqualTo(400);
        assertThat(twice.body).contains("same pluginName-version-vendor");
    }

    @Test
    void aZipThatIsNoneOrNotThePluginsIsRefusedAndThePluginStaysUnavailable() throws Exception {
        String name = "Refused " + UUID.randomUUID();
        String id = register(name, "VMware");
        byte[] notZip = "this is not a zip".getBytes(StandardCharsets.UTF_8);
        byte[] noManifest = zip(null, 0);
        byte[] another = zip(manifest("Another", "VMware"), 0);
        byte[] bomb = zip(manifest(name, "VMware"), 10_001);
        byte[] good = zip(manifest(name, "VMware"), 0);
        for (byte[] bad : List.of(notZip, noManifest, another, bomb)) {
            Http.Res r = upload(id, bad, bad.length, sha256(bad));
            assertThat(r.status).as(r.body).isEqualTo(400);
        }
        assertThat(upload(id, good, good.length, sha256(notZip)).status).as("checksum").isEqualTo(400);
        assertThat(upload(id, good, good.length + 1, sha256(good)).status).as("size").isIn(400, 416);
        assertThat(get(admin, UI + "/" + id).json().get("plugin_status").asText()).isEqualTo("unavailable");
        for (String spec : new String[]{"{\"fileName\":\"p.zip\",\"size\":0}", "{\"fileName\":\"p.zip\",\"size\":"
                + (1L << 40) + "}", "{\"fileName\":\"p.zip\",\"size\":10,\"checksumAlgo\":\"md5\"}",
                "{\"fileName\":\"../p.zip\",\"size\":10}", "{\"size\":10}", "null"}) {
            assertThat(send(admin, "POST", UI + "/" + id + "/plugin", spec).status).as(spec).isEqualTo(400);
        }
        assertThat(admin.send(admin.request("/transfer/uiPlugin-" + UUID.randomUUID())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(good))).status).isEqualTo(404);
    }

    @Test
    void publishingDecidesWhichTenantsSeeIt() {
        String id = register("Published " + UUID.randomUUID(), "VMware");
        String tenants = UI + "/" + id + "/tenants";
        assertThat(send(admin, "POST", tenants + "/publishAll", "null").status).isEqualTo(200);
        JsonNode all = get(admin, tenants).json();
        assertThat(CloudApiCalls.names(all)).contains("System", "acme");
        assertThat(get(tenant, UI).body).contains(id);
        assertThat(send(admin, "POST", tenants + "/unpublishAll", "").status).isEqualTo(200);
        assertThat(get(admin, tenants).json().get("resultTotal").asInt()).isZero();
        assertThat(get(tenant, UI).body).doesNotContain(id);

        String acme = "[{\"name\":\"acme\",\"id\":\"urn:vcloud:org:" + acmeId + "\"}]";
        assertThat(send(admin, "POST", tenants + "/publish", acme).status).isEqualTo(200);
        assertThat(CloudApiCalls.names(get(admin, tenants).json())).containsExactly("acme");
        assertThat(get(tenant, UI + "/" + id).status).isEqualTo(200);
        assertThat(send(admin, "POST", tenants + "/unpublish", acme).status).isEqualTo(200);
        assertThat(get(admin, tenants).json().get("resultTotal").asInt()).isZero();

        assertThat(send(admin, "POST", tenants + "/publish", "[{\"name\":\"x\",\"id\":\"urn:vcloud:org:"
                + UUID.randomUUID() + "\"}]").status).isEqualTo(400);
        assertThat(send(admin, "POST", tenants + "/publish", "[{\"name\":\"x\",\"id\":\"urn:vcloud:vdc:"
                + UUID.randomUUID() + "\"}]").status).isEqualTo(400);
        assertThat(send(tenant, "POST", tenants + "/publishAll", "null").status).isEqualTo(403);
    }

    @Test
    void anUpdateSetsTheFlagsAsSentAndKeepsTheIdentity() {
        String name = "Updated " + UUID.randomUUID();
        String id = register(name, "VMware");
        // go-vcloud-director's Update(false, false, false) leaves the flags out (omitempty)
        Http.Res off = send(admin, "PUT", UI + "/" + id, "{\"vendor\":\"VMware\",\"pluginName\":\"" + name
                + "\",\"version\":\"1.2.3\",\"description\":\"d\"}");
        assertThat(off.status).as(off.body).isEqualTo(200);
        assertThat(off.json().get("enabled").asBoolean()).isFalse();
        assertThat(off.json().get("tenant_scoped").asBoolean()).isFalse();
        assertThat(off.json().get("provider_scoped").asBoolean()).isFalse();
        Http.Res on = send(admin, "PUT", UI + "/" + id, metadata(name, "VMware", true));
        assertThat(on.json().get("enabled").asBoolean()).isTrue();
        assertThat(send(admin, "PUT", UI + "/" + id, metadata(name, "Someone Else", true)).status).isEqualTo(400);
        assertThat(send(tenant, "PUT", UI + "/" + id, metadata(name, "VMware", true)).status).isEqualTo(403);
    }

    @Test
    void aDeletedOrMissingPluginIsNotFoundAsVcdSaysIt() {
        String id = register("Deleted " + UUID.randomUUID(), "VMware");
        assertThat(send(admin, "DELETE", UI + "/" + id, "").status).isEqualTo(204);
        // the cloudapi's 403 for what is missing, which go-vcloud-director reads as "not found" (vCD's own 500 is a bug)
        Http.Res gone = get(admin, UI + "/" + id);
        assertThat(gone.status).isEqualTo(403);
        assertThat(gone.body).doesNotContain("Exception");
        // go-vcloud-director's Test_UIPlugin looks for the words its workaround of vCD's 500 would say
        assertThat(gone.json().get("message").asText()).contains("could not find any UI plugin with ID");
        assertThat(get(admin, UI + "/urn:vcloud:uiPlugin:00000000-0000-0000-0000-000000000000").status)
                .isEqualTo(403);
        assertThat(send(admin, "DELETE", UI + "/" + id, "").status).isEqualTo(404);
        assertThat(send(admin, "PUT", UI + "/" + id, metadata("x", "y", true)).status).isEqualTo(404);
    }

    @Test
    void badMetadataAndTenantsAreRefused() {
        for (String body : new String[]{"{\"pluginName\":\"p\",\"version\":\"1\"}", "{\"vendor\":\"v\",\"version\":\"1\"}",
                "{\"vendor\":\"v\",\"pluginName\":\"p\"}", "{\"vendor\":\"" + "v".repeat(257)
                + "\",\"pluginName\":\"p\",\"version\":\"1\"}", "null", "[]"}) {
            assertThat(send(admin, "POST", UI, body).status).as(body).isEqualTo(400);
        }
        assertThat(send(tenant, "POST", UI, metadata("p", "v", true)).status).isEqualTo(403);
    }
}

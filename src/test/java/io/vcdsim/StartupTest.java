package io.vcdsim;

import io.vcdsim.config.Config;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class StartupTest {

    @Test
    void httpsServesWithAPersistentSelfSignedCertificate() throws Exception {
        Path dir = Sim.tempDir();
        Certificate first;
        try (VcdSim sim = Sim.start(Config.forTests(dir))) {
            first = certificate(dir.resolve("vcdsim.p12"));
            Http https = new Http(sim.httpsUrl(), trusting(first));
            Http.Res r = https.get("/api/versions");
            assertThat(r.status).isEqualTo(200);
            assertThat(r.body).contains("<LoginUrl>" + sim.httpsUrl() + "/cloudapi/1.0.0/sessions</LoginUrl>");
            assertThat(new Http(sim.httpsUrl(), trusting(first)).login("acmeadmin", "acme", "vcdsim-tenant")
                    .get("/api/org").status).isEqualTo(200);
        }
        try (VcdSim again = Sim.start(Config.forTests(dir))) {
            assertThat(certificate(dir.resolve("vcdsim.p12"))).isEqualTo(first);
            assertThat(new Http(again.httpsUrl(), trusting(first)).get("/api/versions").status).isEqualTo(200);
        }
    }

    @Test
    void refusesToListenBeyondLoopbackWithTheDefaultPassword() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        int code;
        try {
            code = new CommandLine(new Main()).execute("--bind", "0.0.0.0", "--data-dir",
                    Sim.tempDir().toString());
        } finally {
            System.setErr(saved);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--admin-password");
    }

    @Test
    void aVCenterShapeOutOfRangeIsRefusedAtStart() {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try {
            assertThat(new CommandLine(new Main()).execute("--vcenter-shape", "0,2,2", "--data-dir",
                    Sim.tempDir().toString())).isEqualTo(2);
            assertThat(new CommandLine(new Main()).execute("--vcenter-shape", "2,2", "--data-dir",
                    Sim.tempDir().toString())).isEqualTo(2);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString()).contains("--vcenter-shape: a vCenter has 1 to 64 clusters")
                .contains("three or four numbers");
    }

    @Test
    void aVCenterOfTheConfiguredShapeIsSeeded() throws Exception {
        try (VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withVCenterShape(
                new io.vcdsim.provider.Inventory.Shape(3, 4, 1)))) {
            Http admin = Sim.admin(sim);
            assertThat(admin.get("/api/query?type=host&format=records&pageSize=100").children("HostRecord"))
                    .hasSize(12);
            // three root pools and one under each; the provider VDC stands on the first root pool
            assertThat(admin.get("/api/query?type=resourcePool&format=records").children("ResourcePoolRecord"))
                    .hasSize(1);
            String vc = Http.Res.children(admin.get("/api/admin/extension/vimServerReferences").root(), Http.VMEXT,
                    "VimServerReference").get(0).getAttribute("href");
            assertThat(Http.Res.children(admin.get(vc + "/resourcePoolList").root(), Http.VMEXT, "ResourcePool"))
                    .extracting(p -> p.getAttribute("name"))
                    .containsExactlyInAnyOrder("rp-1-1", "cluster-2", "rp-2-1", "cluster-3", "rp-3-1");
        }
    }

    @Test
    void helpListsEveryOptionWithItsEnvironmentVariable() {
        String help = new CommandLine(new Main()).getUsageMessage();
        for (String option : new String[]{"--bind", "--http-port", "--https-port", "--data-dir", "--db-url",
            "--tls-keystore", "--admin-password", "--tenant-password", "--[no-]seed", "--session-idle-timeout"}) {
            assertThat(help).contains(option);
        }
        assertThat(help).contains("VCDSIM_HTTP_PORT").contains("VCDSIM_DB_URL").contains("VCDSIM_ADMIN_PASSWORD");
    }

    @Test
    void seedingOffStillCreatesTheSystemAdministratorOnly() throws Exception {
        try (VcdSim sim = Sim.start(Config.forTests(Sim.tempDir()).withSeed(false))) {
            Http admin = Sim.admin(sim);
            assertThat(admin.get("/api/org").children("Org")).extracting(e -> e.getAttribute("name"))
                    .containsExactly("System");
        }
    }

    private static Certificate certificate(Path p12) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, "vcdsim".toCharArray());
        }
        return ks.getCertificate("vcdsim");
    }

    /** A client that trusts exactly this certificate (and checks the host name against it). */
    private static HttpClient trusting(Certificate cert) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("vcdsim", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }
}

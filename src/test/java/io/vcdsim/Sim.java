package io.vcdsim;

import io.vcdsim.config.Config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Logins and a catalog for tests. A test's vcdsim comes from {@link io.vcdsim.testing.VcdSimExtension};
 * {@link #start(Config)} is for the tests that run several, or restart one on the same data directory.
 */
public final class Sim {
    private Sim() {
    }

    public static VcdSim start(Config config) throws Exception {
        return VcdSim.start(config);
    }

    /** A client logged in as the seeded System administrator. */
    public static Http admin(VcdSim sim) {
        return adminAt(sim.httpUrl());
    }

    /** A client logged in as the seeded tenant's Organization Administrator (acme/acmeadmin). */
    public static Http tenant(VcdSim sim) {
        return tenantAt(sim.httpUrl());
    }

    /** The System administrator of a vcdsim at this base URL (one running as its own process, say). */
    public static Http adminAt(String base) {
        return new Http(base).login("administrator", "System", Config.DEFAULT_ADMIN_PASSWORD);
    }

    public static Http tenantAt(String base) {
        return new Http(base).login("acmeadmin", "acme", Config.DEFAULT_TENANT_PASSWORD);
    }

    public static Path tempDir() throws Exception {
        return Files.createTempDirectory("vcdsim-test");
    }

    /** Creates a catalog in the user's own org through its add link, as clients do; asserts the 201. */
    public static Http.Res createCatalog(Http who, String name) {
        String adminCatalog = "application/vnd.vmware.admin.catalog+xml";
        String org = who.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        Http.Res created = who.post(who.get(org).link("add", adminCatalog), adminCatalog,
                "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name + "\"/>");
        if (created.status != 201) {
            throw new AssertionError("catalog not created: " + created);
        }
        return created;
    }
}

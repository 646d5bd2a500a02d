package io.vcdsim;

import io.vcdsim.config.Config;
import io.vcdsim.testing.VcdSimExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** A TCP port free now, for a process or server a test starts itself. */
    public static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static final List<Path> LEFT_AT_EXIT = new ArrayList<>();

    /**
     * A new data directory, deleted when the JVM exits: the stores tests and benchmarks leave behind (gigabytes for a
     * million tasks) filled the machine's disk over a few hundred runs.
     */
    public static Path tempDir() throws Exception {
        Path dir = Files.createTempDirectory("vcdsim-test");
        synchronized (LEFT_AT_EXIT) {
            if (LEFT_AT_EXIT.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(Sim::deleteLeftDirectories, "delete-test-dirs"));
            }
            LEFT_AT_EXIT.add(dir);
        }
        return dir;
    }

    private static void deleteLeftDirectories() {
        List<Path> dirs;
        synchronized (LEFT_AT_EXIT) {
            dirs = List.copyOf(LEFT_AT_EXIT);
        }
        dirs.forEach(VcdSimExtension::deleteQuietly);
    }

    /** Creates a catalog in the user's own org through its add link, as clients do; asserts the 201. */
    /** Aborts the blocking task {@code task} waits on (its operation made blocking first), as an approver would. */
    public static void abortBlockingTaskOf(Http admin, Http.Res task) {
        String blockingTask = Http.Res.children(admin.get("/api/admin/extension/blockingTasks/").root(),
                "Reference").stream().map(r -> admin.get(r.getAttribute("href")))
                .filter(b -> b.link("up", "application/vnd.vmware.vcloud.task+xml").equals(task.attr("href")))
                .findFirst().orElseThrow().attr("href");
        Http.Res aborted = admin.post(blockingTask + "/action/abort",
                "application/vnd.vmware.admin.blockingTaskOperationParams+xml",
                "<vmext:BlockingTaskOperationParams xmlns:vmext=\"" + Http.VMEXT + "\"><vmext:Message>no"
                        + "</vmext:Message></vmext:BlockingTaskOperationParams>");
        org.assertj.core.api.Assertions.assertThat(aborted.status).as(aborted.body).isEqualTo(204);
    }

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

    /** A new catalog of the user's org, its creation task done: the catalog's user view. */
    public static Http.Res readyCatalog(Http who, String name) {
        Http.Res created = createCatalog(who, name);
        who.awaitTask(created);
        return who.get(created.attr("href").replace("/api/admin/", "/api/"));
    }

    /** A new user of the tenant's org (acme) with the named predefined role, logged in. */
    public static Http userWithRole(Http tenant, String baseUrl, String role) {
        String roleHref = tenant.get("/api/query?type=role&format=records&filter=name==" + role.replace(" ", "%20"))
                .children("RoleRecord").get(0).getAttribute("href");
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml")
                .replace("/api/", "/api/admin/");
        String name = "u-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Http.Res user = tenant.post(org + "/users", "application/vnd.vmware.admin.user+xml", "<User xmlns=\""
                + Http.NS + "\" name=\"" + name + "\"><IsEnabled>true</IsEnabled><Role href=\"" + roleHref
                + "\"/><Password>pass-word-1</Password></User>");
        if (user.status != 201) {
            throw new AssertionError("user not created: " + user);
        }
        return new Http(baseUrl).login(name, "acme", "pass-word-1");
    }
}

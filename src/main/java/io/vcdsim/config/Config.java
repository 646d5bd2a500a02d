package io.vcdsim.config;

import io.vcdsim.provider.Inventory;
import io.vcdsim.tasks.OperationLimits;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything vcdsim can be told at start. {@link io.vcdsim.Main} fills it from flags and
 * VCDSIM_* environment variables; tests build it directly.
 *
 * @param httpPort  0 picks a free port, a negative value turns the listener off (likewise httpsPort)
 * @param spoolDir  where uploaded bytes are kept; null means {@code transfer} in the data directory. Cells on
 *                  one PostgreSQL share one (a directory every cell mounts)
 * @param dbUrl     null means the embedded H2 database in the data directory
 * @param keystore  null means a self-signed certificate generated into the data directory
 * @param extensionTimeout how long a request forwarded to an extension service waits for its reply
 * @param accessLog where each request is logged in the NCSA extended format; null for no request log
 * @param vcenterShape how many clusters each simulated vCenter has, and hosts and resource pools in each
 * @param objectExtensionTimeout how long a blocking object extension's answer is awaited at an extension point
 */
public record Config(String bind, int httpPort, int httpsPort, Path dataDir, Path spoolDir, String dbUrl, String dbUser,
                     String dbPassword, Path keystore, String keystorePassword, String adminPassword,
                     String tenantPassword, boolean seed, Duration sessionIdleTimeout, int maxBodyBytes,
                     TaskDurations taskDurations, Duration taskRetention, OperationLimits limits,
                     Duration extensionTimeout, Path accessLog, Inventory.Shape vcenterShape, Clock clock,
                     Duration objectExtensionTimeout) {

    public static final String DEFAULT_ADMIN_PASSWORD = "vcdsim-admin";
    public static final String DEFAULT_TENANT_PASSWORD = "vcdsim-tenant";

    /** Loopback, random ports, the given data directory: what tests start from. */
    public static Config forTests(Path dataDir) {
        return new Config("127.0.0.1", 0, 0, dataDir, null, null, null, null, null, null, DEFAULT_ADMIN_PASSWORD,
                DEFAULT_TENANT_PASSWORD, true, Duration.ofMinutes(30), 10 * 1024 * 1024,
                TaskDurations.parse("PT0.1S", ""), Duration.ofDays(90), OperationLimits.NONE, Duration.ofSeconds(60),
                null, Inventory.Shape.DEFAULT, Clock.systemUTC(), Duration.ofSeconds(60));
    }

    public Config withDb(String url, String user, String password) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, url, user, password, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, sessionIdleTimeout, maxBodyBytes, taskDurations, taskRetention, limits, extensionTimeout, accessLog, vcenterShape, clock, objectExtensionTimeout);
    }

    public Config withSpoolDir(Path dir) {
        return new Config(bind, httpPort, httpsPort, dataDir, dir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, sessionIdleTimeout, maxBodyBytes, taskDurations, taskRetention, limits,
                extensionTimeout, accessLog, vcenterShape, clock, objectExtensionTimeout);
    }

    /** Where uploaded bytes are kept. */
    public Path spool() {
        return spoolDir != null ? spoolDir : dataDir.resolve("transfer");
    }

    public Config withClock(Clock c) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, sessionIdleTimeout, maxBodyBytes, taskDurations, taskRetention, limits, extensionTimeout, accessLog, vcenterShape, c, objectExtensionTimeout);
    }

    public Config withSeed(boolean s) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, s, sessionIdleTimeout, maxBodyBytes, taskDurations, taskRetention, limits, extensionTimeout, accessLog, vcenterShape, clock, objectExtensionTimeout);
    }

    public Config withIdleTimeout(Duration d) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, d, maxBodyBytes, taskDurations, taskRetention, limits, extensionTimeout, accessLog, vcenterShape, clock, objectExtensionTimeout);
    }

    public Config withTaskDurations(TaskDurations t) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, sessionIdleTimeout, maxBodyBytes, t, taskRetention, limits, extensionTimeout, accessLog, vcenterShape, clock, objectExtensionTimeout);
    }

    public Config withLimits(OperationLimits l) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, sessionIdleTimeout, maxBodyBytes, taskDurations, taskRetention, l,
                extensionTimeout, accessLog, vcenterShape, clock, objectExtensionTimeout);
    }

    public Config withExtensionTimeout(Duration d) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, sessionIdleTimeout, maxBodyBytes, taskDurations, taskRetention, limits,
                d, accessLog, vcenterShape, clock, objectExtensionTimeout);
    }

    public Config withObjectExtensionTimeout(Duration d) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, sessionIdleTimeout, maxBodyBytes, taskDurations, taskRetention, limits,
                extensionTimeout, accessLog, vcenterShape, clock, d);
    }

    public Config withAccessLog(Path file) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, sessionIdleTimeout, maxBodyBytes, taskDurations, taskRetention, limits,
                extensionTimeout, file, vcenterShape, clock, objectExtensionTimeout);
    }

    public Config withVCenterShape(Inventory.Shape shape) {
        return new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore, keystorePassword,
                adminPassword, tenantPassword, seed, sessionIdleTimeout, maxBodyBytes, taskDurations, taskRetention, limits,
                extensionTimeout, accessLog, shape, clock, objectExtensionTimeout);
    }

    public static boolean isLoopback(String address) {
        return address.equals("localhost") || address.startsWith("127.") || address.equals("::1")
                || address.equals("[::1]");
    }
}

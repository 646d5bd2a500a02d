package io.vcdsim;

import io.vcdsim.config.Config;
import io.vcdsim.config.Seeder;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.provider.Inventory;
import io.vcdsim.simulation.SimulationSettings;
import io.vcdsim.tasks.OperationLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar vcdsim.jar [options]}: every option also reads a VCDSIM_* environment variable. */
@Command(name = "vcdsim", mixinStandardHelpOptions = true, version = "vcdsim 0.1.0",
        description = "A VMware Cloud Director (vCloud API) simulator with a real task engine.",
        sortOptions = false)
public final class Main implements Callable<Integer> {

    @Option(names = "--bind", defaultValue = "${env:VCDSIM_BIND:-127.0.0.1}",
            description = "Address to listen on (env VCDSIM_BIND). Default: ${DEFAULT-VALUE}.")
    String bind;

    @Option(names = "--http-port", defaultValue = "${env:VCDSIM_HTTP_PORT:-8080}",
            description = "Plain HTTP port; 0 = any free port, -1 = off (env VCDSIM_HTTP_PORT). Default: ${DEFAULT-VALUE}.")
    int httpPort;

    @Option(names = "--https-port", defaultValue = "${env:VCDSIM_HTTPS_PORT:-8443}",
            description = "HTTPS port; 0 = any free port, -1 = off (env VCDSIM_HTTPS_PORT). Default: ${DEFAULT-VALUE}.")
    int httpsPort;

    @Option(names = "--data-dir", defaultValue = "${env:VCDSIM_DATA_DIR:-vcdsim-data}",
            description = "Directory for the embedded database, certificate and cell id (env VCDSIM_DATA_DIR). "
                    + "Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    @Option(names = "--spool-dir", defaultValue = "${env:VCDSIM_SPOOL_DIR}",
            description = "Directory for uploaded bytes; cells on one PostgreSQL must share it (env VCDSIM_SPOOL_DIR). "
                    + "Default: transfer in the data directory.")
    Path spoolDir;

    @Option(names = "--db-url", defaultValue = "${env:VCDSIM_DB_URL}",
            description = "JDBC URL of the store, e.g. jdbc:postgresql://localhost/vcdsim (env VCDSIM_DB_URL). "
                    + "Default: embedded H2 in the data directory.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:VCDSIM_DB_USER}", description = "Database user (env VCDSIM_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:VCDSIM_DB_PASSWORD}",
            description = "Database password (env VCDSIM_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--tls-keystore", defaultValue = "${env:VCDSIM_TLS_KEYSTORE}",
            description = "PKCS12 keystore for HTTPS (env VCDSIM_TLS_KEYSTORE). Default: a self-signed certificate "
                    + "generated into the data directory on first start.")
    Path keystore;

    @Option(names = "--tls-keystore-password", defaultValue = "${env:VCDSIM_TLS_KEYSTORE_PASSWORD}",
            description = "Password of the keystore (env VCDSIM_TLS_KEYSTORE_PASSWORD).")
    String keystorePassword;

    @Option(names = "--admin-password", defaultValue = "${env:VCDSIM_ADMIN_PASSWORD}",
            description = "Password of System/administrator at first start (env VCDSIM_ADMIN_PASSWORD). Default: "
                    + Config.DEFAULT_ADMIN_PASSWORD + " (loopback only).")
    String adminPassword;

    @Option(names = "--tenant-password", defaultValue = "${env:VCDSIM_TENANT_PASSWORD:-"
            + Config.DEFAULT_TENANT_PASSWORD + "}",
            description = "Password of acme/acmeadmin at first start (env VCDSIM_TENANT_PASSWORD). Default: ${DEFAULT-VALUE}.")
    String tenantPassword;

    @Option(names = "--seed", negatable = true, defaultValue = "${env:VCDSIM_SEED:-true}", fallbackValue = "true",
            description = "Seed the tenant org acme with a VDC, network and catalog on first start (env VCDSIM_SEED). "
                    + "Default: ${DEFAULT-VALUE}.")
    boolean seed;

    @Option(names = "--session-idle-timeout", defaultValue = "${env:VCDSIM_SESSION_IDLE_TIMEOUT:-PT30M}",
            description = "Idle time after which a session ends, ISO-8601 (env VCDSIM_SESSION_IDLE_TIMEOUT). "
                    + "Default: ${DEFAULT-VALUE}.")
    String idleTimeout;

    @Option(names = "--max-body-bytes", defaultValue = "${env:VCDSIM_MAX_BODY_BYTES:-10485760}",
            description = "Largest request body accepted (env VCDSIM_MAX_BODY_BYTES). Default: ${DEFAULT-VALUE}.")
    int maxBodyBytes;

    @Option(names = "--task-duration", defaultValue = "${env:VCDSIM_TASK_DURATION:-PT0.3S}",
            description = "Simulated duration of every long operation, ISO-8601 (env VCDSIM_TASK_DURATION). "
                    + "Default: ${DEFAULT-VALUE}.")
    String taskDuration;

    @Option(names = "--task-durations", defaultValue = "${env:VCDSIM_TASK_DURATIONS:-}",
            description = "Per-operation durations, e.g. vdcInstantiateVapp=PT2S,orgDelete=PT0S "
                    + "(env VCDSIM_TASK_DURATIONS).")
    String taskDurations;

    @Option(names = "--task-retention", defaultValue = "${env:VCDSIM_TASK_RETENTION:-P90D}",
            description = "How long finished tasks are kept before they expire (env VCDSIM_TASK_RETENTION). "
                    + "Default: ${DEFAULT-VALUE}.")
    String taskRetention;

    @Option(names = "--operation-limits", defaultValue = "${env:VCDSIM_OPERATION_LIMITS:-0,0,0,0}",
            description = "Running per user, running per org, queued per user, queued per org; 0 = no limit "
                    + "(env VCDSIM_OPERATION_LIMITS). Default: ${DEFAULT-VALUE}.", split = ",")
    int[] operationLimits;

    @Option(names = "--extension-timeout", defaultValue = "${env:VCDSIM_EXTENSION_TIMEOUT:-PT60S}",
            description = "How long a request forwarded to an extension service waits for the service's reply before "
                    + "the client gets 504 (env VCDSIM_EXTENSION_TIMEOUT). Default: ${DEFAULT-VALUE}.")
    String extensionTimeout;

    @Option(names = "--object-extension-timeout", defaultValue = "${env:VCDSIM_OBJECT_EXTENSION_TIMEOUT:-PT60S}",
            description = "How long a task waits at an extension point (VM placement) for a blocking object "
                    + "extension's answer before the phase fails, or goes on without it when it is optional (env "
                    + "VCDSIM_OBJECT_EXTENSION_TIMEOUT). Default: ${DEFAULT-VALUE}.")
    String objectExtensionTimeout;

    @Option(names = "--vcenter-shape", defaultValue = "${env:VCDSIM_VCENTER_SHAPE:-2,2,2}", split = ",",
            description = "Clusters of each simulated vCenter, hosts in each cluster, resource pools under each "
                    + "cluster's root pool, and optionally vc1's datastores (2 if not given) (env "
                    + "VCDSIM_VCENTER_SHAPE). Default: ${DEFAULT-VALUE}.")
    int[] vcenterShape;

    @Option(names = "--simulation", defaultValue = "${env:VCDSIM_SIMULATION}",
            description = "A JSON file of simulation settings (durations by operationName, failures to inject) to "
                    + "apply at start, as PUT /api/vcdsim/simulation takes them (env VCDSIM_SIMULATION).")
    Path simulationFile;

    @Option(names = "--access-log", defaultValue = "${env:VCDSIM_ACCESS_LOG}",
            description = "Log every request to this file in the NCSA extended format, or to the console with '-' "
                    + "(env VCDSIM_ACCESS_LOG). Default: no request log.")
    Path accessLog;

    @Option(names = "--exit-after-start", hidden = true,
            description = "Start, answer a login and a query, stop. The build runs this once to record the classes "
                    + "start-up needs into a class-data archive (target/vcdsim.jsa).")
    boolean exitAfterStart;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    private Inventory.Shape shape() {
        if (vcenterShape.length != 3 && vcenterShape.length != 4) {
            throw new IllegalArgumentException("three or four numbers: clusters,hosts,pools[,datastores]");
        }
        return new Inventory.Shape(vcenterShape[0], vcenterShape[1], vcenterShape[2],
                vcenterShape.length == 4 ? vcenterShape[3] : Inventory.Shape.DEFAULT.datastores());
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        if (!Config.isLoopback(bind) && adminPassword == null) {
            System.err.println("vcdsim: refusing to listen on " + bind + " with the default administrator password."
                    + " Give one with --admin-password or VCDSIM_ADMIN_PASSWORD.");
            return 2;
        }
        Inventory.Shape shape;
        try {
            shape = shape();
        } catch (IllegalArgumentException e) {
            System.err.println("vcdsim: --vcenter-shape: " + e.getMessage() + ".");
            return 2;
        }
        Config config = new Config(bind, httpPort, httpsPort, dataDir, spoolDir, dbUrl, dbUser, dbPassword, keystore,
                keystorePassword, adminPassword != null ? adminPassword : Config.DEFAULT_ADMIN_PASSWORD,
                tenantPassword, seed, Duration.parse(idleTimeout), maxBodyBytes,
                TaskDurations.parse(taskDuration, taskDurations), Duration.parse(taskRetention), limits(),
                Duration.parse(extensionTimeout), accessLog, shape, Clock.systemUTC(),
                Duration.parse(objectExtensionTimeout));
        // The stop is in place before anything starts: a SIGTERM during start-up lets the start finish, then
        // stops what it started, so the store is closed cleanly at any moment (and no hook is added too late).
        Stop stop = new Stop();
        Runtime.getRuntime().addShutdownHook(new Thread(stop::run, "vcdsim-stop"));
        VcdSim sim;
        try {
            sim = VcdSim.start(config);
            stop.running = sim;
            if (simulationFile != null) {
                sim.simulation().update(SimulationSettings.parse(java.nio.file.Files.readAllBytes(simulationFile)));
            }
        } catch (Exception | Error e) {
            if (stop.requested) {
                return 143; // stopped while starting: nothing to report
            }
            throw e;
        } finally {
            stop.startEnded.countDown();
        }
        if (exitAfterStart) {
            exercise(sim);
            stop.run();
            return 0;
        }
        banner(sim, (System.nanoTime() - started) / 1_000_000);
        Footprint.apply(); // after the first answer: nothing on the way to it
        new CountDownLatch(1).await();
        return 0;
    }

    /** Stops a started vcdsim once, from the shutdown hook or the main thread, after its start has ended. */
    private static final class Stop implements Runnable {
        private static final long START_WAIT_SECONDS = 120;
        final CountDownLatch startEnded = new CountDownLatch(1);
        volatile boolean requested;
        volatile VcdSim running;
        private boolean done;

        @Override
        public synchronized void run() {
            requested = true;
            try {
                startEnded.await(START_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (done || running == null) {
                return;
            }
            done = true;
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("vcdsim: stopping: " + e);
            }
        }
    }

    private OperationLimits limits() {
        if (operationLimits.length != 4) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--operation-limits takes four numbers: running per user, running per org, queued per user, "
                            + "queued per org");
        }
        return new OperationLimits(operationLimits[0], operationLimits[1], operationLimits[2], operationLimits[3]);
    }

    /** The requests a user's first minute makes, so their classes land in the class-data archive. */
    private static void exercise(VcdSim sim) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((Seeder.ADMIN_USER + "@"
                + Seeder.SYSTEM_ORG + ":" + sim.config().adminPassword()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.httpUrl()
                        + "/cloudapi/1.0.0/sessions/provider")).header("Authorization", auth)
                .header("Accept", "application/json;version=36.0").POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        String token = login.headers().firstValue("X-VMWARE-VCLOUD-ACCESS-TOKEN").orElseThrow();
        for (String path : new String[]{"/api/versions", "/api/session", "/api/org", "/api/query?type=user&format=records"}) {
            client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.httpUrl() + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/*+xml;version=36.0")
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        }
    }

    private void banner(VcdSim sim, long millis) {
        StringBuilder b = new StringBuilder("\nvcdsim is up in ").append(millis).append(" ms\n");
        if (sim.httpPort() > 0) {
            b.append("  API (HTTP):   ").append(sim.httpUrl()).append("/api/versions\n");
        }
        if (sim.httpsPort() > 0) {
            b.append("  API (HTTPS):  ").append(sim.httpsUrl()).append("/api/versions  (self-signed unless --tls-keystore)\n");
        }
        b.append("  store:        ").append(dbUrl != null ? dbUrl : "embedded H2 in " + dataDir.toAbsolutePath()).append('\n');
        if (sim.seeded()) {
            b.append("  seeded:       org ").append(Seeder.SYSTEM_ORG).append(", user ").append(Seeder.ADMIN_USER)
                    .append(adminPassword == null ? ", password " + Config.DEFAULT_ADMIN_PASSWORD : "").append('\n');
            if (seed) {
                b.append("                org ").append(Seeder.TENANT_ORG).append(", user ").append(Seeder.TENANT_ADMIN)
                        .append(", password ").append(tenantPassword.equals(Config.DEFAULT_TENANT_PASSWORD)
                                ? Config.DEFAULT_TENANT_PASSWORD : "(as given)")
                        .append("; VDC acme-vdc, network acme-net, catalog acme-catalog\n");
            }
        } else {
            b.append("  model:        loaded from the store (users and passwords as left last time)\n");
        }
        System.out.println(b);
    }
}

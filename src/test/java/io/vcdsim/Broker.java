package io.vcdsim;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real RabbitMQ broker for tests, from Debian's rabbitmq-server package (.ci/run installs it),
 * running as this user with its own port and data directory. It can be stopped and started again
 * on the same port and data, as an outage would.
 */
public final class Broker implements AutoCloseable {
    private static final Path SERVER = Path.of("/usr/lib/rabbitmq/bin/rabbitmq-server");
    private final Path dir;
    private final int port;
    private final int distPort;
    private Process process;

    private Broker(Path dir, int port, int distPort) {
        this.dir = dir;
        this.port = port;
        this.distPort = distPort;
    }

    public static Broker start() throws Exception {
        if (!Files.isExecutable(SERVER)) {
            throw new IllegalStateException(SERVER + " is missing: apt-get install rabbitmq-server (.ci/run does)");
        }
        Broker b = new Broker(Sim.tempDir(), Sim.freePort(), Sim.freePort());
        b.up();
        return b;
    }

    public int port() {
        return port;
    }

    /** The vmext:AmqpSettings that point vcdsim at this broker (guest, exchange systemExchange, prefix vcd). */
    public String amqpSettings() {
        return "<vmext:AmqpSettings xmlns:vmext=\"http://www.vmware.com/vcloud/extension/v1.5\">"
                + "<vmext:AmqpHost>127.0.0.1</vmext:AmqpHost><vmext:AmqpPort>" + port + "</vmext:AmqpPort>"
                + "<vmext:AmqpUsername>guest</vmext:AmqpUsername><vmext:AmqpPassword>guest</vmext:AmqpPassword>"
                + "<vmext:AmqpExchange>systemExchange</vmext:AmqpExchange><vmext:AmqpVHost>/</vmext:AmqpVHost>"
                + "<vmext:AmqpUseSSL>false</vmext:AmqpUseSSL><vmext:AmqpPrefix>vcd</vmext:AmqpPrefix>"
                + "</vmext:AmqpSettings>";
    }

    /** Starts (again) and waits until it accepts connections. */
    public void up() throws Exception {
        Files.createDirectories(dir.resolve("mnesia"));
        Files.createDirectories(dir.resolve("log"));
        Files.writeString(dir.resolve("enabled_plugins"), "[].");
        ProcessBuilder pb = new ProcessBuilder(SERVER.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("HOME", dir.toString()); // the Erlang cookie lives here
        env.put("RABBITMQ_NODENAME", "vcdsim" + port + "@localhost");
        env.put("RABBITMQ_NODE_PORT", Integer.toString(port));
        env.put("RABBITMQ_DIST_PORT", Integer.toString(distPort));
        env.put("RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString());
        env.put("RABBITMQ_LOG_BASE", dir.resolve("log").toString());
        env.put("RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("enabled_plugins").toString());
        env.put("RABBITMQ_FEATURE_FLAGS_FILE", dir.resolve("feature_flags").toString());
        process = pb.start();
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                Thread.sleep(500); // the port opens a moment before AMQP is served
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("RabbitMQ did not start: " + Files.readString(dir.resolve("out.log")));
                }
                Thread.sleep(200);
            }
        }
    }

    /** Stops it the hard way, as a crash or a network outage would look to clients. */
    public void down() throws Exception {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            process = null;
        }
    }

    @Override
    public void close() throws Exception {
        down();
    }
}

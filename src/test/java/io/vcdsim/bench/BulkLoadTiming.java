package io.vcdsim.bench;

import io.vcdsim.Sim;
import io.vcdsim.VcdSim;

import java.util.UUID;

/**
 * The load of the queries benchmark alone, timed as that benchmark times it (a vcdsim on a fresh store holding
 * 10,000 tasks and events; then the rest up to {@code tasks}), without its minutes of queries. Run it after
 * {@code bench/run} made target/bench.classpath:
 * <pre>
 *   mvn -q -B test-compile
 *   java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
 *       -Dorg.slf4j.simpleLogger.defaultLogLevel=warn io.vcdsim.bench.BulkLoadTiming [h2|postgres] [tasks]
 * </pre>
 */
public final class BulkLoadTiming {
    private BulkLoadTiming() {
    }

    public static void main(String[] args) throws Exception {
        String storeName = args.length > 0 ? args[0] : "h2";
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int small = 10_000;
        try (BenchStore store = BenchStore.named(storeName); VcdSim sim = Sim.start(store.config())) {
            UUID acme = sim.db().tx(tx -> tx.orgs().findByName("acme")).orElseThrow().id();
            UUID system = TaskBenchmarks.systemOrg(sim);
            Bulk.load(sim, 0, small, small, acme, system);
            double seconds = Bulk.load(sim, small, large, large, acme, system);
            System.out.printf("store %,d tasks and as many events (bulk) [%s]: %.1f s%n", large - small, store.name(),
                    seconds);
        }
        System.exit(0); // as Bench does: what the stores leave running must not keep the JVM up
    }
}

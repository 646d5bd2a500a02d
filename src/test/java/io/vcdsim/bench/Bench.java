package io.vcdsim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every benchmark of vcdsim, on the embedded H2 and on PostgreSQL, printed as one table of figures
 * next to their goals (issue 17). Not a test: run it with {@code bench/run}, on a machine doing
 * nothing else. Ratios are measured side by side in the same run; absolute figures are noisy.
 * <pre>
 *   bench/run [--quick] [--stores=h2,postgres] [--only=get,throughput,queries,timeouts,notifications,process]
 * </pre>
 */
public final class Bench {
    static final List<String> ALL = List.of("get", "throughput", "queries", "timeouts", "notifications", "process");

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        List<String> stores = List.of("h2", "postgres");
        List<String> only = ALL;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("--stores=")) {
                stores = Arrays.asList(arg.substring("--stores=".length()).split(","));
            } else if (arg.startsWith("--only=")) {
                only = Arrays.asList(arg.substring("--only=".length()).split(","));
            } else {
                System.err.println("usage: bench/run [--quick] [--stores=h2,postgres] [--only=" + String.join(",", ALL)
                        + "]");
                System.exit(2);
            }
        }
        Figures figures = new Figures();
        TaskBenchmarks tasks = new TaskBenchmarks(figures, quick);
        BlockingBenchmarks blocking = new BlockingBenchmarks(figures, quick);
        Processes processes = new Processes(figures, quick);
        List<String> failed = new ArrayList<>();
        for (String name : stores) {
            try (BenchStore store = BenchStore.named(name)) {
                for (String which : only) {
                    System.out.printf("%s on %s%n", which, store.name());
                    try {
                        switch (which) {
                            case "get" -> tasks.getVersusTrivial(store);
                            case "throughput" -> tasks.throughput(store);
                            case "queries" -> tasks.queries(store);
                            case "timeouts" -> blocking.timeouts(store);
                            case "notifications" -> blocking.notifications(store);
                            case "process" -> processes.startupAndMemory(store);
                            default -> throw new IllegalArgumentException("no benchmark " + which + ": " + ALL);
                        }
                    } catch (Exception | AssertionError e) { // one benchmark failing must not cost the others' figures
                        e.printStackTrace();
                        failed.add(which + " on " + store.name() + ": " + e);
                    }
                }
            }
        }
        System.out.println();
        System.out.printf("vcdsim benchmarks%s, %d cores, Java %s%n", quick ? " (--quick: smaller sizes, shorter runs)"
                : "", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.print(figures.table());
        failed.forEach(f -> System.out.println("FAILED: " + f));
        System.exit(failed.isEmpty() ? 0 : 1);
    }
}

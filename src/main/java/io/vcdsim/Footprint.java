package io.vcdsim;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * A simulator's memory habits for the {@code java -jar} process, without flags on its command line: the
 * JVM's defaults suit a server that owns its machine (the heap grows toward a quarter of RAM and is
 * kept), not a simulator sharing a laptop or a CI runner with the code under test. These are the JVM's
 * <em>manageable</em> flags, which a running JVM may change: with G1, a collection every few seconds when
 * the process is idle, and a heap shrunk to what it holds after a collection. A flag the user set on the
 * command line is left as they set it; {@code -Xmx} caps the heap as usual.
 */
final class Footprint {
    /**
     * Flag, value: only applied where the flag still has its default value, in this order (the lower bound
     * first: MaxHeapFreeRatio may not go below MinHeapFreeRatio).
     */
    private static final List<Map.Entry<String, String>> G1 = List.of(
            // after a collection the heap keeps 10-20% free space, not 40-70%
            Map.entry("MinHeapFreeRatio", "10"),
            Map.entry("MaxHeapFreeRatio", "20"),
            // an idle process collects every 5 s and gives the memory it no longer uses back to the system
            Map.entry("G1PeriodicGCInterval", "5000"));

    private Footprint() {
    }

    static void apply() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null || !"true".equals(vm.getVMOption("UseG1GC").getValue())) {
            return; // another collector (say -XX:+UseSerialGC) was chosen deliberately
        }
        for (Map.Entry<String, String> flag : G1) {
            if (vm.getVMOption(flag.getKey()).getOrigin() == VMOption.Origin.DEFAULT) {
                vm.setVMOption(flag.getKey(), flag.getValue());
            }
        }
    }
}

package io.vcdsim;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The java -jar process's memory habits: set where the JVM has its defaults, left alone where the user chose. */
class FootprintTest {
    /** Applies the footprint in a JVM of its own and prints the flags it sets. */
    public static void main(String[] args) {
        Footprint.apply();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        for (String flag : List.of("G1PeriodicGCInterval", "MinHeapFreeRatio", "MaxHeapFreeRatio")) {
            System.out.println(flag + "=" + vm.getVMOption(flag).getValue());
        }
    }

    static String flagsWith(String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FootprintTest.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void withTheDefaultCollectorAnIdleProcessCollectsAndKeepsLittleFreeHeap() throws Exception {
        assertThat(flagsWith("-XX:+UseG1GC")).contains("G1PeriodicGCInterval=5000", "MinHeapFreeRatio=10",
                "MaxHeapFreeRatio=20");
    }

    @Test
    void whatTheUserSetStaysAsTheySetIt() throws Exception {
        assertThat(flagsWith("-XX:+UseG1GC", "-XX:MaxHeapFreeRatio=50", "-XX:G1PeriodicGCInterval=0"))
                .contains("G1PeriodicGCInterval=0", "MinHeapFreeRatio=10", "MaxHeapFreeRatio=50");
        // another collector chosen: nothing is touched
        assertThat(flagsWith("-XX:+UseSerialGC")).contains("G1PeriodicGCInterval=0", "MinHeapFreeRatio=40",
                "MaxHeapFreeRatio=70");
    }
}

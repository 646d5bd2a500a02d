package io.vcdsim;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Debian's python3 and the packaged modules some tests drive vcdsim with (.ci/run installs them). */
public final class DebianPython {
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private DebianPython() {
    }

    /**
     * Returns when {@code module} imports. Where it does not, the test is skipped, except under CI, where that is a
     * failure: CI installs {@code debianPackage}.
     */
    public static void require(String module, String debianPackage) throws Exception {
        boolean available = Files.isExecutable(PYTHON) && exitOf(PYTHON.toString(), "-c", "import " + module) == 0;
        if (System.getenv("CI") != null) {
            assertThat(available).as("CI must install " + debianPackage).isTrue();
        }
        Assumptions.assumeTrue(available, debianPackage + " is not installed");
    }

    private static int exitOf(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}

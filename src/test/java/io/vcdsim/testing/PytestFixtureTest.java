package io.vcdsim.testing;

import io.vcdsim.DebianPython;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pytest fixture users copy (examples/pytest/conftest.py) starts vcdsim as its own process, yields its URLs and
 * logins, and stops it; the example tests beside it pass. Debian's python3-pytest runs them (CI installs it); the
 * process is this build's classes, since the jar is made after the tests.
 */
class PytestFixtureTest {
    static final Path PYTHON = DebianPython.PYTHON;

    @Test
    void theExampleTestsPassWithTheFixture() throws Exception {
        DebianPython.require("pytest", "python3-pytest");
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-m", "pytest", "-q", "-p", "no:cacheprovider",
                "examples/pytest").redirectErrorStream(true);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        pb.environment().put("VCDSIM_COMMAND", "'" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' io.vcdsim.Main");
        pb.environment().put("VCDSIM_ARGS", "--task-duration PT0.1S");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("2 passed");
    }
}

package io.vcdsim;

import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real client against a real vcdsim: Debian's python3-libcloud (vCloud 5.5 driver). CI installs
 * it; on a machine without it the test is skipped, except under CI where that is a failure.
 */
class LibcloudEndToEndTest {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    @RegisterExtension
    final VcdSimExtension vcd = VcdSimExtension.create();

    @Test
    void libcloudLogsInAndListsTheSeededModel() throws Exception {
        boolean available = Files.isExecutable(PYTHON) && run(PYTHON.toString(), "-c", "import libcloud") == 0;
        if (System.getenv("CI") != null) {
            assertThat(available).as("CI must install python3-libcloud").isTrue();
        }
        Assumptions.assumeTrue(available, "python3-libcloud is not installed");
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "src/test/python/libcloud_smoke.py")
                .redirectErrorStream(true);
        pb.environment().put("VCD_HOST", "127.0.0.1");
        pb.environment().put("VCD_PORT", Integer.toString(vcd.sim().httpPort()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("ok   the seeded VDC is listed").contains("InvalidCredsError");
    }

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}

package io.vcdsim;

import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real client against a real vcdsim: Debian's python3-libcloud (vCloud 5.5 driver). CI installs
 * it; on a machine without it the test is skipped, except under CI where that is a failure.
 */
class LibcloudEndToEndTest {
    static final Path PYTHON = DebianPython.PYTHON;
    @RegisterExtension
    final VcdSimExtension vcd = VcdSimExtension.create();

    @Test
    void libcloudLogsInAndListsTheSeededModel() throws Exception {
        DebianPython.require("libcloud", "python3-libcloud");
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
}

package io.vcdsim;

import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's tour, pasted as a new user would: its shell snippets run in one bash, in order, and its libcloud snippet
 * with Debian's python3, against a vcdsim whose address replaces the README's {@code 127.0.0.1:8080}. The pyvcloud
 * snippets are not run here (pyvcloud is not packaged for Debian; they are checked by hand), nor the lines that
 * need vcd-cli or a broker's client library.
 */
class ReadmeTourTest {
    private static final Pattern BLOCK = Pattern.compile("```(sh|python)\\n(.*?)```", Pattern.DOTALL);
    @RegisterExtension
    final VcdSimExtension vcd = VcdSimExtension.create();

    /** The fenced blocks of one language in the tour section. */
    static List<String> blocks(String language) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String tour = readme.substring(readme.indexOf("## A short tour"), readme.indexOf("\n## ", readme.indexOf(
                "## A short tour") + 5));
        List<String> found = new ArrayList<>();
        Matcher m = BLOCK.matcher(tour);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                found.add(m.group(2));
            }
        }
        return found;
    }

    private String here(String snippet) {
        return snippet.replace("http://127.0.0.1:8080", vcd.httpUrl()).replace("port=8080",
                "port=" + vcd.sim().httpPort());
    }

    @Test
    void theShellSnippetsWorkWhenPasted() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")) || System.getenv("CI") != null,
                "curl is not installed");
        StringBuilder script = new StringBuilder();
        for (String block : blocks("sh")) {
            for (String line : here(block).split("\n")) {
                // vcd-cli is not installed here, and the approval bot waits for messages until it is stopped
                if (!line.startsWith("vcd ") && !line.contains("examples/approval_bot.py")) {
                    script.append(line).append('\n');
                }
            }
        }
        String out = run(List.of("bash", "-c", script.toString()));
        assertThat(out).contains("<SupportedVersions") // /api/versions
                .contains("<UserRecord") // the query with a bearer token from the cloudapi session
                .contains("\"resultTotal\"") // the cloudapi roles page
                .contains("\"refresh_token\"") // the API token
                .contains("operationName=\"backupOrg\"") // the extension service's task
                .contains("<vmext:BlockingTaskOperations").contains("<vmext:Service")
                .contains("\"vdcInstantiateVapp\":\"PT5S\""); // the simulation settings
        assertThat(out).doesNotContain("<Error ", "{\"majorErrorCode\""); // no vCloud Error, in XML or JSON
    }

    @Test
    void theLibcloudSnippetWorksWhenPasted() throws Exception {
        DebianPython.require("libcloud", "python3-libcloud");
        Path python = DebianPython.PYTHON;
        List<String> libcloud = blocks("python").stream().filter(b -> b.contains("libcloud")).toList();
        assertThat(libcloud).hasSize(1);
        String out = run(List.of(python.toString(), "-c", here(libcloud.get(0))));
        assertThat(out).contains("acme-vdc");
    }

    private static String run(List<String> command) throws Exception {
        Path dir = Sim.tempDir();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}

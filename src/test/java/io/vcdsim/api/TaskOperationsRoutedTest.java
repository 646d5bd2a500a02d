package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of the Task reference's list of task-returning operations (the project's
 * {@code ../shared/TASK-OPERATIONS.md}) reaches an endpoint: asked for an object that does not exist, a system
 * administrator gets that object's 403 or 404, or a 400 for the empty body, never the router's "No resource at"
 * nor a 405. What each operation does is the business of its own tests.
 */
class TaskOperationsRoutedTest {
    static final Path LIST = Path.of("..", "shared", "TASK-OPERATIONS.md");
    static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|DELETE) \\| `([^`]+)` \\|");
    static final String ABSENT = "00000000-0000-0000-0000-000000000001";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    @Test
    void everyTaskReturningOperationIsRouted() throws IOException {
        assertThat(LIST).as("the project's shared reference beside the checkout").exists();
        Http admin = Sim.admin(vcd.sim());
        List<String> rows = new ArrayList<>();
        List<String> unrouted = new ArrayList<>();
        for (String line : Files.readAllLines(LIST)) {
            Matcher m = ROW.matcher(line);
            if (!m.find()) {
                continue;
            }
            String method = m.group(1);
            String path = m.group(2);
            rows.add(method + " " + path);
            Http.Res r = call(admin, method, "/api" + path.replaceAll("\\{[^}]+}", ABSENT));
            // a VM's operations live under /vApp/ with the VM's own id form
            if (unrouted(r) && path.startsWith("/vApp/")) {
                r = call(admin, method, "/api" + path.replaceAll("\\{[^}]+}", "vm-" + ABSENT));
            }
            if (unrouted(r)) {
                unrouted.add(method + " " + path + " -> " + r.status);
            }
        }
        assertThat(rows).as("rows read from " + LIST).hasSizeGreaterThan(80);
        assertThat(unrouted).isEmpty();
    }

    static Http.Res call(Http who, String method, String path) {
        return switch (method) {
            case "POST" -> who.post(path, "application/xml", "");
            case "PUT" -> who.put(path, "application/xml", "");
            case "DELETE" -> who.delete(path);
            default -> who.get(path);
        };
    }

    static boolean unrouted(Http.Res r) {
        return r.status == 405 || (r.status == 404 && r.body.contains("No resource at"));
    }
}

package io.vcdsim.api;

import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every href vcdsim hands out from the seeded model leads somewhere: clients follow them without asking. */
class LinkWalkTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
    private static final int MAX_VISITS = 2000;
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create();

    /** Follows every same-server href of every document it can read (actions aside); answers 404/500 by path. */
    static Map<String, Integer> walk(Http who) {
        Deque<String> queue = new ArrayDeque<>();
        for (String start : new String[]{"/api/session", "/api/org", "/api/admin", "/api/query",
                "/api/admin/extension"}) {
            queue.add(vcd.httpUrl() + start);
        }
        Set<String> seen = new HashSet<>();
        Map<String, Integer> broken = new LinkedHashMap<>();
        while (!queue.isEmpty() && seen.size() < MAX_VISITS) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            Http.Res r = who.get(url);
            if (r.status == 404 || r.status >= 500) {
                broken.put(url.substring(vcd.httpUrl().length()), r.status);
                continue;
            }
            if (r.status != 200) {
                continue; // 403 for what the caller may not read, 405 for what only takes a PUT
            }
            Matcher m = HREF.matcher(r.body);
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (href.startsWith(vcd.httpUrl()) && !href.contains("/action/") && !href.contains("/power/")) {
                    queue.add(href);
                }
            }
        }
        assertThat(seen.size()).as("documents read").isGreaterThan(50);
        return broken;
    }

    @Test
    void noHrefASystemAdministratorIsGivenIsDangling() {
        assertThat(walk(Sim.admin(vcd.sim()))).isEmpty();
    }

    @Test
    void noHrefATenantIsGivenIsDangling() {
        assertThat(walk(Sim.tenant(vcd.sim()))).isEmpty();
    }
}

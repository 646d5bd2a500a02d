package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.vcdsim.Http;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cloudapi calls made as go-vcloud-director makes them: JSON at the client's API version, form-encoded filters. */
final class CloudApiCalls {
    static final String V1 = "/cloudapi/1.0.0";
    static final String JSON = "application/json";

    private CloudApiCalls() {
    }

    static Http.Res get(Http who, String path) {
        return who.send(who.cloud(path).GET());
    }

    static Http.Res send(Http who, String method, String path, String json) {
        return who.send(who.cloud(path).header("Content-Type", JSON)
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The URN of acme-vdc, the seeded tenant's VDC (the only one its org has until a test makes more). */
    static String acmeVdcUrn(Http tenant) {
        return tenant.get("/api/query?type=orgVdc&format=references&filter=name==acme-vdc")
                .children("OrgVdcReference").get(0).getAttribute("id");
    }

    static String filter(String fiql) {
        return "filter=" + URLEncoder.encode(fiql, StandardCharsets.UTF_8);
    }

    static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("values").forEach(v -> names.add(v.get("name").asText()));
        return names;
    }

    /** A right's URN, found by name as go-vcloud-director's GetRightByName does. */
    static String rightId(Http who, String name) {
        JsonNode page = get(who, V1 + "/rights?" + filter("name==" + name)).json();
        assertThat(page.get("resultTotal").asInt()).as(name).isEqualTo(1);
        return page.get("values").get(0).get("id").asText();
    }

    /** An OpenApiItems list of rights, by name and URN. */
    static String refs(Http who, String... rightNames) {
        List<String> refs = new ArrayList<>();
        for (String n : rightNames) {
            refs.add("{\"name\":\"" + n + "\",\"id\":\"" + rightId(who, n) + "\"}");
        }
        return "{\"values\":[" + String.join(",", refs) + "]}";
    }
}

package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.store.ApiTokenRow;
import io.vcdsim.store.Tx;

import java.util.LinkedHashMap;
import java.util.Map;

/** An API token as the cloudapi lists it (go-vcloud-director's {@code types.Token}); never its secret. */
public final class TokenView {
    private TokenView() {
    }

    public static Map<String, Object> of(Tx tx, ApiTokenRow t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.API_TOKEN.urn(t.id()));
        m.put("name", t.name());
        m.put("owner", Map.of("name", tx.users().find(t.userId()).map(u -> u.name()).orElse(""),
                "id", Kind.USER.urn(t.userId())));
        m.put("org", Map.of("name", tx.orgs().find(t.orgId()).map(o -> o.name()).orElse(""),
                "id", Kind.ORG.urn(t.orgId())));
        m.put("type", "REFRESH");
        return m;
    }
}

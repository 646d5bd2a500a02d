package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.store.ServiceAccountRow;
import io.vcdsim.store.Tx;

import java.util.LinkedHashMap;
import java.util.Map;

/** A service account as the cloudapi shows it (go-vcloud-director's {@code types.ServiceAccount}). */
public final class ServiceAccountView {
    private ServiceAccountView() {
    }

    public static Map<String, Object> of(Tx tx, ServiceAccountRow a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.SERVICE_ACCOUNT.urn(a.id()));
        m.put("name", a.name());
        m.put("softwareId", a.softwareId());
        m.put("softwareVersion", a.softwareVersion());
        // the role is the one of the user the account acts as
        m.put("role", tx.users().find(a.userId()).flatMap(u -> tx.roles().find(u.roleId()))
                .map(r -> Map.of("name", r.name(), "id", Kind.ROLE.urn(r.id()))).orElse(null));
        m.put("uri", a.uri());
        m.put("org", Map.of("name", tx.orgs().find(a.orgId()).map(o -> o.name()).orElse(""),
                "id", Kind.ORG.urn(a.orgId())));
        m.put("status", a.status());
        return m;
    }
}

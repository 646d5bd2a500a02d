package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.model.Link;
import io.vcdsim.model.Session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A login session, as the legacy API (the Session document) and the cloudapi (JSON) show it. */
public final class SessionView {
    private SessionView() {
    }

    /** The viewer's Session document, each well-known link exactly once (pyvcloud fails on duplicates). */
    public static Session of(Viewer v) {
        Principal p = v.principal();
        Session s = new Session();
        s.href = v.href("/api/session/");
        s.type = MediaTypes.xml(MediaTypes.SESSION);
        s.user = p.userName();
        s.org = p.orgName();
        s.userId = Kind.USER.urn(p.userId());
        s.roles = p.roleName();
        s.locationId = p.orgId() + "@vcdsim";
        s.link(new Link("down", v.href(Kind.ORG, p.orgId()), MediaTypes.xml(MediaTypes.ORG), p.orgName()));
        s.link("down", v.href("/api/org"), MediaTypes.xml(MediaTypes.ORG_LIST));
        s.link("down", v.href("/api/query"), MediaTypes.xml(MediaTypes.QUERY_LIST));
        if (p.has(Right.ADMIN_VIEW)) {
            s.link("down", v.href("/api/admin"), MediaTypes.xml(MediaTypes.VCLOUD));
        }
        if (p.isSystemAdmin()) {
            s.link("down", v.href("/api/admin/extension"), MediaTypes.xml(MediaTypes.EXTENSION));
        }
        s.link("remove", v.href("/api/session"), null);
        return s;
    }

    /** The JSON body of the cloudapi session, shaped as vCD's. */
    public static Map<String, Object> cloud(Principal p, Duration idleTimeout) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.SESSION.urn(p.sessionId()));
        m.put("site", Map.of("name", "vcdsim", "id", "urn:vcloud:site:00000000-0000-0000-0000-000000000001"));
        m.put("user", Map.of("name", p.userName(), "id", Kind.USER.urn(p.userId())));
        m.put("org", Map.of("name", p.orgName(), "id", Kind.ORG.urn(p.orgId())));
        m.put("operatingOrg", Map.of("name", p.orgName(), "id", Kind.ORG.urn(p.orgId())));
        m.put("location", "vcdsim");
        m.put("roles", List.of(p.roleName()));
        m.put("roleRefs", List.of(Map.of("name", p.roleName(), "id", Kind.ROLE.urn(p.roleId()))));
        m.put("sessionIdleTimeoutMinutes", idleTimeout.toMinutes());
        return m;
    }
}

package io.vcdsim.api;

import io.vcdsim.auth.Sessions;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Link;
import io.vcdsim.model.Session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Login and logout: the cloudapi sessions (API 33.0+, JSON, token in X-VMWARE-VCLOUD-ACCESS-TOKEN)
 * and the legacy {@code /api/sessions} (XML, token in x-vcloud-authorization). Both issue the same
 * token, accepted in any of the three auth headers.
 */
public final class SessionResource implements Routes {
    private static final String CLOUDAPI = "/cloudapi/1.0.0/sessions";
    private final Sessions sessions;

    public SessionResource(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void register(Router r) {
        r.anonymous("POST", CLOUDAPI, x -> cloudLogin(x, Sessions.Scope.ANY));
        r.anonymous("POST", CLOUDAPI + "/provider", x -> cloudLogin(x, Sessions.Scope.PROVIDER));
        r.get(CLOUDAPI + "/current", x -> Reply.json(200, cloudSession(x.principal(), x)));
        // go-vcloud-director logs out with DELETE on the URL it logged in at
        r.delete(CLOUDAPI + "/current", this::logout);
        r.delete(CLOUDAPI, this::logout);
        r.delete(CLOUDAPI + "/provider", this::logout);
        r.anonymous("POST", "/api/sessions", this::legacyLogin);
        r.get("/api/session", x -> Reply.ok(session(x.principal(), x), MediaTypes.SESSION));
        r.delete("/api/session", this::logout);
    }

    private Reply cloudLogin(Exchange x, Sessions.Scope scope) {
        Sessions.Login login = sessions.login(x.header("authorization"), scope);
        return Reply.json(200, cloudSession(login.principal(), x))
                .header("X-VMWARE-VCLOUD-ACCESS-TOKEN", login.token())
                .header("X-VMWARE-VCLOUD-TOKEN-TYPE", "Bearer");
    }

    private Reply legacyLogin(Exchange x) {
        Sessions.Login login = sessions.login(x.header("authorization"), Sessions.Scope.ANY);
        return Reply.ok(session(login.principal(), x), MediaTypes.SESSION)
                .header("x-vcloud-authorization", login.token())
                .header("X-VMWARE-VCLOUD-ACCESS-TOKEN", login.token())
                .header("X-VMWARE-VCLOUD-TOKEN-TYPE", "Bearer");
    }

    private Reply logout(Exchange x) {
        sessions.logout(x.principal());
        return Reply.noContent();
    }

    /** The Session document, each well-known link exactly once (pyvcloud fails on duplicates). */
    static Session session(Principal p, Exchange x) {
        Session s = new Session();
        s.href = x.href("/api/session/");
        s.type = MediaTypes.xml(MediaTypes.SESSION);
        s.user = p.userName();
        s.org = p.orgName();
        s.userId = Kind.USER.urn(p.userId());
        s.roles = p.roleName();
        s.locationId = p.orgId() + "@vcdsim";
        s.link(new Link("down", Hrefs.of(x, Kind.ORG, p.orgId()), MediaTypes.xml(MediaTypes.ORG), p.orgName()));
        s.link("down", x.href("/api/org"), MediaTypes.xml(MediaTypes.ORG_LIST));
        s.link("down", x.href("/api/query"), MediaTypes.xml(MediaTypes.QUERY_LIST));
        if (p.has(Right.ADMIN_VIEW)) {
            s.link("down", x.href("/api/admin"), MediaTypes.xml(MediaTypes.VCLOUD));
        }
        if (p.isSystemAdmin()) {
            s.link("down", x.href("/api/admin/extension"), MediaTypes.xml(MediaTypes.EXTENSION));
        }
        s.link("remove", x.href("/api/session"), null);
        return s;
    }

    /** The JSON body of the cloudapi session, shaped as vCD's. */
    private Map<String, Object> cloudSession(Principal p, Exchange x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Kind.SESSION.urn(p.sessionId()));
        m.put("site", Map.of("name", "vcdsim", "id", "urn:vcloud:site:00000000-0000-0000-0000-000000000001"));
        m.put("user", Map.of("name", p.userName(), "id", Kind.USER.urn(p.userId())));
        m.put("org", Map.of("name", p.orgName(), "id", Kind.ORG.urn(p.orgId())));
        m.put("operatingOrg", Map.of("name", p.orgName(), "id", Kind.ORG.urn(p.orgId())));
        m.put("location", "vcdsim");
        m.put("roles", List.of(p.roleName()));
        m.put("roleRefs", List.of(Map.of("name", p.roleName(), "id", Kind.ROLE.urn(p.roleId()))));
        m.put("sessionIdleTimeoutMinutes", sessions.idleTimeout().toMinutes());
        return m;
    }
}

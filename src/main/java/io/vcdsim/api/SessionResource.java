package io.vcdsim.api;

import io.vcdsim.auth.Sessions;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Session;
import io.vcdsim.views.SessionView;

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
        r.anonymous("POST", CLOUDAPI, x -> cloudLogin(x, Sessions.Scope.TENANT));
        r.anonymous("POST", CLOUDAPI + "/provider", x -> cloudLogin(x, Sessions.Scope.PROVIDER));
        r.get(CLOUDAPI + "/current", x -> Reply.json(200, cloudSession(x.principal())));
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
        return Reply.json(200, cloudSession(login.principal()))
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

    /** A login answers for the session it opens, not for the request's caller (there is none yet). */
    private static Session session(Principal p, Exchange x) {
        return SessionView.of(Hrefs.viewer(x, p));
    }

    private Map<String, Object> cloudSession(Principal p) {
        return SessionView.cloud(p, sessions.idleTimeout());
    }
}

package io.vcdsim.api;

import io.vcdsim.auth.ApiTokens;
import io.vcdsim.auth.ServiceAccounts;
import io.vcdsim.auth.Sessions;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Urls;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.ApiTokenRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.ServiceAccountRow;
import io.vcdsim.views.TokenView;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.vcdsim.api.CloudApi.V1;

/**
 * API tokens: {@code /oauth/tenant/{org}/register} and {@code /oauth/provider/register} make one,
 * {@code /oauth/.../token} trades credentials for access tokens (OAuth's form-encoded grants), and
 * {@code /cloudapi/1.0.0/tokens} lists, reads and revokes them.
 */
public final class CloudApiTokenResource implements Routes {
    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final String DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
    private final ApiTokens tokens;
    private final ServiceAccounts serviceAccounts;
    private final Sessions sessions;
    private final QueryService queries;
    private final Database db;

    public CloudApiTokenResource(ApiTokens tokens, ServiceAccounts serviceAccounts, Sessions sessions,
                                 QueryService queries, Database db) {
        this.tokens = tokens;
        this.serviceAccounts = serviceAccounts;
        this.sessions = sessions;
        this.queries = queries;
        this.db = db;
    }

    /** The {@code ApiTokenParams} a registration sends; a {@code software_id} makes it a service account's. */
    public static final class Registration {
        public String client_name;
        public String client_uri;
        public String software_id;
        public String software_version;
        public String scope;
    }

    @Override
    public void register(Router r) {
        r.post("/oauth/tenant/{org}/register", x -> register(x, x.pathParam("org")));
        r.post("/oauth/provider/register", x -> register(x, null));
        r.anonymous("POST", "/oauth/tenant/{org}/token", x -> token(x, x.pathParam("org")));
        r.anonymous("POST", "/oauth/provider/token", x -> token(x, null));
        r.get(V1 + "/tokens", x -> {
            // a user sees their own tokens; a system administrator sees everyone's
            String mine = "owner.id==" + x.principal().userId();
            String filter = x.principal().isSystemAdmin() ? null : mine;
            return CloudApi.page(x, queries, Kind.API_TOKEN.query(), null, "Tokens", filter,
                    ids -> db.read(tx -> tokens.found(ids).stream().map(t -> TokenView.of(tx, t)).toList()));
        });
        r.get(V1 + "/tokens/{id}", x -> Reply.json(200,
                db.read(tx -> TokenView.of(tx, tokens.get(x.principal(), CloudApi.id(x, "id", Kind.API_TOKEN))))));
        r.delete(V1 + "/tokens/{id}", x -> {
            tokens.revoke(x.principal(), CloudApi.id(x, "id", Kind.API_TOKEN));
            return Reply.noContent();
        });
    }

    private Reply register(Exchange x, String org) {
        Registration body = CloudApi.body(x, Registration.class, "ApiTokenParams");
        if (body.software_id != null) {
            return registerServiceAccount(x, org, body);
        }
        ApiTokenRow t = tokens.register(x.principal(), org, body.client_name);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("client_name", t.name());
        m.put("client_id", t.id().toString());
        m.put("grant_types", java.util.List.of(JWT_BEARER, "refresh_token"));
        m.put("token_endpoint_auth_method", "none");
        return Reply.json(200, m);
    }

    /** A service account's registration, which a system administrator may also make for a tenant org. */
    private Reply registerServiceAccount(Exchange x, String org, Registration body) {
        ServiceAccountRow a = serviceAccounts.register(x.principal(), org, body.client_name, body.scope,
                new ServiceAccounts.Software(body.software_id, body.software_version, body.client_uri));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("client_name", a.name());
        m.put("client_id", a.id().toString());
        m.put("grant_types", java.util.List.of(DEVICE_CODE, "refresh_token"));
        m.put("token_endpoint_auth_method", "none");
        m.put("client_uri", a.uri());
        m.put("software_id", a.softwareId());
        m.put("software_version", a.softwareVersion());
        m.put("scope", body.scope.strip());
        return Reply.json(200, m);
    }

    /** OAuth's token endpoint: form-encoded, answering {@code access_token}, {@code token_type}, {@code expires_in}. */
    private Reply token(Exchange x, String org) {
        Map<String, String> form = form(x);
        String grant = form.get("grant_type");
        ApiTokens.Grant g;
        if ("refresh_token".equals(grant)) {
            g = tokens.refresh(org, form.get("refresh_token"));
        } else if (JWT_BEARER.equals(grant)) {
            g = tokens.issue(org, form.get("assertion"), form.get("client_id"));
        } else if (DEVICE_CODE.equals(grant)) {
            g = serviceAccounts.activate(org, form.get("client_id"), form.get("device_code"));
        } else {
            throw ApiException.badRequest("grant_type must be refresh_token, " + JWT_BEARER + " or " + DEVICE_CODE
                    + ".");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("access_token", g.login().token());
        m.put("token_type", "Bearer");
        m.put("expires_in", sessions.idleTimeout().toSeconds());
        m.put("refresh_token", g.refreshToken());
        // credentials: no cache keeps them (RFC 6749, 5.1)
        return Reply.json(200, m).header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    /** An OAuth endpoint's form-encoded body. */
    static Map<String, String> form(Exchange x) {
        String type = x.header("content-type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                    "OAuth endpoints take application/x-www-form-urlencoded.");
        }
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(x.body(), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(Urls.decodeForm(pair.substring(0, eq)), Urls.decodeForm(pair.substring(eq + 1)));
            }
        }
        return form;
    }
}

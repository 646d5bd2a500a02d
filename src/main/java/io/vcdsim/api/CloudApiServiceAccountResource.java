package io.vcdsim.api;

import io.vcdsim.auth.ServiceAccounts;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.ServiceAccountRow;
import io.vcdsim.views.ServiceAccountView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * Service accounts: {@code /cloudapi/1.0.0/serviceAccounts} lists, reads, changes, revokes and deletes them; the
 * device authorization flow asks at {@code /oauth/.../device_authorization} and an administrator approves the user
 * code at {@code deviceLookup/grant}. Registering and the token grant are at the API token endpoints.
 */
public final class CloudApiServiceAccountResource implements Routes {
    /** How long the device code stays good and how often the client may poll (RFC 8628's defaults). */
    private static final int EXPIRES_IN = 1800;
    private static final int INTERVAL = 5;
    private final ServiceAccounts accounts;
    private final QueryService queries;
    private final Database db;

    public CloudApiServiceAccountResource(ServiceAccounts accounts, QueryService queries, Database db) {
        this.accounts = accounts;
        this.queries = queries;
        this.db = db;
    }

    /** The {@code ServiceAccount} a PUT sends: the software and the role may change. */
    public static final class Update {
        public String name;
        public String softwareId;
        public String softwareVersion;
        public String uri;
        public Map<String, Object> role;
    }

    /** The grant's body: the user code the device authorization showed. */
    public static final class GrantRequest {
        public String userCode;
    }

    @Override
    public void register(Router r) {
        String one = V1 + "/serviceAccounts/{id}";
        r.get(V1 + "/serviceAccounts", x -> CloudApi.page(x, queries, Kind.SERVICE_ACCOUNT.query(),
                CloudApi.listedOrg(x), "ServiceAccounts", ids -> view(accounts.found(ids))));
        r.get(one, x -> Reply.json(200, view(accounts.get(x.principal(), id(x)))));
        r.put(one, x -> {
            Update body = CloudApi.body(x, Update.class, "ServiceAccount");
            ServiceAccountRow a = accounts.update(x.principal(), id(x), body.name, roleId(body.role),
                    new ServiceAccounts.Software(body.softwareId, body.softwareVersion, body.uri));
            return Reply.json(200, view(a));
        });
        r.delete(one, x -> {
            accounts.delete(x.principal(), id(x));
            return Reply.noContent();
        });
        r.post(one + "/revoke", x -> {
            accounts.revoke(x.principal(), id(x));
            return Reply.noContent();
        });
        r.post(V1 + "/deviceLookup/grant", x -> {
            GrantRequest body = CloudApi.body(x, GrantRequest.class, "DeviceLookupGrant");
            accounts.grant(x.principal(), CloudApi.actingOrg(x), body.userCode);
            return Reply.noContent();
        });
        r.anonymous("POST", "/oauth/tenant/{org}/device_authorization", x -> authorize(x, x.pathParam("org")));
        r.anonymous("POST", "/oauth/provider/device_authorization", x -> authorize(x, null));
    }

    /** RFC 8628's device authorization answer. */
    private Reply authorize(Exchange x, String org) {
        ServiceAccountRow a = accounts.authorize(org, CloudApiTokenResource.form(x).get("client_id"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("device_code", a.deviceCode());
        m.put("user_code", a.userCode());
        m.put("verification_uri", x.baseUrl() + (org == null ? "/provider" : "/tenant/" + org) + "/device");
        m.put("expires_in", EXPIRES_IN);
        m.put("interval", INTERVAL);
        return Reply.json(200, m).header("Cache-Control", "no-store");
    }

    private Map<String, Object> view(ServiceAccountRow a) {
        return db.read(tx -> ServiceAccountView.of(tx, a));
    }

    private List<Map<String, Object>> view(List<ServiceAccountRow> found) {
        return db.read(tx -> found.stream().map(a -> ServiceAccountView.of(tx, a)).toList());
    }

    private static UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.SERVICE_ACCOUNT);
    }

    /** The role reference's id (a role URN), or null when the PUT names none. */
    private static UUID roleId(Map<String, Object> role) {
        Object id = role == null ? null : role.get("id");
        if (id == null) {
            return null;
        }
        UUID parsed = Ids.fromAny(id.toString());
        if (parsed == null) {
            throw ApiException.badRequest("role.id must be a role URN, not '" + id + "'.");
        }
        return parsed;
    }
}

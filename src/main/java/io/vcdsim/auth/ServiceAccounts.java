package io.vcdsim.auth;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.core.Texts;
import io.vcdsim.core.Urls;
import io.vcdsim.store.Database;
import io.vcdsim.store.OrgRow;
import io.vcdsim.store.RoleRow;
import io.vcdsim.store.ServiceAccountRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UserRow;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Service accounts, as vCD 10.4 has them: registered like an API token but with a {@code software_id} and a role
 * ({@code scope}); CREATED, then REQUESTED by OAuth's device authorization, GRANTED by an administrator who approves
 * the user code, ACTIVE once its API token is taken with the device code. Revoking takes it back to CREATED and ends
 * its token and sessions. Org administrators manage their org's accounts, system administrators any org's.
 */
public final class ServiceAccounts {
    public static final String CREATED = "CREATED";
    public static final String REQUESTED = "REQUESTED";
    public static final String GRANTED = "GRANTED";
    public static final String ACTIVE = "ACTIVE";
    private static final String ROLE_SCOPE = "urn:vcloud:role:";
    private static final String CODE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ";
    private final Database db;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ServiceAccounts(Database db, ApiTokens tokens, Sessions sessions, Clock clock) {
        this.db = db;
        this.tokens = tokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The software a service account stands for: its id must be a UUID (vCD checks it), the rest is free. */
    public record Software(String id, String version, String uri) {
        Software checked() {
            if (id == null || !id.strip().matches("(?i)[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")) {
                throw ApiException.badRequest("software_id must be a UUID, not '" + id + "'.");
            }
            return new Software(id.strip(), Lengths.atMost(Texts.blankIsNull(version), 128, "software_version"),
                    Lengths.atMost(Texts.blankIsNull(uri), 1024, "client_uri"));
        }
    }

    /** Registers an account in {@code orgName} ({@code null}: the System org) with the role {@code scope} names. */
    public ServiceAccountRow register(Principal p, String orgName, String name, String scope, Software software) {
        String checkedName = Lengths.name(name == null ? null : name.strip(), ApiTokens.MAX_NAME, "service account");
        Software sw = software.checked();
        String roleName = roleName(scope);
        return db.tx(tx -> {
            OrgRow org = (orgName == null ? tx.orgs().system() : tx.orgs().findByName(orgName))
                    .orElseThrow(() -> ApiException.forbidden("No organization " + orgName + " is accessible."));
            p.require(Right.USER_MANAGE, org.id());
            RoleRow role = tx.roles().findByName(org.id(), roleName).orElseThrow(() -> ApiException.badRequest(
                    "The scope names the role " + roleName + ", which organization " + org.name() + " lacks."));
            if (tx.serviceAccounts().findByName(org.id(), checkedName).isPresent()
                    || tx.users().findByName(org.id(), checkedName).isPresent()) {
                throw ApiException.duplicateName("Organization " + org.name() + " already has a service account "
                        + "or user named " + checkedName + ".");
            }
            UserRow user = new UserRow(UUID.randomUUID(), org.id(), checkedName, checkedName, "Service account", null,
                    null, null, true, false, null, role.id(), 0, 0, clock.instant());
            tx.users().insert(user);
            ServiceAccountRow a = new ServiceAccountRow(UUID.randomUUID(), org.id(), user.id(), checkedName, sw.id(),
                    sw.version(), sw.uri(), CREATED, null, null, clock.instant());
            tx.serviceAccounts().insert(a);
            return a;
        });
    }

    /** The account, if the caller may see it (its org's users' viewers, system administrators); else 403. */
    public ServiceAccountRow get(Principal p, UUID id) {
        return p.require(Right.USER_VIEW, db.read(tx -> tx.serviceAccounts().find(id)), ServiceAccountRow::orgId,
                "service account", id);
    }

    public List<ServiceAccountRow> found(List<UUID> ids) {
        return db.read(tx -> tx.serviceAccounts().found(ids));
    }

    /** Changes the software and the role; the name and the status stay (as vCD: they are not the PUT's to change). */
    public ServiceAccountRow update(Principal p, UUID id, String name, UUID roleId, Software software) {
        Software sw = software.checked();
        ServiceAccountRow updated = db.tx(tx -> {
            ServiceAccountRow a = managed(tx, p, id);
            if (name != null && !name.equals(a.name())) {
                throw ApiException.badRequest("A service account's name cannot be changed.");
            }
            if (roleId != null) {
                RoleRow role = tx.roles().find(roleId).filter(r -> a.orgId().equals(r.orgId()))
                        .orElseThrow(() -> ApiException.badRequest("The role " + roleId + " is not a role of the "
                                + "service account's organization."));
                tx.users().find(a.userId()).ifPresent(u -> tx.users().update(withRole(u, role.id())));
            }
            ServiceAccountRow changed = a.withSoftware(sw.id(), sw.version(), sw.uri());
            tx.serviceAccounts().update(changed);
            return changed;
        });
        sessions.userChanged(updated.userId());
        return updated;
    }

    /** The device authorization request (anonymous, as in OAuth): new codes, the account REQUESTED. */
    public ServiceAccountRow authorize(String orgName, String clientId) {
        UUID id = clientId(clientId);
        return db.tx(tx -> {
            ServiceAccountRow a = atEndpoint(tx, orgName, id);
            if (!a.status().equals(CREATED) && !a.status().equals(REQUESTED)) {
                throw ApiException.badRequest("Service account " + a.name() + " is " + a.status()
                        + "; revoke it before asking for authorization again.");
            }
            ServiceAccountRow requested = a.withStatus(REQUESTED, userCode(), newDeviceCode());
            tx.serviceAccounts().update(requested);
            return requested;
        });
    }

    /** An administrator of the account's org approves the user code it shows: REQUESTED becomes GRANTED. */
    public void grant(Principal p, UUID actingOrg, String userCode) {
        String code = userCode == null ? "" : userCode.strip().toUpperCase(java.util.Locale.ROOT);
        db.run(tx -> {
            ServiceAccountRow a = tx.serviceAccounts().findByUserCode(code)
                    .filter(found -> found.orgId().equals(actingOrg) && found.status().equals(REQUESTED))
                    .orElseThrow(() -> ApiException.badRequest("No service account of this organization awaits "
                            + "the user code '" + userCode + "'."));
            p.require(Right.USER_MANAGE, a.orgId());
            tx.serviceAccounts().update(a.withStatus(GRANTED, a.userCode(), a.deviceCode()));
        });
    }

    /** The device code grant: a GRANTED account takes its API token (once) and becomes ACTIVE. */
    public ApiTokens.Grant activate(String orgName, String clientId, String deviceCode) {
        UUID id = clientId(clientId);
        ApiTokens.Issued issued = db.tx(tx -> {
            ServiceAccountRow a = atEndpoint(tx, orgName, id);
            if (a.deviceCode() == null || !a.deviceCode().equals(deviceCode == null ? "" : deviceCode.strip())) {
                throw ApiException.badRequest("The device_code is not the one issued to service account "
                        + a.name() + ".");
            }
            if (!a.status().equals(GRANTED)) {
                throw ApiException.badRequest("Service account " + a.name() + " is " + a.status()
                        + ": its request is not granted yet (authorization_pending).");
            }
            tx.serviceAccounts().update(a.withStatus(ACTIVE, null, null));
            return tokens.issueNew(tx, a.orgId(), a.userId(), a.name());
        });
        return new ApiTokens.Grant(sessions.loginOf(issued.session()), issued.secret());
    }

    /** Back to CREATED: its API token stops working and the sessions it opened end. */
    public void revoke(Principal p, UUID id) {
        ServiceAccountRow a = db.tx(tx -> {
            ServiceAccountRow found = managed(tx, p, id);
            tx.apiTokens().deleteOfUser(found.userId());
            tx.serviceAccounts().update(found.withStatus(CREATED, null, null));
            return found;
        });
        sessions.userChanged(a.userId());
    }

    /** Deletes the account in any status (terraform's vcd_service_account deletes active ones); its token dies. */
    public void delete(Principal p, UUID id) {
        ServiceAccountRow a = db.tx(tx -> {
            ServiceAccountRow found = managed(tx, p, id);
            tx.users().delete(found.userId()); // the account, its token and sessions go with its user
            return found;
        });
        sessions.userChanged(a.userId());
    }

    private static ServiceAccountRow managed(Tx tx, Principal p, UUID id) {
        Optional<ServiceAccountRow> a = tx.serviceAccounts().lock(id);
        return p.require(Right.USER_MANAGE, a, ServiceAccountRow::orgId, "service account", id);
    }

    /** The account a device flow call names, at its org's endpoint ({@code null}: {@code /oauth/provider}). */
    private static ServiceAccountRow atEndpoint(Tx tx, String orgName, UUID id) {
        return tx.serviceAccounts().lock(id).filter(a -> tx.orgs().find(a.orgId())
                        .filter(o -> orgName == null ? o.system() : o.name().equalsIgnoreCase(orgName)).isPresent())
                .orElseThrow(() -> ApiException.badRequest("client_id " + id + " is not a service account of this "
                        + "organization (invalid_client)."));
    }

    private static UUID clientId(String clientId) {
        try {
            return UUID.fromString(clientId == null ? "" : clientId.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("client_id must be the id of a service account (invalid_client).");
        }
    }

    /** {@code urn:vcloud:role:<role name, URL-encoded>}, as go-vcloud-director and terraform send the role. */
    private static String roleName(String scope) {
        String s = scope == null ? "" : scope.strip();
        if (!s.startsWith(ROLE_SCOPE) || s.length() == ROLE_SCOPE.length() || s.contains(" ")) {
            throw ApiException.badRequest("scope must name the service account's role as urn:vcloud:role:<name>, "
                    + "not '" + scope + "' (invalid_scope).");
        }
        return Urls.decode(s.substring(ROLE_SCOPE.length()));
    }

    /** Eight letters as XXXX-XXXX, without vowels so no word is spelled (RFC 8628, 6.1). */
    private String userCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(i == 4 ? "-" : "").append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return b.toString();
    }

    private String newDeviceCode() {
        return UUID.randomUUID().toString() + Long.toHexString(random.nextLong());
    }

    private static UserRow withRole(UserRow u, UUID roleId) {
        return new UserRow(u.id(), u.orgId(), u.name(), u.fullName(), u.description(), u.email(), u.telephone(),
                u.im(), u.enabled(), u.external(), u.passwordHash(), roleId, u.storedVmQuota(), u.deployedVmQuota(),
                u.created());
    }
}

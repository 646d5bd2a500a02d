package io.vcdsim.extension;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Forwarding;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.ApiFilterRow;
import io.vcdsim.store.CachedSettings;
import io.vcdsim.store.Database;
import io.vcdsim.store.ServiceRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.UserRow;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Registered extension services (task spec §5.1) and the routing table built from their URL
 * filters: a request whose path an enabled service's UrlPattern matches is that service's.
 */
public final class ServiceRegistry implements Forwarding {
    /** An enabled service's compiled URL filter. */
    private record Route(ServiceRow service, Pattern pattern) {
    }

    private final Database db;
    private final RequestForwarder forwarder;
    private final ServiceAuthorization authorization;
    private final ServiceLinks links;
    private final CachedSettings<List<Route>> routes;

    public ServiceRegistry(Database db, Clock clock, RequestForwarder forwarder) {
        this.db = db;
        this.forwarder = forwarder;
        this.authorization = new ServiceAuthorization(db);
        this.links = new ServiceLinks(db, clock);
        // other cells' changes arrive within a second, like every other setting
        this.routes = new CachedSettings<>(db, clock, Duration.ofSeconds(1), ServiceRegistry::load, null);
    }

    private static List<Route> load(Tx tx) {
        Map<UUID, ServiceRow> enabled = tx.services().all().stream().filter(ServiceRow::enabled)
                .collect(Collectors.toMap(ServiceRow::id, s -> s));
        return tx.services().filters().stream()
                .filter(f -> f.urlPattern() != null && enabled.containsKey(f.serviceId()))
                .flatMap(f -> compiled(f).map(p -> new Route(enabled.get(f.serviceId()), p)).stream())
                // the highest priority wins; among equals, the service registered first
                .sorted(Comparator.comparingInt((Route r) -> -r.service().priority())
                        .thenComparing(r -> r.service().created()))
                .toList();
    }

    /** Reads the services again on next use (the store was replaced). */
    public void forget() {
        routes.invalidate();
        links.forget();
    }

    /** The services' links, which only enabled services' entities show. */
    public ServiceLinks links() {
        return links;
    }

    /** Checked when registered; a stored one that does not compile (a loaded state) is skipped, not fatal. */
    private static java.util.Optional<Pattern> compiled(ApiFilterRow f) {
        try {
            return java.util.Optional.of(Pattern.compile(f.urlPattern()));
        } catch (PatternSyntaxException e) {
            org.slf4j.LoggerFactory.getLogger(ServiceRegistry.class).warn("API filter {} ignored: {}", f.id(),
                    e.getDescription());
            return java.util.Optional.empty();
        }
    }

    @Override
    public Claim claim(String path) {
        // extension services extend the API; the operations endpoints and the console answer without the store
        if (!path.startsWith("/api/") && !path.startsWith("/cloudapi/")) {
            return null;
        }
        for (Route r : routes.get()) {
            if (r.pattern().matcher(path).matches()) {
                ServiceRow service = r.service();
                return request -> authorizedForward(service, request);
            }
        }
        return null;
    }

    /** A service with authorization enabled is sent only what its ACL rules grant the caller (vCD's 403 first). */
    private java.util.concurrent.CompletableFuture<Response> authorizedForward(ServiceRow service, Request request) {
        if (service.authorizationEnabled()) {
            try {
                authorization.check(service, request.method(), request.path(), request.principal());
            } catch (ApiException refused) {
                return java.util.concurrent.CompletableFuture.failedFuture(refused);
            }
        }
        return forwarder.forward(service, request);
    }

    /**
     * What a service asks about a user before it serves a request itself: whether the service's ACL rules would let
     * vcdsim forward it. A service without authorization is sent every request its filters claim.
     */
    public boolean isAuthorized(ServiceRow service, String userHref, String method, String url) {
        UserRow user = checkedUser(userHref, method, url);
        return !service.authorizationEnabled()
                || authorization.granted(service, method.strip(), url.strip(), user.id(), user.orgId());
    }

    /**
     * POST .../service/authorizationcheck, the check across every service whose authorization is enabled: whether
     * the ACL rules of one of them grant the user the method on the URL (none enabled: nothing grants it).
     */
    public boolean isAuthorizedByAny(String userHref, String method, String url) {
        UserRow user = checkedUser(userHref, method, url);
        List<ServiceRow> checking = db.read(tx -> tx.services().all()).stream()
                .filter(ServiceRow::authorizationEnabled).toList();
        return checking.stream().anyMatch(s -> authorization.granted(s, method.strip(), url.strip(), user.id(),
                user.orgId()));
    }

    /** The user an authorization check names, after its method and URL are checked; 400 otherwise. */
    private UserRow checkedUser(String userHref, String method, String url) {
        if (method == null || !Set.of("GET", "PUT", "POST", "DELETE").contains(method.strip())) {
            throw ApiException.badRequest("HttpMethod " + method + " is not one of GET, PUT, POST, DELETE.");
        }
        if (url == null || url.isBlank()) {
            throw ApiException.badRequest("An authorization check needs the URL to check.");
        }
        Lengths.atMost(url, 4096, "The URL to check");
        UUID userId = Ids.fromAny(userHref);
        return db.read(tx -> userId == null ? Optional.<UserRow>empty() : tx.users().find(userId))
                .orElseThrow(() -> ApiException.invalidReference("No user " + userHref + " exists."));
    }

    /** The extension service with this id, for a system administrator; else 403. */
    public ServiceRow service(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.services().find(id)), "extension service", id);
    }

    /** The API filter with this id, for a system administrator; else 403. */
    public ApiFilterRow filter(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.services().filter(id)), "API filter", id);
    }

    /** Registers a service with its filters, all or nothing. */
    public ServiceRow register(ServiceRow s, List<ApiFilterRow> filters) {
        validate(s);
        filters.forEach(ServiceRegistry::validate);
        ServiceRow created = db.tx(tx -> {
            if (tx.services().namespaceTaken(s.namespace(), s.id())) {
                throw ApiException.duplicateName("An extension service with namespace " + s.namespace()
                        + " is already registered.");
            }
            tx.services().insert(s);
            filters.forEach(tx.services()::insertFilter);
            return s;
        });
        routes.invalidate();
        return created;
    }

    /** Replaces what a PUT may change; the filters stay (they are replaced one by one, not edited). */
    public ServiceRow update(ServiceRow s) {
        validate(s);
        ServiceRow updated = db.tx(tx -> {
            if (tx.services().namespaceTaken(s.namespace(), s.id())) {
                throw ApiException.duplicateName("An extension service with namespace " + s.namespace()
                        + " is already registered.");
            }
            tx.services().update(s);
            return s;
        });
        forget();
        return updated;
    }

    /** vCD refuses to unregister a service that is still enabled; clients disable it first. */
    public void unregister(ServiceRow s) {
        if (s.enabled()) {
            throw ApiException.badRequest("Extension service " + s.name() + " is enabled: disable it (PUT with "
                    + "Enabled false) before you delete it.");
        }
        db.run(tx -> {
            // roles hold rights by name, which no key ties to the service's rights: they are taken out here
            tx.store(io.vcdsim.store.ServiceRightStore::new).revokeEverywhere(s.id());
            tx.services().delete(s.id());
        });
        forget();
    }

    public ApiFilterRow addFilter(ApiFilterRow f) {
        validate(f);
        db.run(tx -> tx.services().insertFilter(f));
        routes.invalidate();
        return f;
    }

    public void removeFilter(UUID id) {
        db.run(tx -> tx.services().deleteFilter(id));
        routes.invalidate();
    }

    private static void validate(ServiceRow s) {
        require(s.name(), "a name");
        require(s.namespace(), "a Namespace");
        require(s.routingKey(), "a RoutingKey");
        require(s.exchange(), "an Exchange");
        Lengths.atMost(s.name(), 128, "An extension service's name");
        Lengths.atMost(s.description(), 4096, "An extension service's Description");
        Lengths.atMost(s.namespace(), 128, "An extension service's Namespace");
        Lengths.atMost(s.vendor(), 255, "An extension service's Vendor");
        // exchange names and routing keys are AMQP short strings
        Lengths.atMostBytes(s.routingKey(), 255, "An extension service's RoutingKey");
        Lengths.atMostBytes(s.exchange(), 255, "An extension service's Exchange");
        if (s.priority() < 0 || s.priority() > 100) {
            throw ApiException.badRequest("Priority must be between 0 and 100; 50 is neutral.");
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("An extension service needs " + what + ".");
        }
    }

    private static void validate(ApiFilterRow f) {
        boolean url = f.urlPattern() != null && !f.urlPattern().isBlank();
        boolean content = f.responseContentType() != null && !f.responseContentType().isBlank();
        if (url == content) {
            throw ApiException.badRequest("An ApiFilter has exactly one UrlPattern or one ResponseContentType.");
        }
        Lengths.atMost(f.urlPattern(), 1024, "An ApiFilter's UrlPattern");
        Lengths.atMost(f.responseContentType(), 255, "An ApiFilter's ResponseContentType");
        if (url) {
            try {
                Pattern.compile(f.urlPattern());
            } catch (PatternSyntaxException e) {
                throw ApiException.badRequest("UrlPattern " + f.urlPattern() + " is not a valid regular expression: "
                        + e.getDescription() + ".");
            }
        }
    }
}

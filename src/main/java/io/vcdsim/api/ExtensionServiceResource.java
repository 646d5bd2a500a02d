package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Texts;
import io.vcdsim.extension.ServiceRegistry;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminService;
import io.vcdsim.model.ApiFilter;
import io.vcdsim.store.ApiFilterRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.ServiceRow;
import io.vcdsim.views.ExtensionView;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Registering extension services and their API filters (task spec §5.1), for system administrators. */
public final class ExtensionServiceResource implements Routes {
    private static final String BASE = "/api/admin/extension/service";
    private final Database db;
    private final ServiceRegistry registry;
    private final Clock clock;

    public ExtensionServiceResource(Database db, ServiceRegistry registry, Clock clock) {
        this.db = db;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void register(Router r) {
        r.get(BASE, this::list);
        r.post(BASE, this::create);
        r.get(BASE + "/{id}", x -> Reply.ok(view(x, find(x)), MediaTypes.ADMIN_SERVICE));
        r.put(BASE + "/{id}", this::update);
        r.delete(BASE + "/{id}", this::delete);
        r.get(BASE + "/{id}/apifilters", this::filters);
        r.post(BASE + "/{id}/apifilters", this::addFilter);
        r.get(BASE + "/apifilter/{id}", x -> Reply.ok(ExtensionView.filter(Hrefs.viewer(x), findFilter(x)),
                MediaTypes.API_FILTER));
        r.delete(BASE + "/apifilter/{id}", this::removeFilter);
    }

    /** System administrators only, checked before the id is parsed. */
    private ServiceRow find(Exchange x) {
        x.principal().requireSystemAdmin();
        return registry.service(x.principal(), Hrefs.id(x, "id"));
    }

    /** System administrators only, checked before the id is parsed. */
    private ApiFilterRow findFilter(Exchange x) {
        x.principal().requireSystemAdmin();
        return registry.filter(x.principal(), Hrefs.id(x, "id"));
    }

    Reply list(Exchange x) {
        x.principal().requireSystemAdmin();
        return Reply.ok(db.read(tx -> ExtensionView.services(tx, Hrefs.viewer(x))), MediaTypes.EXTENSION_SERVICES);
    }

    Reply create(Exchange x) {
        x.principal().requireSystemAdmin();
        AdminService in = x.read(AdminService.class, "Service", MediaTypes.ADMIN_SERVICE);
        UUID id = UUID.randomUUID();
        ServiceRow s = new ServiceRow(id, in.name, in.description, in.namespace, orElse(in.enabled, true),
                orElse(in.authorizationEnabled, false), in.routingKey, in.priority == null ? 50 : in.priority,
                in.exchange, in.vendor, clock.instant());
        List<ApiFilterRow> filters = new ArrayList<>();
        if (in.apiFilters != null) {
            for (ApiFilter f : in.apiFilters.apiFilter) {
                filters.add(filterRow(id, f));
            }
        }
        ServiceRow created = registry.register(s, filters);
        AdminService v = view(x, created);
        return Reply.created(v, MediaTypes.ADMIN_SERVICE, v.href);
    }

    Reply update(Exchange x) {
        ServiceRow s = find(x);
        AdminService in = x.read(AdminService.class, "Service", MediaTypes.ADMIN_SERVICE);
        ServiceRow changed = new ServiceRow(s.id(), in.name != null ? in.name : s.name(),
                in.description != null ? in.description : s.description(),
                in.namespace != null ? in.namespace : s.namespace(), orElse(in.enabled, s.enabled()),
                orElse(in.authorizationEnabled, s.authorizationEnabled()),
                in.routingKey != null ? in.routingKey : s.routingKey(), in.priority != null ? in.priority : s.priority(),
                in.exchange != null ? in.exchange : s.exchange(), in.vendor != null ? in.vendor : s.vendor(),
                s.created());
        return Reply.ok(view(x, registry.update(changed)), MediaTypes.ADMIN_SERVICE);
    }

    Reply delete(Exchange x) {
        registry.unregister(find(x));
        return Reply.noContent();
    }

    Reply filters(Exchange x) {
        ServiceRow s = find(x);
        return Reply.ok(db.read(tx -> ExtensionView.filters(tx, Hrefs.viewer(x), s.id())), MediaTypes.API_FILTERS);
    }

    Reply addFilter(Exchange x) {
        ServiceRow s = find(x);
        ApiFilter in = x.read(ApiFilter.class, "ApiFilter", MediaTypes.API_FILTER);
        ApiFilter v = ExtensionView.filter(Hrefs.viewer(x), registry.addFilter(filterRow(s.id(), in)));
        return Reply.created(v, MediaTypes.API_FILTER, v.href);
    }

    Reply removeFilter(Exchange x) {
        registry.removeFilter(findFilter(x).id());
        return Reply.noContent();
    }

    private ApiFilterRow filterRow(UUID serviceId, ApiFilter f) {
        if (f == null) {
            throw ApiException.badRequest("An ApiFilter is required.");
        }
        return new ApiFilterRow(UUID.randomUUID(), serviceId, Texts.blankIsNull(f.urlPattern),
                Texts.blankIsNull(f.responseContentType), clock.instant());
    }

    private static boolean orElse(Boolean value, boolean otherwise) {
        return value != null ? value : otherwise;
    }

    private AdminService view(Exchange x, ServiceRow s) {
        return db.read(tx -> ExtensionView.service(tx, Hrefs.viewer(x), s));
    }
}

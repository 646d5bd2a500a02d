package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.extension.ServiceRegistry;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminService;
import io.vcdsim.model.ApiFilter;
import io.vcdsim.model.ApiFilters;
import io.vcdsim.model.ExtensionServices;
import io.vcdsim.model.Link;
import io.vcdsim.store.ApiFilterRow;
import io.vcdsim.store.Database;
import io.vcdsim.store.ServiceRow;

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
        r.get(BASE + "/apifilter/{id}", x -> Reply.ok(filterView(x, findFilter(x)), MediaTypes.API_FILTER));
        r.delete(BASE + "/apifilter/{id}", this::removeFilter);
    }

    private ServiceRow find(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID id = Hrefs.id(x, "id");
        return Hrefs.found(db.read(tx -> tx.services().find(id)), "extension service", id);
    }

    private ApiFilterRow findFilter(Exchange x) {
        x.principal().requireSystemAdmin();
        UUID id = Hrefs.id(x, "id");
        return Hrefs.found(db.read(tx -> tx.services().filter(id)), "API filter", id);
    }

    Reply list(Exchange x) {
        x.principal().requireSystemAdmin();
        ExtensionServices list = new ExtensionServices();
        list.href = x.href(BASE);
        list.type = MediaTypes.xml(MediaTypes.EXTENSION_SERVICES);
        list.link("up", x.href("/api/admin/extension"), MediaTypes.xml(MediaTypes.EXTENSION));
        list.link("add", list.href, MediaTypes.xml(MediaTypes.ADMIN_SERVICE));
        for (ServiceRow s : db.read(tx -> tx.services().all())) {
            list.link(new Link("down", href(x, s.id()), MediaTypes.xml(MediaTypes.ADMIN_SERVICE), s.name()));
        }
        return Reply.ok(list, MediaTypes.EXTENSION_SERVICES);
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
        return Reply.ok(filtersView(x, s.id(), db.read(tx -> tx.services().filtersOf(s.id()))),
                MediaTypes.API_FILTERS);
    }

    Reply addFilter(Exchange x) {
        ServiceRow s = find(x);
        ApiFilter in = x.read(ApiFilter.class, "ApiFilter", MediaTypes.API_FILTER);
        ApiFilter v = filterView(x, registry.addFilter(filterRow(s.id(), in)));
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
        return new ApiFilterRow(UUID.randomUUID(), serviceId, blankToNull(f.urlPattern),
                blankToNull(f.responseContentType), clock.instant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean orElse(Boolean value, boolean otherwise) {
        return value != null ? value : otherwise;
    }

    private static String href(Exchange x, UUID id) {
        return x.href(BASE + "/" + id);
    }

    AdminService view(Exchange x, ServiceRow s) {
        AdminService v = new AdminService();
        v.href = href(x, s.id());
        v.type = MediaTypes.xml(MediaTypes.ADMIN_SERVICE);
        v.id = Kind.SERVICE.urn(s.id());
        v.name = s.name();
        v.link("up", x.href(BASE), MediaTypes.xml(MediaTypes.EXTENSION_SERVICES));
        v.link("edit", v.href, v.type);
        v.link("remove", v.href, null);
        v.link("down", v.href + "/apifilters", MediaTypes.xml(MediaTypes.API_FILTERS));
        v.link("add", v.href + "/apifilters", MediaTypes.xml(MediaTypes.API_FILTER));
        v.description = s.description();
        v.namespace = s.namespace();
        v.enabled = s.enabled();
        v.authorizationEnabled = s.authorizationEnabled();
        v.routingKey = s.routingKey();
        v.priority = s.priority();
        v.exchange = s.exchange();
        v.vendor = s.vendor();
        v.apiFilters = filtersView(x, s.id(), db.read(tx -> tx.services().filtersOf(s.id())));
        return v;
    }

    private ApiFilters filtersView(Exchange x, UUID serviceId, List<ApiFilterRow> rows) {
        ApiFilters v = new ApiFilters();
        v.href = href(x, serviceId) + "/apifilters";
        v.type = MediaTypes.xml(MediaTypes.API_FILTERS);
        for (ApiFilterRow f : rows) {
            v.apiFilter.add(filterView(x, f));
        }
        return v;
    }

    private static ApiFilter filterView(Exchange x, ApiFilterRow f) {
        ApiFilter v = new ApiFilter();
        v.href = x.href(BASE + "/apifilter/" + f.id());
        v.type = MediaTypes.xml(MediaTypes.API_FILTER);
        v.link("up", href(x, f.serviceId()), MediaTypes.xml(MediaTypes.ADMIN_SERVICE));
        v.link("remove", v.href, null);
        v.urlPattern = f.urlPattern();
        v.responseContentType = f.responseContentType();
        return v;
    }
}

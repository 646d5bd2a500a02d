package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.AdminService;
import io.vcdsim.model.ApiFilter;
import io.vcdsim.model.ApiFilters;
import io.vcdsim.model.ExtensionServices;
import io.vcdsim.model.Link;
import io.vcdsim.model.ResolvedEntity;
import io.vcdsim.store.ApiFilterRow;
import io.vcdsim.store.ObjectStore;
import io.vcdsim.store.ResourceClassStore;
import io.vcdsim.store.ServiceRow;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.UUID;

/** Extension services with their API filters, and the entities services resolve the URNs they are sent to. */
public final class ExtensionView {
    private static final String SERVICES = "/api/admin/extension/service";

    private ExtensionView() {
    }

    /** Every registered service. */
    public static ExtensionServices services(Tx tx, Viewer v) {
        ExtensionServices list = new ExtensionServices();
        list.href = v.href(SERVICES);
        list.type = MediaTypes.xml(MediaTypes.EXTENSION_SERVICES);
        list.link("up", v.href("/api/admin/extension"), MediaTypes.xml(MediaTypes.EXTENSION));
        list.link("add", list.href, MediaTypes.xml(MediaTypes.ADMIN_SERVICE));
        for (ServiceRow s : tx.services().all()) {
            list.link(new Link("down", v.href(Kind.SERVICE, s.id()), MediaTypes.xml(MediaTypes.ADMIN_SERVICE),
                    s.name()));
        }
        return list;
    }

    public static AdminService service(Tx tx, Viewer v, ServiceRow s) {
        AdminService view = v.entity(new AdminService(), Kind.SERVICE, s.id(), s.name());
        view.link("up", v.href(SERVICES), MediaTypes.xml(MediaTypes.EXTENSION_SERVICES));
        view.link("edit", view.href, view.type);
        view.link("remove", view.href, null);
        view.link("down", view.href + "/apifilters", MediaTypes.xml(MediaTypes.API_FILTERS));
        view.link("add", view.href + "/apifilters", MediaTypes.xml(MediaTypes.API_FILTER));
        view.link("down", view.href + "/rights", MediaTypes.xml(MediaTypes.RIGHT_REFS));
        view.link("add", view.href + "/rights", MediaTypes.xml(MediaTypes.RIGHT));
        String records = MediaTypes.xml(MediaTypes.QUERY_RECORDS);
        view.link("down:links", view.href + "/links", records);
        view.link("add", view.href + "/links", MediaTypes.xml(MediaTypes.SERVICE_LINK));
        view.link("down:resourceClasses", view.href + "/resourceclasses", records);
        view.link("add", view.href + "/resourceclasses", MediaTypes.xml(MediaTypes.RESOURCE_CLASS));
        view.link("down:apiDefinitions", view.href + "/apidefinitions", records);
        view.link("add", view.href + "/apidefinitions", MediaTypes.xml(MediaTypes.ADMIN_API_DEFINITION));
        view.description = s.description();
        view.namespace = s.namespace();
        view.enabled = s.enabled();
        view.authorizationEnabled = s.authorizationEnabled();
        view.routingKey = s.routingKey();
        view.priority = s.priority();
        view.exchange = s.exchange();
        view.vendor = s.vendor();
        view.apiFilters = filters(tx, v, s.id());
        return view;
    }

    /** A service's API filters. */
    public static ApiFilters filters(Tx tx, Viewer v, UUID serviceId) {
        ApiFilters view = new ApiFilters();
        view.href = v.href(Kind.SERVICE, serviceId) + "/apifilters";
        view.type = MediaTypes.xml(MediaTypes.API_FILTERS);
        for (ApiFilterRow f : tx.services().filtersOf(serviceId)) {
            view.apiFilter.add(filter(v, f));
        }
        return view;
    }

    public static ApiFilter filter(Viewer v, ApiFilterRow f) {
        ApiFilter view = new ApiFilter();
        view.href = v.href(Kind.API_FILTER, f.id());
        view.type = MediaTypes.xml(MediaTypes.API_FILTER);
        v.link(view, "up", Kind.SERVICE, f.serviceId());
        view.link("remove", view.href, null);
        view.urlPattern = f.urlPattern();
        view.responseContentType = f.responseContentType();
        return view;
    }

    /**
     * What a URN of an extension service's resources resolves to: the Entity with an alternate link for each resource
     * class that resolves it, of the class's MimeType, at its UrlTemplate ({baseUri}, {resourceId} replaced).
     */
    public static ResolvedEntity external(Viewer v, String urn, List<ResourceClassStore.UrnMatch> matches) {
        ResolvedEntity e = new ResolvedEntity();
        e.href = v.href("/api/entity/" + urn);
        e.type = MediaTypes.xml(MediaTypes.ENTITY);
        e.id = urn;
        e.name = urn;
        for (ResourceClassStore.UrnMatch m : matches) {
            String href = m.resourceClass().urlTemplate().replace("{baseUri}", v.href("/api/"))
                    .replace("{resourceId}", m.resourceId() == null ? "" : m.resourceId());
            e.link("alternate", href, m.resourceClass().mimeType());
        }
        return e;
    }

    /** What a URN resolves to: the Entity, with an alternate link to the object itself. */
    public static ResolvedEntity entity(Viewer v, String urn, ObjectStore.Found found) {
        ResolvedEntity e = new ResolvedEntity();
        e.href = v.href("/api/entity/" + urn);
        e.type = MediaTypes.xml(MediaTypes.ENTITY);
        e.id = urn;
        e.name = found.name();
        String cloudApi = found.kind().cloudApiPath(found.id());
        if (cloudApi != null) { // a kind the cloudapi alone serves: its alternate is there, in JSON
            e.link("alternate", v.href(cloudApi), "application/json");
        } else if (found.kind().mediaType() != null) {
            v.link(e, "alternate", found.kind(), found.id());
        }
        return e;
    }
}

package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.extension.ServiceLinks;
import io.vcdsim.extension.ServiceRegistry;
import io.vcdsim.extension.ServiceRights;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AuthorizationCheckParams;
import io.vcdsim.model.AuthorizationCheckResponse;
import io.vcdsim.model.RightType;
import io.vcdsim.model.ServiceLink;
import io.vcdsim.model.UpdateRightsParams;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.ServiceRightStore;
import io.vcdsim.store.ServiceRow;
import io.vcdsim.views.ServiceLinkView;
import io.vcdsim.views.ServiceRightView;

import java.util.List;


/**
 * What an extension service registers besides its filters and resource classes: its rights
 * ({@code .../service/{id}/rights}, one by one or several at once with {@code .../rights/action/updateRights}) and
 * its links ({@code .../service/{id}/links}, each at .../service/link/{id}), for system administrators; the check a
 * service makes of a user's access ({@code .../service/{id}/authorizationcheck}, or across all services at
 * {@code .../service/authorizationcheck}); and {@code .../service/action/clearunusedrights}.
 */
public final class ServicePartsResource implements Routes {
    private static final String BASE = "/api/admin/extension/service";
    private final ServiceRegistry services;
    private final ServiceRights rights;
    private final QueryService queries;

    public ServicePartsResource(ServiceRegistry services, ServiceRights rights, QueryService queries) {
        this.services = services;
        this.rights = rights;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.get(BASE + "/{id}/rights", x -> {
            ServiceRow service = service(x);
            return Reply.ok(ServiceRightView.refs(Hrefs.viewer(x), service, rights.of(service)),
                    MediaTypes.RIGHT_REFS);
        });
        r.post(BASE + "/{id}/rights", this::addRight);
        r.post(BASE + "/{id}/rights/action/updateRights", this::updateRights);
        r.post(BASE + "/action/clearunusedrights", x -> {
            rights.clearUnused(x.principal());
            return Reply.noContent();
        });
        r.delete("/api/admin/right/{id}", x -> {
            rights.delete(x.principal(), Hrefs.systemAdminId(x));
            return Reply.noContent();
        });
        r.post(BASE + "/{id}/authorizationcheck", this::authorizationCheck);
        r.post(BASE + "/authorizationcheck", this::authorizationCheckOfAll);
        r.get(BASE + "/{id}/links", this::links);
        r.post(BASE + "/{id}/links", this::addLink);
        r.get(BASE + "/link/{id}", x -> Reply.ok(ServiceLinkView.of(Hrefs.viewer(x), links().link(x.principal(),
                Hrefs.systemAdminId(x))), MediaTypes.SERVICE_LINK));
        r.delete(BASE + "/link/{id}", x -> {
            links().delete(links().link(x.principal(), Hrefs.systemAdminId(x)));
            return Reply.noContent();
        });
    }

    Reply addRight(Exchange x) {
        ServiceRow service = service(x);
        RightType in = x.read(RightType.class, "Right", MediaTypes.RIGHT);
        ServiceRightStore.Row created = rights.register(service, new ServiceRights.Request(in.name, in.description,
                in.category, in.bundleKey));
        RightType view = ServiceRightView.right(Hrefs.viewer(x), created);
        return Reply.created(view, MediaTypes.RIGHT, view.href);
    }

    /** The service's rights after registering and removing those the params name, all or nothing (200 RightRefs). */
    Reply updateRights(Exchange x) {
        ServiceRow service = service(x);
        UpdateRightsParams in = x.read(UpdateRightsParams.class, "UpdateRightsParams",
                MediaTypes.UPDATE_RIGHTS_PARAMS);
        List<ServiceRights.Request> adds = in.added().stream().map(r -> new ServiceRights.Request(r.name,
                r.description, r.category, r.bundleKey)).toList();
        return Reply.ok(ServiceRightView.refs(Hrefs.viewer(x), service, rights.update(service, adds, in.removed())),
                MediaTypes.RIGHT_REFS);
    }

    Reply authorizationCheck(Exchange x) {
        ServiceRow service = service(x);
        AuthorizationCheckParams in = checkParams(x);
        boolean authorized = services.isAuthorized(service, in.user == null ? null : in.user.href, in.httpMethod,
                in.url);
        return Reply.ok(new AuthorizationCheckResponse(authorized), MediaTypes.AUTHORIZATION_CHECK_RESPONSE);
    }

    /** The same check across every service whose authorization is enabled, for system administrators. */
    Reply authorizationCheckOfAll(Exchange x) {
        x.principal().requireSystemAdmin();
        AuthorizationCheckParams in = checkParams(x);
        boolean authorized = services.isAuthorizedByAny(in.user == null ? null : in.user.href, in.httpMethod, in.url);
        return Reply.ok(new AuthorizationCheckResponse(authorized), MediaTypes.AUTHORIZATION_CHECK_RESPONSE);
    }

    private static AuthorizationCheckParams checkParams(Exchange x) {
        return x.read(AuthorizationCheckParams.class, "AuthorizationCheckParams",
                MediaTypes.AUTHORIZATION_CHECK_PARAMS);
    }

    /** vCD lists a service's links as the serviceLink query's records, filtered to the service. */
    Reply links(Exchange x) {
        return QueryResource.records(queries, x, "serviceLink", "service==" + Kind.SERVICE.urn(service(x).id()));
    }

    Reply addLink(Exchange x) {
        ServiceRow service = service(x);
        ServiceLink in = x.read(ServiceLink.class, "ServiceLink", MediaTypes.SERVICE_LINK);
        ServiceLink view = ServiceLinkView.of(Hrefs.viewer(x), links().create(service, new ServiceLinks.Spec(
                in.linkHref, in.mimeType, in.rel, in.resourceType, in.resourceId, in.externalResourceId)));
        return Reply.created(view, MediaTypes.SERVICE_LINK, view.href);
    }

    private ServiceLinks links() {
        return services.links();
    }

    private ServiceRow service(Exchange x) {
        return services.service(x.principal(), Hrefs.systemAdminId(x));
    }
}

package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.provider.AlbClouds;
import io.vcdsim.provider.AlbControllers;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.AlbControllerStore.Controller;
import io.vcdsim.views.AlbView;

import java.util.Set;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * NSX-T Advanced Load Balancer on the cloudapi, as go-vcloud-director's nsxt_alb_*.go use it: the controllers
 * ({@code loadBalancer/controllers}) and the clouds a controller offers ({@code nsxAlbResources/importableClouds}), system
 * administrators' only. Changes are applied at once (201 with the new
 * controller, 200 for a change, 204 for a DELETE).
 */
public final class CloudApiAlbResource implements Routes {
    private static final String CONTROLLERS = V1 + "/loadBalancer/controllers";
    private static final String CONTEXT = "_context";
    private final AlbControllers controllers;
    private final AlbClouds clouds;
    private final QueryService queries;

    /** go-vcloud-director's NsxtAlbController; version is read-only and ignored. */
    public static final class ControllerBody {
        public String id;
        public String name;
        public String description;
        public String url;
        public String username;
        public String password;
        public String licenseType;
        public String version;
    }

    public CloudApiAlbResource(AlbControllers controllers, AlbClouds clouds, QueryService queries) {
        this.controllers = controllers;
        this.clouds = clouds;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.get(CONTROLLERS, x -> {
            x.principal().requireSystemAdmin();
            return CloudApi.page(x, queries, Kind.ALB_CONTROLLER.query(), null, "LoadBalancerControllers",
                    ids -> controllers.found(x.principal(), ids).stream().map(c -> view(x, c)).toList());
        });
        r.post(CONTROLLERS, x -> Reply.json(201, view(x, controllers.create(x.principal(), spec(x)))));
        r.get(CONTROLLERS + "/{id}", x -> Reply.json(200, view(x, controllers.controller(x.principal(),
                controllerId(x)))));
        r.put(CONTROLLERS + "/{id}", x -> {
            UUID id = controllerId(x);
            ControllerBody body = CloudApi.body(x, ControllerBody.class, "LoadBalancerController");
            CloudApi.sameId(body.id, id);
            return Reply.json(200, view(x, controllers.update(x.principal(), id, spec(x, body))));
        });
        r.delete(CONTROLLERS + "/{id}", x -> {
            controllers.delete(x.principal(), controllerId(x));
            return Reply.noContent();
        });
        r.get(V1 + "/nsxAlbResources/importableClouds", x -> CloudApi.contextPage(x, clouds.importable(x.principal(),
                context(x)).stream().map(AlbView::importableCloud).toList(), "NsxAlbImportableClouds"));
    }

    private static Object view(Exchange x, Controller c) {
        return AlbView.controller(c, x.version());
    }

    private static AlbControllers.Spec spec(Exchange x) {
        return spec(x, CloudApi.body(x, ControllerBody.class, "LoadBalancerController"));
    }

    /** The spec of a body; a licenseType counts only for clients before 37.0, which have the field. */
    private static AlbControllers.Spec spec(Exchange x, ControllerBody b) {
        return new AlbControllers.Spec(b.name, b.description, b.url, b.username, b.password,
                AlbView.hasLicenseType(x.version()) ? b.licenseType : null);
    }

    /** The controller a list is of: its {@code _context==<controller URN>} filter, which vCD requires. */
    private static UUID context(Exchange x) {
        x.principal().requireSystemAdmin();
        String urn = CloudApi.contextFilter(x, Set.of(CONTEXT)).get(CONTEXT);
        if (urn == null) {
            throw ApiException.badRequest("This list needs filter=_context==<load balancer controller URN>.");
        }
        return NsxtRefs.urn(urn, Kind.ALB_CONTROLLER, CONTEXT);
    }

    private static UUID controllerId(Exchange x) {
        return CloudApi.id(x, "id", Kind.ALB_CONTROLLER);
    }
}

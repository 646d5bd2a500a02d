package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.provider.AlbClouds;
import io.vcdsim.provider.AlbControllers;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.AlbCloudStore.Cloud;
import io.vcdsim.store.AlbControllerStore.Controller;
import io.vcdsim.store.Database;
import io.vcdsim.views.AlbView;

import java.util.Set;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * NSX-T Advanced Load Balancer on the cloudapi, as go-vcloud-director's nsxt_alb_*.go use it: the controllers
 * ({@code loadBalancer/controllers}), the clouds a controller offers ({@code nsxAlbResources/importableClouds}) and
 * those imported ({@code loadBalancer/clouds}), system administrators' only. Changes are applied at once (201 with
 * the new object, 200 for a change, 204 for a DELETE).
 */
public final class CloudApiAlbResource implements Routes {
    private static final String CONTROLLERS = V1 + "/loadBalancer/controllers";
    private static final String CLOUDS = V1 + "/loadBalancer/clouds";
    private static final String CONTEXT = "_context";
    private final Database db;
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

    /** go-vcloud-director's NsxtAlbCloud, as far as a request sets it. */
    public static final class CloudBody {
        public String name;
        public String description;
        public CloudBacking loadBalancerCloudBacking;
        public Ref networkPoolRef;
    }

    public static final class CloudBacking {
        public String backingId;
        public String backingType;
        public Ref loadBalancerControllerRef;
    }

    public static final class Ref {
        public String id;
        public String name;

        /** The id of a reference a body may leave out (null), else of a URN of {@code kind} (400 otherwise). */
        static UUID idOf(Ref ref, Kind kind, String field) {
            return ref == null || ref.id == null || ref.id.isBlank() ? null : NsxtRefs.urn(ref.id, kind, field);
        }
    }

    public CloudApiAlbResource(Database db, AlbControllers controllers, AlbClouds clouds, QueryService queries) {
        this.db = db;
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
        r.get(CLOUDS, x -> {
            x.principal().requireSystemAdmin();
            return CloudApi.page(x, queries, Kind.ALB_CLOUD.query(), null, "LoadBalancerClouds",
                    ids -> db.read(tx -> clouds.found(x.principal(), ids).stream().map(c -> AlbView.cloud(tx, c))
                            .toList()));
        });
        r.post(CLOUDS, x -> {
            Cloud c = clouds.create(x.principal(), cloudSpec(CloudApi.body(x, CloudBody.class, "LoadBalancerCloud")));
            return Reply.json(201, db.read(tx -> AlbView.cloud(tx, c)));
        });
        r.get(CLOUDS + "/{id}", x -> {
            Cloud c = clouds.cloud(x.principal(), CloudApi.id(x, "id", Kind.ALB_CLOUD));
            return Reply.json(200, db.read(tx -> AlbView.cloud(tx, c)));
        });
        r.delete(CLOUDS + "/{id}", x -> {
            clouds.delete(x.principal(), CloudApi.id(x, "id", Kind.ALB_CLOUD));
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

    /** The spec of a cloud body: references are URNs of their kinds (a bad one is a 400). */
    private static AlbClouds.Spec cloudSpec(CloudBody b) {
        CloudBacking backing = b.loadBalancerCloudBacking == null ? new CloudBacking() : b.loadBalancerCloudBacking;
        UUID controller = backing.loadBalancerControllerRef == null || backing.loadBalancerControllerRef.id == null
                ? null : NsxtRefs.urn(backing.loadBalancerControllerRef.id, Kind.ALB_CONTROLLER,
                "loadBalancerControllerRef");
        UUID pool = b.networkPoolRef == null || b.networkPoolRef.id == null ? null
                : NsxtRefs.urn(b.networkPoolRef.id, Kind.NETWORK_POOL, "networkPoolRef");
        return new AlbClouds.Spec(b.name, b.description, controller, backing.backingId, backing.backingType, pool);
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

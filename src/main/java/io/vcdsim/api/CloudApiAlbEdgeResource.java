package io.vcdsim.api;

import io.vcdsim.api.CloudApiAlbResource.Ref;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.AlbAssignments;
import io.vcdsim.network.AlbEdgeSettings;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.AlbAssignmentStore.Assignment;
import io.vcdsim.store.Database;
import io.vcdsim.store.Tx;
import io.vcdsim.views.AlbEdgeView;

import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * NSX-T ALB on edge gateways, as go-vcloud-director's nsxt_alb_settings.go and
 * nsxt_alb_service_engine_group_assignment.go use it: an edge's load balancer ({@code edgeGateways/{id}/loadBalancer},
 * GET and a PUT that is a task) and service engine groups' assignments to edges
 * ({@code loadBalancer/serviceEngineGroups/assignments}: a FIQL-filtered list, a read, and creation, change and
 * deletion as tasks, 202 with the task at {@code Location}).
 */
public final class CloudApiAlbEdgeResource implements Routes {
    private static final String ASSIGNMENTS = V1 + "/loadBalancer/serviceEngineGroups/assignments";
    /** From 37.0 on, supportedFeatureSet and an IPv6 service network replace licenseType; from 37.1 transparency. */
    private static final ApiVersion FEATURE_SET = new ApiVersion(37, 0);
    private static final ApiVersion TRANSPARENT_MODE = new ApiVersion(37, 1);
    private final Database db;
    private final AlbEdgeSettings settings;
    private final AlbAssignments assignments;
    private final QueryService queries;

    /** go-vcloud-director's NsxtAlbConfig; loadBalancerCloudRef is vCD's choice and ignored. */
    public static final class ConfigBody {
        public Boolean enabled;
        public String licenseType;
        public String supportedFeatureSet;
        public String serviceNetworkDefinition;
        public String ipv6ServiceNetworkDefinition;
        public Boolean transparentModeEnabled;
    }

    /** go-vcloud-director's NsxtAlbServiceEngineGroupAssignment; the org, owner and deployed count are read-only. */
    public static final class AssignmentBody {
        public String id;
        public Ref gatewayRef;
        public Ref serviceEngineGroupRef;
        public Integer maxVirtualServices;
        public Integer minVirtualServices;
    }

    public CloudApiAlbEdgeResource(Database db, AlbEdgeSettings settings, AlbAssignments assignments,
                                   QueryService queries) {
        this.db = db;
        this.settings = settings;
        this.assignments = assignments;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        String loadBalancer = V1 + "/edgeGateways/{id}/loadBalancer";
        r.get(loadBalancer, x -> {
            var lb = settings.get(x.principal(), edgeId(x));
            return Reply.json(200, db.read(tx -> AlbEdgeView.settings(tx, lb, x.version())));
        });
        r.put(loadBalancer, x -> CloudApi.accepted(x, settings.update(x.principal(), edgeId(x), request(x),
                TaskResource.caller(x.principal()))));

        r.get(ASSIGNMENTS, x -> CloudApi.page(x, queries, Kind.ALB_SEG_ASSIGNMENT.query(), CloudApi.listedOrg(x),
                "LoadBalancerServiceEngineGroupAssignments", ids -> {
                    var found = assignments.found(ids);
                    return db.read(tx -> found.stream().map(a -> view(tx, a)).toList());
                }));
        r.post(ASSIGNMENTS, x -> CloudApi.accepted(x, assignments.create(x.principal(), spec(assignment(x)),
                TaskResource.caller(x.principal()))));
        r.get(ASSIGNMENTS + "/{id}", x -> {
            Assignment a = assignments.get(x.principal(), assignmentId(x));
            return Reply.json(200, db.read(tx -> view(tx, a)));
        });
        r.put(ASSIGNMENTS + "/{id}", x -> {
            UUID id = assignmentId(x);
            AssignmentBody body = assignment(x);
            CloudApi.sameId(body.id, id);
            return CloudApi.accepted(x, assignments.update(x.principal(), id, spec(body),
                    TaskResource.caller(x.principal())));
        });
        r.delete(ASSIGNMENTS + "/{id}", x -> CloudApi.accepted(x, assignments.delete(x.principal(),
                assignmentId(x), TaskResource.caller(x.principal()))));
    }

    private Object view(Tx tx, Assignment a) {
        return AlbEdgeView.assignment(tx, a, assignments.deployed(tx, a));
    }

    /** The settings asked, in the fields of the client's version (others are not its to set). */
    private static AlbEdgeSettings.Request request(Exchange x) {
        ConfigBody b = CloudApi.body(x, ConfigBody.class, "NsxtAlbConfig");
        if (b.enabled == null) {
            throw ApiException.badRequest("A load balancer configuration needs enabled.");
        }
        boolean featureSets = x.version().atLeast(FEATURE_SET);
        String features = featureSets ? b.supportedFeatureSet : AlbEdgeSettings.featureSetOfLicense(b.licenseType);
        return new AlbEdgeSettings.Request(b.enabled, features, b.serviceNetworkDefinition,
                featureSets ? b.ipv6ServiceNetworkDefinition : null,
                x.version().atLeast(TRANSPARENT_MODE) ? b.transparentModeEnabled : null);
    }

    private static AssignmentBody assignment(Exchange x) {
        return CloudApi.body(x, AssignmentBody.class, "LoadBalancerServiceEngineGroupAssignment");
    }

    private static AlbAssignments.Spec spec(AssignmentBody b) {
        return new AlbAssignments.Spec(Ref.idOf(b.gatewayRef, Kind.EDGE_GATEWAY, "gatewayRef"),
                Ref.idOf(b.serviceEngineGroupRef, Kind.ALB_SERVICE_ENGINE_GROUP, "serviceEngineGroupRef"),
                b.maxVirtualServices, b.minVirtualServices);
    }


    private static UUID edgeId(Exchange x) {
        return CloudApi.id(x, "id", Kind.EDGE_GATEWAY);
    }

    private static UUID assignmentId(Exchange x) {
        return CloudApi.id(x, "id", Kind.ALB_SEG_ASSIGNMENT);
    }
}

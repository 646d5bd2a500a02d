package io.vcdsim.api;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.AlbEdgeObjects;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.Tx;

import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * The routes one kind of object on an NSX-T edge gateway's load balancer has (pools, virtual services), as
 * go-vcloud-director uses them: create, read, change and delete at its path (each change a task whose owner is the
 * object), and the edge's {@code edgeGateways/{id}/loadBalancer/<summaries>} (paged, filtered by name). A subclass
 * reads its body ({@code B}) into what the domain is asked ({@code S}) and shows an object ({@code R}).
 */
abstract class CloudApiAlbEdgeObjectResource<B, S, R> implements Routes {
    private final Shape<B> shape;
    private final Database db;
    private final AlbEdgeObjects<S, R> objects;
    private final QueryService queries;

    /**
     * Where the objects are and what they look like: their path and kind, their body's class and root name, and the
     * edge's summaries (the path's last part and the page's model name).
     */
    record Shape<B>(String path, Kind kind, Class<B> bodyType, String bodyName, String summaries,
                    String summaryModel) {
    }

    CloudApiAlbEdgeObjectResource(Shape<B> shape, Database db, AlbEdgeObjects<S, R> objects, QueryService queries) {
        this.shape = shape;
        this.db = db;
        this.objects = objects;
        this.queries = queries;
    }

    /** The id a body names (a PUT's must be its path's). */
    abstract String bodyId(B body);

    abstract S spec(Exchange x, B body);

    /** The whole object, as its GET answers. */
    abstract Object json(Tx tx, R object, ApiVersion version);

    /** The object as the edge's summaries list it. */
    abstract Object summary(Tx tx, R object, ApiVersion version);

    @Override
    public final void register(Router r) {
        r.post(shape.path(), x -> CloudApi.accepted(x, objects.create(x.principal(), spec(x, body(x)),
                TaskResource.caller(x.principal()))));
        r.get(shape.path() + "/{id}", x -> {
            R o = objects.get(x.principal(), id(x));
            return Reply.json(200, db.read(tx -> json(tx, o, x.version())));
        });
        r.put(shape.path() + "/{id}", x -> {
            UUID id = id(x);
            B body = body(x);
            CloudApi.sameId(bodyId(body), id);
            return CloudApi.accepted(x, objects.update(x.principal(), id, spec(x, body),
                    TaskResource.caller(x.principal())));
        });
        r.delete(shape.path() + "/{id}", x -> CloudApi.accepted(x, objects.delete(x.principal(), id(x),
                TaskResource.caller(x.principal()))));
        r.get(V1 + "/edgeGateways/{id}/loadBalancer/" + shape.summaries(), x -> {
            EdgeGatewayRow e = objects.edge(x.principal(), CloudApi.id(x, "id", Kind.EDGE_GATEWAY));
            return CloudApi.page(x, queries, shape.kind().query(), e.orgId(), shape.summaryModel(),
                    "gatewayRef.id==" + Kind.EDGE_GATEWAY.urn(e.id()), ids -> db.read(tx -> objects.found(ids)
                            .stream().map(o -> summary(tx, o, x.version())).toList()));
        });
    }

    private B body(Exchange x) {
        return CloudApi.body(x, shape.bodyType(), shape.bodyName());
    }

    private UUID id(Exchange x) {
        return CloudApi.id(x, "id", shape.kind());
    }
}

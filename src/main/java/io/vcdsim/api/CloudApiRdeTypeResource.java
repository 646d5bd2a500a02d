package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.rde.DefinedEntityTypes;
import io.vcdsim.rde.DefinedInterfaces;
import io.vcdsim.rde.TypeBehaviors;
import io.vcdsim.store.RdeInterfaceStore;
import io.vcdsim.store.RdeTypeStore;
import io.vcdsim.views.RdeView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.vcdsim.api.CloudApi.V1;

/**
 * Runtime defined entity interfaces and types on the cloudapi, as go-vcloud-director's DefinedInterface and
 * DefinedEntityType send and read them: {@code interfaces} and {@code entityTypes} (lists with paging and FIQL, POST,
 * GET, PUT, DELETE of one by its URN), their behaviors, and a type's behavior access controls.
 */
public final class CloudApiRdeTypeResource implements Routes {
    private final DefinedInterfaces interfaces;
    private final DefinedEntityTypes types;
    private final TypeBehaviors behaviors;
    private final QueryService queries;

    public CloudApiRdeTypeResource(DefinedInterfaces interfaces, DefinedEntityTypes types, TypeBehaviors behaviors,
                                   QueryService queries) {
        this.interfaces = interfaces;
        this.types = types;
        this.behaviors = behaviors;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        String base = V1 + "/interfaces";
        r.get(base, x -> CloudApi.page(x, queries, Kind.RDE_INTERFACE.query(), null, "DefinedInterfaces",
                ids -> interfaces.found(ids).stream().map(RdeView::of).toList()));
        r.post(base, x -> Reply.json(201, RdeView.of(interfaces.create(x.principal(), body(x, "DefinedInterface")))));
        r.get(base + "/{id}", x -> Reply.json(200, RdeView.of(interfaces.get(x.pathParam("id")))));
        r.put(base + "/{id}", x -> Reply.json(200, RdeView.of(interfaces.update(x.principal(), x.pathParam("id"),
                body(x, "DefinedInterface")))));
        r.delete(base + "/{id}", x -> {
            interfaces.delete(x.principal(), x.pathParam("id"));
            return Reply.noContent();
        });
        r.get(base + "/{id}/behaviors", x -> {
            RdeInterfaceStore.Row i = interfaces.get(x.pathParam("id"));
            return CloudApi.listPage(x, interfaces.behaviors(x.pathParam("id")).stream()
                    .map(b -> RdeView.of(i, b)).toList(), "Behaviors");
        });
        r.post(base + "/{id}/behaviors", x -> {
            RdeInterfaceStore.Behavior b = interfaces.addBehavior(x.principal(), x.pathParam("id"),
                    body(x, "Behavior"));
            return Reply.json(201, RdeView.of(interfaces.get(x.pathParam("id")), b));
        });
        r.get(base + "/{id}/behaviors/{behaviorId}", x -> Reply.json(200, RdeView.of(interfaces.get(
                x.pathParam("id")), interfaces.behavior(x.pathParam("id"), x.pathParam("behaviorId")))));
        r.put(base + "/{id}/behaviors/{behaviorId}", x -> {
            RdeInterfaceStore.Behavior b = interfaces.updateBehavior(x.principal(), x.pathParam("id"),
                    x.pathParam("behaviorId"), body(x, "Behavior"));
            return Reply.json(200, RdeView.of(interfaces.get(x.pathParam("id")), b));
        });
        r.delete(base + "/{id}/behaviors/{behaviorId}", x -> {
            interfaces.deleteBehavior(x.principal(), x.pathParam("id"), x.pathParam("behaviorId"));
            return Reply.noContent();
        });
        registerTypes(r, V1 + "/entityTypes");
    }

    private void registerTypes(Router r, String base) {
        r.get(base, x -> CloudApi.page(x, queries, Kind.RDE_TYPE.query(), null, "DefinedEntityTypes",
                types.visibleFilter(x.principal()), ids -> types.found(ids).stream().map(this::view).toList()));
        r.post(base, x -> Reply.json(201, view(types.create(x.principal(), body(x, "DefinedEntityType")))));
        r.get(base + "/{id}", x -> Reply.json(200, view(types.get(x.principal(), x.pathParam("id")))));
        r.put(base + "/{id}", x -> Reply.json(200, view(types.update(x.principal(), x.pathParam("id"),
                body(x, "DefinedEntityType")))));
        r.delete(base + "/{id}", x -> {
            types.delete(x.principal(), x.pathParam("id"));
            return Reply.noContent();
        });
        r.get(base + "/{id}/behaviors", x -> CloudApi.listPage(x, behaviors.all(x.principal(), x.pathParam("id"))
                .stream().map(RdeView::of).toList(), "Behaviors"));
        r.get(base + "/{id}/behaviors/{behaviorId}", x -> Reply.json(200, RdeView.of(behaviors.get(x.principal(),
                x.pathParam("id"), x.pathParam("behaviorId")))));
        r.put(base + "/{id}/behaviors/{behaviorId}", x -> Reply.json(200, RdeView.of(behaviors.override(
                x.principal(), x.pathParam("id"), x.pathParam("behaviorId"), body(x, "Behavior")))));
        r.delete(base + "/{id}/behaviors/{behaviorId}", x -> {
            behaviors.deleteOverride(x.principal(), x.pathParam("id"), x.pathParam("behaviorId"));
            return Reply.noContent();
        });
        r.get(base + "/{id}/behaviorAccessControls", x -> CloudApi.listPage(x, behaviors.access(x.principal(),
                x.pathParam("id")).stream().map(RdeView::access).toList(), "BehaviorAccesses"));
        r.put(base + "/{id}/behaviorAccessControls", x -> {
            List<RdeTypeStore.Access> given = accessList(x);
            return CloudApi.listPage(x, behaviors.setAccess(x.principal(), x.pathParam("id"), given).stream()
                    .map(RdeView::access).toList(), "BehaviorAccesses");
        });
    }

    private Map<String, Object> view(RdeTypeStore.Row t) {
        return RdeView.of(t, types.interfaces(t));
    }

    /** The {@code values} of an access controls PUT (go-vcloud-director wraps them in a page). */
    private static List<RdeTypeStore.Access> accessList(Exchange x) {
        Object values = body(x, "BehaviorAccesses").get("values");
        if (values != null && !(values instanceof List)) {
            throw ApiException.badRequest("values is a list of behavior access controls.");
        }
        List<RdeTypeStore.Access> access = new ArrayList<>();
        for (Object v : values == null ? List.of() : (List<?>) values) {
            if (!(v instanceof Map<?, ?> m) || !(m.get("behaviorId") instanceof String b)
                    || !(m.get("accessLevelId") instanceof String level)) {
                throw ApiException.badRequest("A behavior access control names its behaviorId and "
                        + "accessLevelId.");
            }
            access.add(new RdeTypeStore.Access(b, level));
        }
        if (access.size() > 1000) {
            throw ApiException.badRequest("A type has at most 1000 behavior access controls.");
        }
        return access;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> body(Exchange x, String model) {
        Map<String, Object> body = x.read(Map.class, model, "application/json");
        if (body == null) {
            throw ApiException.badRequest("The request needs a " + model + " body.");
        }
        return body;
    }
}

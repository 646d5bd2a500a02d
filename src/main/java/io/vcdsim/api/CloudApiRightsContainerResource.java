package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.RightsContainerRow;
import io.vcdsim.tenancy.RightsContainers;
import io.vcdsim.views.RoleView;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * {@code globalRoles} and {@code rightsBundles}: the same routes for both kinds of rights collection — the collection,
 * its rights, and the tenants it is published to ({@code tenants}, {@code tenants/publish}, {@code tenants/unpublish},
 * {@code tenants/publishAll}, {@code tenants/unpublishAll}).
 */
public final class CloudApiRightsContainerResource implements Routes {
    private final RightsContainers containers;
    private final QueryService queries;

    public CloudApiRightsContainerResource(RightsContainers containers, QueryService queries) {
        this.containers = containers;
        this.queries = queries;
    }

    /** A GlobalRole or RightsBundle as go-vcloud-director posts and puts it. */
    public static final class ContainerBody {
        public String id;
        public String name;
        public String description;
        public String bundleKey;
        public Boolean readOnly;
        public Boolean publishAll;
    }

    @Override
    public void register(Router r) {
        routes(r, Kind.GLOBAL_ROLE, "/globalRoles", "GlobalRoles");
        routes(r, Kind.RIGHTS_BUNDLE, "/rightsBundles", "RightsBundles");
    }

    private void routes(Router r, Kind kind, String path, String model) {
        String one = V1 + path + "/{id}";
        r.get(V1 + path, x -> CloudApi.page(x, queries, kind.query(), null, model,
                ids -> containers.found(kind, ids).stream().map(c -> RoleView.container(kind, c)).toList()));
        r.post(V1 + path, x -> create(x, kind));
        r.get(one, x -> Reply.json(200, RoleView.container(kind, get(x, kind))));
        r.put(one, x -> update(x, kind));
        r.delete(one, x -> {
            containers.delete(x.principal(), kind, get(x, kind).id(), TaskResource.caller(x.principal()));
            return Reply.noContent();
        });
        r.get(one + "/rights", x -> CloudApi.rightsPage(x, containers.rights(kind, get(x, kind).id())));
        r.post(one + "/rights", x -> changeRights(x, kind, true));
        r.put(one + "/rights", x -> changeRights(x, kind, false));
        r.get(one + "/tenants", x -> tenants(x, kind, get(x, kind).id()));
        r.post(one + "/tenants/publish", x -> changeTenants(x, kind, Change.ADD));
        r.post(one + "/tenants/unpublish", x -> changeTenants(x, kind, Change.REMOVE));
        r.put(one + "/tenants", x -> changeTenants(x, kind, Change.REPLACE));
        r.post(one + "/tenants/publishAll", x -> publishAll(x, kind, true));
        r.post(one + "/tenants/unpublishAll", x -> publishAll(x, kind, false));
    }

    private RightsContainerRow get(Exchange x, Kind kind) {
        return containers.get(x.principal(), kind, CloudApi.id(x, "id", kind));
    }

    private Reply create(Exchange x, Kind kind) {
        ContainerBody body = x.read(ContainerBody.class, kind.name, "application/json");
        RightsContainerRow c = containers.create(x.principal(), kind, body.name, body.description,
                Boolean.TRUE.equals(body.publishAll), TaskResource.caller(x.principal()));
        return Reply.json(201, RoleView.container(kind, c));
    }

    private Reply update(Exchange x, Kind kind) {
        RightsContainerRow c = get(x, kind);
        ContainerBody body = x.read(ContainerBody.class, kind.name, "application/json");
        if (body.id != null && !c.id().equals(Ids.fromAny(body.id))) {
            throw ApiException.badRequest("The body's id " + body.id + " is not the id in the URL.");
        }
        return Reply.json(200, RoleView.container(kind, containers.update(x.principal(), kind, c.id(), body.name,
                body.description, TaskResource.caller(x.principal()))));
    }

    private Reply changeRights(Exchange x, Kind kind, boolean add) {
        RightsContainerRow c = get(x, kind);
        Set<RightsCatalog.Entry> listed = CloudApi.rights(x, containers.catalog());
        return CloudApi.rightsPage(x, containers.changeRights(x.principal(), kind, c.id(), current -> {
            if (add) {
                current.addAll(listed);
                return current;
            }
            return listed;
        }, TaskResource.caller(x.principal())));
    }

    private enum Change { ADD, REMOVE, REPLACE }

    /** Publishing to orgs by name: add them, withdraw them, or make them the only ones. */
    private Reply changeTenants(Exchange x, Kind kind, Change change) {
        RightsContainerRow c = get(x, kind);
        Set<UUID> listed = new LinkedHashSet<>();
        for (CloudApi.Reference ref : CloudApi.references(x)) {
            UUID org = ref.id == null ? null : Ids.fromAny(ref.id);
            if (org == null) {
                throw ApiException.invalidReference("A tenant is named by its org's id, not '" + ref.id + "'.");
            }
            listed.add(org);
        }
        containers.changeTenants(x.principal(), kind, c.id(), current -> switch (change) {
            case ADD -> {
                current.addAll(listed);
                yield current;
            }
            case REMOVE -> {
                current.removeAll(listed);
                yield current;
            }
            case REPLACE -> listed;
        }, null, TaskResource.caller(x.principal()));
        return tenants(x, kind, c.id());
    }

    /** Publishing to every org, or to none: withdrawing from all also forgets the orgs named one by one. */
    private Reply publishAll(Exchange x, Kind kind, boolean all) {
        RightsContainerRow c = get(x, kind);
        containers.changeTenants(x.principal(), kind, c.id(), current -> all ? current : new LinkedHashSet<>(), all,
                TaskResource.caller(x.principal()));
        return tenants(x, kind, c.id());
    }

    private Reply tenants(Exchange x, Kind kind, UUID id) {
        List<?> refs = containers.tenants(x.principal(), kind, id).stream().map(RoleView::tenantRef).toList();
        return CloudApi.listPage(x, refs, "Tenants");
    }
}

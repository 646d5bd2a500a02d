package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.provider.LogicalVmGroups;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.LogicalVmGroupStore;
import io.vcdsim.views.LogicalVmGroupView;

import java.util.Map;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * Logical VM groups on the cloudapi ({@code 1.0.0/logicalVmGroups}: list with paging and FIQL filters, POST, and GET,
 * PUT, DELETE of one), as go-vcloud-director's CreateLogicalVmGroup, GetLogicalVmGroupById and Delete use them.
 */
public final class CloudApiLogicalVmGroupResource implements Routes {
    private static final String BASE = V1 + "/logicalVmGroups";
    private final LogicalVmGroups groups;
    private final QueryService queries;

    public CloudApiLogicalVmGroupResource(LogicalVmGroups groups, QueryService queries) {
        this.groups = groups;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.get(BASE, x -> {
            x.principal().requireSystemAdmin();
            return CloudApi.page(x, queries, Kind.LOGICAL_VM_GROUP.query(), null, "LogicalVmGroups",
                    ids -> groups.found(ids).stream().map(this::view).toList());
        });
        r.post(BASE, x -> Reply.json(201, view(groups.create(x.principal(), body(x)))));
        r.get(BASE + "/{id}", x -> Reply.json(200, view(groups.get(x.principal(), id(x)))));
        r.put(BASE + "/{id}", x -> Reply.json(200, view(groups.update(x.principal(), id(x), body(x)))));
        r.delete(BASE + "/{id}", x -> {
            groups.delete(x.principal(), id(x));
            return Reply.noContent();
        });
    }

    private Map<String, Object> view(LogicalVmGroupStore.Row row) {
        return LogicalVmGroupView.of(row, groups.members(row.id()));
    }

    private static UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.LOGICAL_VM_GROUP);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Exchange x) {
        return CloudApi.body(x, Map.class, "LogicalVmGroup");
    }
}

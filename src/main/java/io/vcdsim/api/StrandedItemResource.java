package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.provider.StrandedItems;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.views.StrandedItemView;

/** Stranded items, for system administrators: their query, one item and its {@code forceDelete}, and purging all. */
public final class StrandedItemResource implements Routes {
    private static final String ITEM = "/api/admin/extension/strandedItem/{id}";
    private final Database db;
    private final StrandedItems items;
    private final QueryService queries;
    private final TaskViews tasks;

    public StrandedItemResource(Database db, StrandedItems items, QueryService queries, TaskViews tasks) {
        this.db = db;
        this.items = items;
        this.queries = queries;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        r.get("/api/admin/extension/strandedItems/query", x -> QueryResource.typed(x, queries,
                Kind.STRANDED_ITEM.query()));
        r.delete("/api/admin/extension/strandedItems", x -> tasks.accepted(x, items.purgeAll(x.principal(),
                TaskResource.caller(x.principal()))));
        r.get(ITEM, x -> {
            var item = items.item(x.principal(), Hrefs.id(x, "id"));
            return Reply.ok(db.read(tx -> StrandedItemView.of(tx, Hrefs.viewer(x), item)), MediaTypes.STRANDED_ITEM);
        });
        r.post(ITEM + "/action/forceDelete", x -> tasks.accepted(x, items.forceDelete(
                items.item(x.principal(), Hrefs.id(x, "id")), TaskResource.caller(x.principal()))));
    }
}

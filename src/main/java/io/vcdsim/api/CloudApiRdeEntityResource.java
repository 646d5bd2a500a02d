package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.query.QueryService;
import io.vcdsim.rde.BehaviorInvocations;
import io.vcdsim.rde.DefinedEntities;
import io.vcdsim.rde.EntityMetadata;
import io.vcdsim.rde.RdeUrns;
import io.vcdsim.store.RdeMetadataStore;
import io.vcdsim.store.RdeTypeStore;
import io.vcdsim.views.RdeView;

import java.util.List;
import java.util.Map;

import static io.vcdsim.api.CloudApi.V1;

/**
 * Runtime defined entities on the cloudapi, as go-vcloud-director's DefinedEntity sends and reads them: made by a
 * POST to their type ({@code entityTypes/{typeUrn}}, 202 and the task at {@code Location}), read with an ETag,
 * changed with {@code If-Match}, resolved, deleted, listed per type and per interface, their behaviors invoked, and
 * their metadata ({@code entities/{id}/metadata}) kept.
 */
public final class CloudApiRdeEntityResource implements Routes {
    private final DefinedEntities entities;
    private final BehaviorInvocations invocations;
    private final EntityMetadata metadata;
    private final QueryService queries;

    public CloudApiRdeEntityResource(DefinedEntities entities, BehaviorInvocations invocations,
                                     EntityMetadata metadata, QueryService queries) {
        this.entities = entities;
        this.invocations = invocations;
        this.metadata = metadata;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.post(V1 + "/entityTypes/{id}", x -> CloudApi.accepted(x, entities.create(x.principal(), x.pathParam("id"),
                CloudApi.actingOrg(x), CloudApiRdeTypeResource.body(x, "DefinedEntity"),
                TaskResource.caller(x.principal())).task()));
        String base = V1 + "/entities";
        r.get(base + "/{id}", x -> withEtag(entities.get(x.principal(), x.pathParam("id"))));
        r.put(base + "/{id}", x -> withEtag(entities.update(x.principal(), x.pathParam("id"), x.header("If-Match"),
                CloudApiRdeTypeResource.body(x, "DefinedEntity"))));
        r.delete(base + "/{id}", x -> {
            entities.delete(x.principal(), x.pathParam("id"));
            return Reply.noContent();
        });
        r.post(base + "/{id}/resolve", x -> {
            DefinedEntities.Resolution done = entities.resolve(x.principal(), x.pathParam("id"));
            Map<String, Object> view = RdeView.of(done.found());
            if (done.message() != null) {
                view.put("message", done.message()); // why it did not resolve, as vCD tells
            }
            return Reply.json(200, view).header("ETag", done.found().etag());
        });
        r.get(base + "/types/{vendor}/{nss}/{version}", x -> {
            RdeTypeStore.Row t = entities.type(x.principal(), x.pathParam("vendor"), x.pathParam("nss"),
                    x.pathParam("version"));
            return list(x, List.of(t));
        });
        r.get(base + "/interfaces/{vendor}/{nss}/{version}", x -> list(x, entities.typesOf(
                RdeUrns.of(RdeUrns.INTERFACE, x.pathParam("vendor"), x.pathParam("nss"),
                        x.pathParam("version")))));
        r.post(base + "/{id}/behaviors/{behaviorId}/invocations", x -> CloudApi.accepted(x, invocations.invoke(
                x.principal(), x.pathParam("id"), x.pathParam("behaviorId"),
                CloudApiRdeTypeResource.body(x, "BehaviorInvocation"), TaskResource.caller(x.principal()))));
        registerMetadata(r, base + "/{id}/metadata");
    }

    private void registerMetadata(Router r, String base) {
        r.get(base, x -> CloudApi.page(x, queries, Kind.RDE_METADATA.query(), null, "MetadataEntries",
                metadata.filterOf(x.principal(), x.pathParam("id")),
                ids -> metadata.found(ids).stream().map(RdeView::of).toList()));
        r.post(base, x -> metadataReply(metadata.add(x.principal(), x.pathParam("id"),
                CloudApiRdeTypeResource.body(x, "MetadataEntry")), 201));
        r.get(base + "/{entryId}", x -> metadataReply(metadata.get(x.principal(), x.pathParam("id"),
                x.pathParam("entryId")), 200));
        r.put(base + "/{entryId}", x -> metadataReply(metadata.update(x.principal(), x.pathParam("id"),
                x.pathParam("entryId"), x.header("If-Match"), CloudApiRdeTypeResource.body(x, "MetadataEntry")), 200));
        r.delete(base + "/{entryId}", x -> {
            metadata.delete(x.principal(), x.pathParam("id"), x.pathParam("entryId"));
            return Reply.noContent();
        });
    }

    private static Reply metadataReply(RdeMetadataStore.Row m, int status) {
        return Reply.json(status, RdeView.of(m)).header("ETag", EntityMetadata.etag(m));
    }

    /** The entities of these types the caller may read, in its org (every org's for a system administrator). */
    private Reply list(Exchange x, List<RdeTypeStore.Row> types) {
        return CloudApi.page(x, queries, Kind.RDE.query(), CloudApi.listedOrg(x), "DefinedEntities",
                entities.visibleFilter(x.principal(), types),
                ids -> entities.found(ids).stream().map(RdeView::of).toList());
    }

    private static Reply withEtag(DefinedEntities.Found f) {
        return Reply.json(200, RdeView.of(f)).header("ETag", f.etag());
    }
}

package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Kinds;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.metadata.MetadataService;
import io.vcdsim.model.Metadata;
import io.vcdsim.model.MetadataDomain;
import io.vcdsim.model.MetadataEntry;
import io.vcdsim.model.MetadataTypedValue;
import io.vcdsim.model.MetadataValue;
import io.vcdsim.store.MetadataRow;
import io.vcdsim.store.ObjectStore;
import io.vcdsim.tasks.TaskEngine;
import io.vcdsim.tenancy.Entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code .../metadata} under every object that has it, at both the user and the admin URL (pyvcloud
 * derives one from the other): read the entries, POST more (merged), read, PUT and DELETE one value
 * by domain and key (or by key alone, the GENERAL domain). Changes answer 202 with their task.
 */
public final class MetadataResource implements Routes {
    private final Entities entities;
    private final MetadataService metadata;
    private final TaskViews tasks;

    public MetadataResource(Entities entities, MetadataService metadata, TaskViews tasks) {
        this.entities = entities;
        this.metadata = metadata;
        this.tasks = tasks;
    }

    /**
     * The kinds that carry metadata, by the collection path they are addressed under; kinds that share a
     * path (a vApp and its VMs, /api/vApp/vapp-… and /api/vApp/vm-…) are looked for in declaration order.
     */
    private static Map<String, List<Kind>> byCollection() {
        Map<String, List<Kind>> kinds = new LinkedHashMap<>();
        for (Kind k : Kinds.all()) {
            if (k.hasMetadata()) {
                k.collections().forEach(c -> kinds.computeIfAbsent(c, any -> new ArrayList<>()).add(k));
            }
        }
        return kinds;
    }

    @Override
    public void register(Router r) {
        byCollection().forEach((prefix, k) -> {
            String base = prefix + "/{id}/metadata";
            r.get(base, x -> list(x, k, prefix));
            r.post(base, x -> merge(x, k));
            r.get(base + "/{domain}/{key}", x -> value(x, k, prefix, x.pathParam("domain")));
            r.put(base + "/{domain}/{key}", x -> put(x, k, x.pathParam("domain")));
            r.delete(base + "/{domain}/{key}", x -> delete(x, k, x.pathParam("domain")));
            // the pre-5.1 form, without a domain, means GENERAL
            r.get(base + "/{key}", x -> value(x, k, prefix, "GENERAL"));
            r.put(base + "/{key}", x -> put(x, k, "GENERAL"));
            r.delete(base + "/{key}", x -> delete(x, k, "GENERAL"));
        });
    }

    /** The object the path names, among the kinds addressed there, once the caller may read (or change) it. */
    private MetadataService.Target target(Exchange x, List<Kind> kinds, boolean change) {
        ObjectStore.Found found = entities.entity(x.principal(), kinds, Hrefs.id(x, "id"),
                kinds.stream().map(k -> k.name).collect(Collectors.joining(" or ")), change);
        return new MetadataService.Target(ObjectRef.of(found.kind(), found.id(), found.name()), found.orgId());
    }

    private static boolean systemAdmin(Exchange x) {
        return x.principal().isSystemAdmin();
    }

    private static TaskEngine.Caller caller(Exchange x) {
        return TaskResource.caller(x.principal());
    }

    Reply list(Exchange x, List<Kind> k, String prefix) {
        MetadataService.Target t = target(x, k, false);
        String entity = x.href(prefix + "/" + t.owner().id());
        Metadata m = new Metadata();
        m.href = entity + "/metadata";
        m.type = MediaTypes.xml(MediaTypes.METADATA);
        m.link("up", entity, null);
        boolean mayChange = mayChange(x, t.owner().kind());
        if (mayChange) { // pyvcloud tells a reader from a writer by this link
            m.link("add", m.href, m.type);
        }
        for (MetadataRow row : metadata.visible(t.owner().id(), systemAdmin(x))) {
            MetadataEntry e = MetadataEntry.of(row.domain(), row.visibility(), row.key(), row.valueType(), row.value());
            e.href = m.href + "/" + row.domain() + "/" + row.key();
            e.type = MediaTypes.xml(MediaTypes.METADATA_VALUE);
            e.link("up", m.href, m.type);
            if (mayChange && writable(x, row)) {
                e.link("edit", e.href, e.type);
                e.link("remove", e.href, null);
            }
            m.metadataEntry.add(e);
        }
        return Reply.ok(m, MediaTypes.METADATA);
    }

    Reply value(Exchange x, List<Kind> k, String prefix, String domain) {
        MetadataService.Target t = target(x, k, false);
        MetadataRow row = metadata.find(t.owner().id(), domain, x.pathParam("key"), systemAdmin(x));
        String list = x.href(prefix + "/" + t.owner().id() + "/metadata");
        MetadataValue v = new MetadataValue();
        v.href = list + "/" + row.domain() + "/" + row.key();
        v.type = MediaTypes.xml(MediaTypes.METADATA_VALUE);
        v.link("up", list, MediaTypes.xml(MediaTypes.METADATA));
        if (mayChange(x, t.owner().kind()) && writable(x, row)) {
            v.link("edit", v.href, v.type);
            v.link("remove", v.href, null);
        }
        v.domain = new MetadataDomain(row.visibility(), row.domain());
        v.typedValue = MetadataTypedValue.of(row.valueType(), row.value());
        return Reply.ok(v, MediaTypes.METADATA_VALUE);
    }

    /** Whether the caller, who may read the object, may also change its metadata (the kind's edit right). */
    private static boolean mayChange(Exchange x, Kind kind) {
        return kind.editRight() == null ? systemAdmin(x) : x.principal().has(kind.editRight());
    }

    private static boolean writable(Exchange x, MetadataRow row) {
        return systemAdmin(x) || row.domain().equals("GENERAL");
    }

    Reply merge(Exchange x, List<Kind> k) {
        MetadataService.Target t = target(x, k, true);
        Metadata in = x.read(Metadata.class, "Metadata", MediaTypes.METADATA);
        List<MetadataService.Entry> entries = new ArrayList<>();
        for (MetadataEntry e : in.metadataEntry) {
            entries.add(entry(e.domain, e.key, e.typedValue));
        }
        return tasks.accepted(x, metadata.merge(t, entries, caller(x), systemAdmin(x)));
    }

    Reply put(Exchange x, List<Kind> k, String domain) {
        MetadataService.Target t = target(x, k, true);
        MetadataValue in = x.read(MetadataValue.class, "MetadataValue", MediaTypes.METADATA_VALUE);
        MetadataDomain d = new MetadataDomain(in.domain == null ? null : in.domain.visibility, domain);
        return tasks.accepted(x, metadata.merge(t, List.of(entry(d, x.pathParam("key"), in.typedValue)), caller(x),
                systemAdmin(x)));
    }

    Reply delete(Exchange x, List<Kind> k, String domain) {
        MetadataService.Target t = target(x, k, true);
        return tasks.accepted(x, metadata.delete(t, domain, x.pathParam("key"), caller(x), systemAdmin(x)));
    }

    private static MetadataService.Entry entry(MetadataDomain domain, String key, MetadataTypedValue value) {
        if (value == null) {
            throw ApiException.badRequest("Metadata entry " + key + " needs a TypedValue (xsi:type and Value).");
        }
        return new MetadataService.Entry(domain == null ? null : domain.value, key,
                domain == null ? null : domain.visibility, value.typeName(), value.value);
    }
}

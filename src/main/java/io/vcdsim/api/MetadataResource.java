package io.vcdsim.api;

import io.vcdsim.core.Right;
import io.vcdsim.compute.MediaService;
import io.vcdsim.compute.TemplateService;
import io.vcdsim.compute.VAppService;
import io.vcdsim.core.ApiException;
import io.vcdsim.http.Exchange;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.metadata.MetadataService;
import io.vcdsim.model.Metadata;
import io.vcdsim.model.MetadataDomain;
import io.vcdsim.model.MetadataEntry;
import io.vcdsim.model.MetadataTypedValue;
import io.vcdsim.model.MetadataValue;
import io.vcdsim.store.Database;
import io.vcdsim.store.MetadataRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * {@code .../metadata} under every object that has it, at both the user and the admin URL (pyvcloud
 * derives one from the other): read the entries, POST more (merged), read, PUT and DELETE one value
 * by domain and key (or by key alone, the GENERAL domain). Changes answer 202 with their task.
 */
public final class MetadataResource implements Routes {
    /** An object kind that carries metadata: its URLs, how to find one, and the rights to read and change it. */
    private record Kind(String what, List<String> prefixes, BiFunction<Tx, UUID, Optional<MetadataService.Target>> load,
                        Right read, Right write) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("organization", List.of("/api/org", "/api/admin/org"), (tx, id) -> tx.orgs().find(id)
                    .map(o -> new MetadataService.Target(new TaskEngine.Owner(o.id(), "/api/admin/org/" + o.id(),
                            MediaTypes.xml(MediaTypes.ADMIN_ORG), o.name()), o.id())), Right.ORG_VIEW, Right.ORG_EDIT),
            new Kind("VDC", List.of("/api/vdc", "/api/admin/vdc"), (tx, id) -> tx.resources().vdc(id)
                    .map(v -> new MetadataService.Target(new TaskEngine.Owner(v.id(), "/api/vdc/" + v.id(),
                            MediaTypes.xml(MediaTypes.VDC), v.name()), v.orgId())), Right.VDC_VIEW, Right.ORG_EDIT),
            new Kind("catalog", List.of("/api/catalog", "/api/admin/catalog"), (tx, id) -> tx.resources().catalog(id)
                    .map(c -> new MetadataService.Target(new TaskEngine.Owner(c.id(), "/api/catalog/" + c.id(),
                            MediaTypes.xml(MediaTypes.CATALOG), c.name()), c.orgId())), Right.CATALOG_VIEW,
                    Right.CATALOG_EDIT),
            new Kind("vApp or VM", List.of("/api/vApp"), (tx, id) -> tx.compute().vapp(id)
                    .map(a -> new MetadataService.Target(VAppService.owner(a), a.orgId()))
                    .or(() -> tx.compute().vappVm(id).map(vm -> new MetadataService.Target(VAppService.owner(vm),
                            vm.orgId()))),
                    Right.VDC_VIEW, Right.VAPP_EDIT),
            new Kind("vApp template or its VM", List.of("/api/vAppTemplate"), (tx, id) -> tx.compute().template(id)
                    .map(t -> new MetadataService.Target(TemplateService.owner(t), t.orgId()))
                    .or(() -> tx.compute().templateVm(id).map(vm -> new MetadataService.Target(
                            new TaskEngine.Owner(vm.id(), "/api/vAppTemplate/vm-" + vm.id(),
                                    MediaTypes.xml(MediaTypes.VM), vm.name()), vm.orgId()))),
                    Right.CATALOG_ITEM_VIEW, Right.CATALOG_ITEM_MANAGE),
            new Kind("media", List.of("/api/media"), (tx, id) -> tx.catalogItems().media(id)
                    .map(m -> new MetadataService.Target(MediaService.owner(m), m.orgId())),
                    Right.CATALOG_ITEM_VIEW, Right.CATALOG_ITEM_MANAGE),
            new Kind("catalog item", List.of("/api/catalogItem"), (tx, id) -> tx.catalogItems().find(id)
                    .map(i -> new MetadataService.Target(new TaskEngine.Owner(i.id(), "/api/catalogItem/" + i.id(),
                            MediaTypes.xml(MediaTypes.CATALOG_ITEM), i.name()), i.orgId())),
                    Right.CATALOG_ITEM_VIEW, Right.CATALOG_ITEM_MANAGE));

    private final Database db;
    private final MetadataService metadata;
    private final TaskViews tasks;

    public MetadataResource(Database db, MetadataService metadata, TaskViews tasks) {
        this.db = db;
        this.metadata = metadata;
        this.tasks = tasks;
    }

    @Override
    public void register(Router r) {
        for (Kind k : KINDS) {
            for (String prefix : k.prefixes()) {
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
            }
        }
    }

    private MetadataService.Target target(Exchange x, Kind k, Right right) {
        UUID id = Hrefs.id(x, "id");
        MetadataService.Target t = Hrefs.found(db.read(tx -> k.load().apply(tx, id)), k.what(), id);
        x.principal().require(right, t.orgId());
        return t;
    }

    private static boolean systemAdmin(Exchange x) {
        return x.principal().isSystemAdmin();
    }

    private static TaskEngine.Caller caller(Exchange x) {
        return TaskResource.caller(x.principal());
    }

    Reply list(Exchange x, Kind k, String prefix) {
        MetadataService.Target t = target(x, k, k.read());
        String entity = x.href(prefix + "/" + t.owner().id());
        Metadata m = new Metadata();
        m.href = entity + "/metadata";
        m.type = MediaTypes.xml(MediaTypes.METADATA);
        m.link("up", entity, null);
        m.link("add", m.href, m.type);
        for (MetadataRow row : metadata.visible(t.owner().id(), systemAdmin(x))) {
            MetadataEntry e = new MetadataEntry();
            e.href = m.href + "/" + row.domain() + "/" + row.key();
            e.type = MediaTypes.xml(MediaTypes.METADATA_VALUE);
            e.link("up", m.href, m.type);
            if (writable(x, row)) {
                e.link("edit", e.href, e.type);
                e.link("remove", e.href, null);
            }
            e.domain = new MetadataDomain(row.visibility(), row.domain());
            e.key = row.key();
            e.typedValue = MetadataTypedValue.of(row.valueType(), row.value());
            m.metadataEntry.add(e);
        }
        return Reply.ok(m, MediaTypes.METADATA);
    }

    Reply value(Exchange x, Kind k, String prefix, String domain) {
        MetadataService.Target t = target(x, k, k.read());
        MetadataRow row = metadata.find(t.owner().id(), domain, x.pathParam("key"), systemAdmin(x));
        String list = x.href(prefix + "/" + t.owner().id() + "/metadata");
        MetadataValue v = new MetadataValue();
        v.href = list + "/" + row.domain() + "/" + row.key();
        v.type = MediaTypes.xml(MediaTypes.METADATA_VALUE);
        v.link("up", list, MediaTypes.xml(MediaTypes.METADATA));
        if (writable(x, row)) {
            v.link("edit", v.href, v.type);
            v.link("remove", v.href, null);
        }
        v.domain = new MetadataDomain(row.visibility(), row.domain());
        v.typedValue = MetadataTypedValue.of(row.valueType(), row.value());
        return Reply.ok(v, MediaTypes.METADATA_VALUE);
    }

    private static boolean writable(Exchange x, MetadataRow row) {
        return systemAdmin(x) || row.domain().equals("GENERAL");
    }

    Reply merge(Exchange x, Kind k) {
        MetadataService.Target t = target(x, k, k.write());
        Metadata in = x.read(Metadata.class, "Metadata", MediaTypes.METADATA);
        List<MetadataService.Entry> entries = new ArrayList<>();
        for (MetadataEntry e : in.metadataEntry) {
            entries.add(entry(e.domain, e.key, e.typedValue));
        }
        return tasks.accepted(x, metadata.merge(t, entries, caller(x), systemAdmin(x)));
    }

    Reply put(Exchange x, Kind k, String domain) {
        MetadataService.Target t = target(x, k, k.write());
        MetadataValue in = x.read(MetadataValue.class, "MetadataValue", MediaTypes.METADATA_VALUE);
        MetadataDomain d = new MetadataDomain(in.domain == null ? null : in.domain.visibility, domain);
        return tasks.accepted(x, metadata.merge(t, List.of(entry(d, x.pathParam("key"), in.typedValue)), caller(x),
                systemAdmin(x)));
    }

    Reply delete(Exchange x, Kind k, String domain) {
        MetadataService.Target t = target(x, k, k.write());
        return tasks.accepted(x, metadata.delete(t, domain, x.pathParam("key"), caller(x), systemAdmin(x)));
    }

    private static MetadataService.Entry entry(MetadataDomain domain, String key, MetadataTypedValue value) {
        if (value == null) {
            throw ApiException.badRequest("Metadata entry " + key + " needs a TypedValue (xsi:type and Value).");
        }
        return new MetadataService.Entry(domain == null ? null : domain.value, key,
                domain == null ? null : domain.visibility, value.typeName(), value.value);
    }

    /** The link an object's representation carries to its metadata. */
    static void link(io.vcdsim.model.Resource r) {
        r.link("down", r.href + "/metadata", MediaTypes.xml(MediaTypes.METADATA));
    }
}

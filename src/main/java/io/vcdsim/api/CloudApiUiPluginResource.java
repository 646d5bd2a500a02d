package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.extension.UiPluginUploads;
import io.vcdsim.extension.UiPlugins;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.store.OrgRow;
import io.vcdsim.views.UiPluginView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * UI plugins at {@code /cloudapi/extensions/ui} (not versioned, as vCD has it): the list (a bare JSON array), POST,
 * GET, PUT and DELETE of one, the zip upload ({@code {id}/plugin}) and the orgs it is published to
 * ({@code {id}/tenants}, {@code publish}, {@code unpublish}, {@code publishAll}, {@code unpublishAll}).
 */
public final class CloudApiUiPluginResource implements Routes {
    private static final String BASE = "/cloudapi/extensions/ui";
    private final UiPlugins plugins;
    private final UiPluginUploads uploads;

    public CloudApiUiPluginResource(UiPlugins plugins, UiPluginUploads uploads) {
        this.plugins = plugins;
        this.uploads = uploads;
    }

    /** go-vcloud-director's UIPluginMetadata; a flag it leaves out (omitempty drops false) is false. */
    public static final class Body {
        public String id;
        public String vendor;
        public String license;
        public String link;
        public String pluginName;
        public String version;
        public String description;
        public boolean provider_scoped;
        public boolean tenant_scoped;
        public boolean enabled;
        public String plugin_status;

        UiPlugins.Metadata metadata() {
            return new UiPlugins.Metadata(vendor, pluginName, version, license, link, description, provider_scoped,
                    tenant_scoped, enabled);
        }
    }

    /** go-vcloud-director's UploadSpec. */
    public static final class UploadBody {
        public String fileName;
        public long size;
        public String checksum;
        public String checksumAlgo;
    }

    @Override
    public void register(Router r) {
        r.get(BASE, x -> Reply.json(200, plugins.list(x.principal()).stream().map(UiPluginView::of).toList()));
        r.post(BASE, x -> Reply.json(201, UiPluginView.of(plugins.create(x.principal(), metadata(x)))));
        r.get(BASE + "/{id}", x -> Reply.json(200, UiPluginView.of(plugins.get(x.principal(), id(x)))));
        r.put(BASE + "/{id}", x -> Reply.json(200, UiPluginView.of(plugins.update(x.principal(), id(x),
                metadata(x)))));
        r.delete(BASE + "/{id}", x -> {
            plugins.delete(x.principal(), id(x));
            return Reply.noContent();
        });
        r.post(BASE + "/{id}/plugin", x -> {
            UploadBody spec = CloudApi.body(x, UploadBody.class, "UploadSpec");
            String path = uploads.start(x.principal(), id(x), new UiPluginUploads.Spec(spec.fileName, spec.size,
                    spec.checksum, spec.checksumAlgo));
            return Reply.noContent().header("Link", "<" + x.href(path)
                    + ">;rel=\"upload:default\";type=\"application/octet-stream\"");
        });
        r.get(BASE + "/{id}/tenants", x -> CloudApi.listPage(x, tenants(plugins.tenants(x.principal(), id(x))),
                "OpenApiReferences"));
        r.post(BASE + "/{id}/tenants/publish", x -> published(plugins.publish(x.principal(), id(x), orgs(x), true)));
        r.post(BASE + "/{id}/tenants/unpublish", x -> published(plugins.publish(x.principal(), id(x), orgs(x),
                false)));
        r.post(BASE + "/{id}/tenants/publishAll", x -> published(plugins.publish(x.principal(), id(x), null, true)));
        r.post(BASE + "/{id}/tenants/unpublishAll", x -> published(plugins.publish(x.principal(), id(x), null,
                false)));
    }

    private static Reply published(List<OrgRow> orgs) {
        return Reply.json(200, tenants(orgs));
    }

    private static List<?> tenants(List<OrgRow> orgs) {
        return orgs.stream().map(UiPluginView::tenant).toList();
    }

    private static UUID id(Exchange x) {
        return CloudApi.id(x, "id", Kind.UI_PLUGIN);
    }

    private static UiPlugins.Metadata metadata(Exchange x) {
        return CloudApi.body(x, Body.class, "UIPluginMetadata").metadata();
    }

    /** The orgs a publish names: a JSON array of references (go-vcloud-director's OpenApiReferences), by id. */
    private static List<UUID> orgs(Exchange x) {
        CloudApi.Reference[] refs = CloudApi.body(x, CloudApi.Reference[].class, "OpenApiReferences");
        List<UUID> ids = new ArrayList<>();
        for (CloudApi.Reference ref : refs) {
            UUID id = ref == null || ref.id == null ? null : Ids.fromAny(ref.id);
            if (id == null || (ref.id.startsWith("urn:") && !ref.id.startsWith("urn:vcloud:org:"))) {
                throw ApiException.badRequest("Each org to publish to needs its id (urn:vcloud:org:...).");
            }
            ids.add(id);
        }
        return ids;
    }
}

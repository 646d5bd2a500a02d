package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.AdminApiDefinition;
import io.vcdsim.model.AdminFileDescriptor;
import io.vcdsim.model.ApiDefinition;
import io.vcdsim.model.Reference;
import io.vcdsim.store.ApiDefinitionStore.DefinitionRow;
import io.vcdsim.store.ApiDefinitionStore.FileRow;

import java.util.List;

/**
 * API definitions: as their system administrator registered them (vmext, {baseUri} kept), and as every user
 * reads them (vcloud, {baseUri} replaced with the API's base, https://host/api/), with their file descriptors.
 */
public final class ApiDefinitionView {
    private static final String RECORDS = MediaTypes.xml(MediaTypes.QUERY_RECORDS);

    private ApiDefinitionView() {
    }

    public static AdminApiDefinition admin(Viewer v, DefinitionRow d, List<FileRow> files) {
        AdminApiDefinition view = new AdminApiDefinition();
        view.href = v.adminHref(Kind.API_DEFINITION, d.id());
        view.type = MediaTypes.xml(MediaTypes.ADMIN_API_DEFINITION);
        view.id = Kind.API_DEFINITION.urn(d.id());
        view.name = d.name();
        view.link("remove", view.href, null);
        v.link(view, "up", Kind.SERVICE, d.serviceId());
        view.link("down", view.href + "/files", RECORDS);
        view.link("add", view.href + "/files", MediaTypes.xml(MediaTypes.FILE_DESCRIPTOR));
        view.link("alternate", v.href(Kind.API_DEFINITION, d.id()), MediaTypes.xml(MediaTypes.API_DEFINITION));
        view.description = d.description();
        view.entryPoint = d.entryPoint();
        view.namespace = d.namespace();
        view.apiVendor = d.apiVendor();
        if (!d.supportedVersions().isEmpty()) {
            view.supportedApiVersions = new AdminApiDefinition.Versions();
            view.supportedApiVersions.version.addAll(d.supportedVersions());
        }
        if (!files.isEmpty()) {
            view.files = new AdminApiDefinition.Files();
            files.forEach(f -> view.files.fileDescriptor.add(file(v, f)));
        }
        return view;
    }

    public static ApiDefinition user(Viewer v, DefinitionRow d) {
        ApiDefinition view = v.entity(new ApiDefinition(), Kind.API_DEFINITION, d.id(), d.name());
        view.link("down", view.href + "/files", RECORDS);
        view.description = d.description();
        view.entryPoint = withBaseUri(v, d.entryPoint());
        view.namespace = d.namespace();
        view.apiVendor = d.apiVendor();
        view.supportedApiVersions = d.supportedVersions().isEmpty() ? null : d.supportedVersions();
        return view;
    }

    public static AdminFileDescriptor file(Viewer v, FileRow f) {
        AdminFileDescriptor view = new AdminFileDescriptor();
        view.href = v.adminHref(Kind.FILE_DESCRIPTOR, f.id());
        view.type = MediaTypes.xml(MediaTypes.FILE_DESCRIPTOR);
        view.id = Kind.FILE_DESCRIPTOR.urn(f.id());
        view.link("remove", view.href, null);
        v.adminLink(view, "up", Kind.API_DEFINITION, f.apiDefinitionId());
        view.description = f.description();
        view.file = new Reference(f.href(), null, f.type(), f.name());
        return view;
    }

    /** vCD's {baseUri}: the API's base URL, ending in /api/. */
    static String withBaseUri(Viewer v, String template) {
        return template == null ? null : template.replace("{baseUri}", v.href("/api/"));
    }
}

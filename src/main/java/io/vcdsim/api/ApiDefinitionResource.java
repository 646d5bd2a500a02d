package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.extension.ApiDefinitions;
import io.vcdsim.extension.ServiceRegistry;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.AdminApiDefinition;
import io.vcdsim.model.AdminFileDescriptor;
import io.vcdsim.model.Reference;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.ApiDefinitionStore.DefinitionRow;
import io.vcdsim.store.ServiceRow;
import io.vcdsim.views.ApiDefinitionView;

import java.util.List;

/**
 * API definitions and their file descriptors: registered, read and removed by system administrators under
 * /api/admin/extension/service, read by every user at /api/apidefinition/{id}. Lists are query records.
 */
public final class ApiDefinitionResource implements Routes {
    private static final String BASE = "/api/admin/extension/service";
    private final ServiceRegistry services;
    private final ApiDefinitions definitions;
    private final QueryService queries;

    public ApiDefinitionResource(ServiceRegistry services, ApiDefinitions definitions, QueryService queries) {
        this.services = services;
        this.definitions = definitions;
        this.queries = queries;
    }

    @Override
    public void register(Router r) {
        r.post(BASE + "/{id}/apidefinitions", this::create);
        r.get(BASE + "/{id}/apidefinitions", x -> QueryResource.records(queries, x, "adminApiDefinition",
                "service==" + Kind.SERVICE.urn(service(x).id())));
        r.get(BASE + "/apidefinition/{id}", x -> Reply.ok(admin(x, definition(x)), MediaTypes.ADMIN_API_DEFINITION));
        r.delete(BASE + "/apidefinition/{id}", x -> {
            definitions.delete(definition(x));
            return Reply.noContent();
        });
        r.post(BASE + "/apidefinition/{id}/files", this::addFile);
        r.get(BASE + "/apidefinition/{id}/files", x -> QueryResource.records(queries, x,
                "adminFileDescriptor", "apiDefinition==" + Kind.API_DEFINITION.urn(definition(x).id())));
        r.get(BASE + "/file/{id}", x -> Reply.ok(ApiDefinitionView.file(Hrefs.viewer(x),
                definitions.file(x.principal(), Hrefs.systemAdminId(x))), MediaTypes.FILE_DESCRIPTOR));
        r.delete(BASE + "/file/{id}", x -> {
            definitions.deleteFile(definitions.file(x.principal(), Hrefs.systemAdminId(x)));
            return Reply.noContent();
        });
        r.get("/api/apidefinition/{id}", x -> Reply.ok(ApiDefinitionView.user(Hrefs.viewer(x),
                definitions.readable(Hrefs.id(x, "id"))), MediaTypes.API_DEFINITION));
        r.get("/api/apidefinition/{id}/files", x -> QueryResource.records(queries, x, "fileDescriptor",
                "apiDefinition==" + Kind.API_DEFINITION.urn(definitions.readable(Hrefs.id(x, "id")).id())));
    }

    Reply create(Exchange x) {
        ServiceRow service = service(x);
        AdminApiDefinition in = x.read(AdminApiDefinition.class, "ApiDefinition", MediaTypes.ADMIN_API_DEFINITION);
        List<String> versions = in.supportedApiVersions == null ? List.of() : in.supportedApiVersions.version;
        List<ApiDefinitions.FileSpec> files = in.files == null ? List.of()
                : in.files.fileDescriptor.stream().map(ApiDefinitionResource::fileSpec).toList();
        DefinitionRow created = definitions.create(service, new ApiDefinitions.Spec(in.name, in.description,
                in.entryPoint, in.namespace, in.apiVendor, versions, files));
        AdminApiDefinition view = admin(x, created);
        return Reply.created(view, MediaTypes.ADMIN_API_DEFINITION, view.href);
    }

    Reply addFile(Exchange x) {
        DefinitionRow definition = definition(x);
        AdminFileDescriptor in = x.read(AdminFileDescriptor.class, "FileDescriptor", MediaTypes.FILE_DESCRIPTOR);
        AdminFileDescriptor view = ApiDefinitionView.file(Hrefs.viewer(x), definitions.addFile(definition,
                fileSpec(in)));
        return Reply.created(view, MediaTypes.FILE_DESCRIPTOR, view.href);
    }

    private static ApiDefinitions.FileSpec fileSpec(AdminFileDescriptor in) {
        Reference file = in == null ? null : in.file();
        return file == null ? null : new ApiDefinitions.FileSpec(in.description, file.name, file.type, file.href);
    }

    private AdminApiDefinition admin(Exchange x, DefinitionRow d) {
        return ApiDefinitionView.admin(Hrefs.viewer(x), d, definitions.files(d));
    }

    private ServiceRow service(Exchange x) {
        return services.service(x.principal(), Hrefs.systemAdminId(x));
    }

    private DefinitionRow definition(Exchange x) {
        return definitions.definition(x.principal(), Hrefs.systemAdminId(x));
    }
}

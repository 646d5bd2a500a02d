package io.vcdsim;

import io.vcdsim.api.CloudApiCertificateResource;
import io.vcdsim.api.CloudApiRdeEntityResource;
import io.vcdsim.api.CloudApiRdeTypeResource;
import io.vcdsim.api.CloudApiServiceAccountResource;
import io.vcdsim.api.CloudApiTenancyResource;
import io.vcdsim.api.CloudApiTokenResource;
import io.vcdsim.api.CloudApiUiPluginResource;
import io.vcdsim.api.Routes;
import io.vcdsim.auth.ApiTokens;
import io.vcdsim.auth.ServiceAccounts;
import io.vcdsim.auth.Sessions;
import io.vcdsim.config.Config;
import io.vcdsim.core.Uploads;
import io.vcdsim.extension.UiPluginUploads;
import io.vcdsim.extension.UiPlugins;
import io.vcdsim.provider.Associations;
import io.vcdsim.provider.ConnectionProbe;
import io.vcdsim.query.QueryService;
import io.vcdsim.rde.BehaviorInvocations;
import io.vcdsim.rde.DefinedEntities;
import io.vcdsim.rde.DefinedEntityTypes;
import io.vcdsim.rde.DefinedInterfaces;
import io.vcdsim.rde.EntityMetadata;
import io.vcdsim.rde.TypeBehaviors;
import io.vcdsim.store.Database;
import io.vcdsim.tasks.TaskEngine;
import io.vcdsim.tenancy.Certificates;
import io.vcdsim.tenancy.OrgSummaries;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * The wiring of the cloudapi's tenancy and system surface: API tokens and service accounts, orgs, the site,
 * testConnection (which knows this server's ports), the certificate library, UI plugins (whose zips arrive through
 * {@link #uploadsBefore}, a transfer seam of their own) and runtime defined entities.
 */
final class CloudApiSide {
    private final UiPluginUploads uploads;
    private final List<Routes> resources;

    CloudApiSide(Database db, TaskEngine engine, Config config, QueryService queries, Sessions sessions,
                 IntSupplier httpPort, IntSupplier httpsPort) {
        this.uploads = new UiPluginUploads(db);
        ApiTokens apiTokens = new ApiTokens(db, sessions, config.clock());
        ServiceAccounts serviceAccounts = new ServiceAccounts(db, apiTokens, sessions, config.clock());
        this.resources = List.of(
                new CloudApiTokenResource(apiTokens, serviceAccounts, sessions, queries, db),
                new CloudApiServiceAccountResource(serviceAccounts, queries, db),
                new CloudApiTenancyResource(db, new OrgSummaries(db), new Associations(db, engine, config.clock()),
                        new ConnectionProbe(httpPort, httpsPort), queries),
                new CloudApiCertificateResource(new Certificates(db, config.clock()), queries),
                new CloudApiUiPluginResource(new UiPlugins(db, config.clock()), uploads),
                new CloudApiRdeTypeResource(new DefinedInterfaces(db), new DefinedEntityTypes(db), new TypeBehaviors(db),
                        queries),
                new CloudApiRdeEntityResource(new DefinedEntities(db, engine, config.clock()),
                        new BehaviorInvocations(db, engine), new EntityMetadata(db), queries));
    }

    List<Routes> resources() {
        return resources;
    }

    /** The transfer URLs UI plugin zips are PUT to, and {@code others} for every other transfer URL. */
    Uploads uploadsBefore(Uploads others) {
        return Uploads.either(uploads, others);
    }
}

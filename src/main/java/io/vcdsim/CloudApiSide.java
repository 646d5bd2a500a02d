package io.vcdsim;

import io.vcdsim.api.CloudApiCertificateResource;
import io.vcdsim.api.CloudApiUiPluginResource;
import io.vcdsim.api.Routes;
import io.vcdsim.config.Config;
import io.vcdsim.extension.UiPluginUploads;
import io.vcdsim.extension.UiPlugins;
import io.vcdsim.query.QueryService;
import io.vcdsim.store.Database;
import io.vcdsim.tenancy.Certificates;

import java.util.List;

/**
 * The wiring of the cloudapi's tenancy and system surface: the certificate library, UI plugins (whose zips arrive
 * through {@link #uploads}, a transfer seam of their own).
 */
final class CloudApiSide {
    private final UiPluginUploads uploads;
    private final List<Routes> resources;

    CloudApiSide(Database db, Config config, QueryService queries) {
        this.uploads = new UiPluginUploads(db);
        this.resources = List.of(
                new CloudApiCertificateResource(new Certificates(db, config.clock()), queries),
                new CloudApiUiPluginResource(new UiPlugins(db, config.clock()), uploads));
    }

    List<Routes> resources() {
        return resources;
    }

    /** The transfer URLs UI plugin zips are PUT to. */
    UiPluginUploads uploads() {
        return uploads;
    }
}

package io.vcdsim.api;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.versions.SupportedVersions.VersionInfo;
import io.vcdsim.model.versions.SupportedVersions;

/**
 * {@code GET /api/versions}: every version served, each with its login URL. No {@code MediaTypeMapping} is listed:
 * each would name an XSD {@code SchemaLocation}, and vcdsim serves no schema files, so every one would be a dead link
 * (no client we know of reads them).
 */
public final class VersionsResource implements Routes {
    private static final ApiVersion OLDEST_CURRENT = new ApiVersion(31, 0);

    @Override
    public void register(Router router) {
        router.anonymous("GET", "/api/versions", this::versions);
    }

    Reply versions(Exchange x) {
        SupportedVersions sv = new SupportedVersions();
        for (ApiVersion v : ApiVersion.SUPPORTED) {
            VersionInfo info = new VersionInfo();
            info.deprecated = v.compareTo(OLDEST_CURRENT) < 0;
            info.version = v.toString();
            // go-vcloud-director v3 posts its login to this URL, so 33.0+ points at the cloudapi endpoint
            info.loginUrl = x.href(v.atLeast(ApiVersion.V33) ? "/cloudapi/1.0.0/sessions" : "/api/sessions");
            sv.versionInfo.add(info);
        }
        return Reply.ok(sv, MediaTypes.VERSIONS);
    }
}

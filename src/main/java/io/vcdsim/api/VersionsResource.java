package io.vcdsim.api;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.versions.SupportedVersions.MediaTypeMapping;
import io.vcdsim.model.versions.SupportedVersions.VersionInfo;
import io.vcdsim.model.versions.SupportedVersions;

import java.util.List;

/** {@code GET /api/versions}: every version served, each with its login URL and media-type mappings. */
public final class VersionsResource implements Routes {
    private static final ApiVersion OLDEST_CURRENT = new ApiVersion(31, 0);
    private static final List<String[]> MAPPINGS = List.of(
            new String[]{MediaTypes.SESSION, "SessionType", "session.xsd"},
            new String[]{MediaTypes.ORG_LIST, "OrgListType", "organizationList.xsd"},
            new String[]{MediaTypes.ORG, "OrgType", "organization.xsd"},
            new String[]{MediaTypes.ADMIN_ORG, "AdminOrgType", "vcloud/v1.5/schema/master.xsd"},
            new String[]{MediaTypes.VCLOUD, "VCloudType", "vcloud/v1.5/schema/master.xsd"},
            new String[]{MediaTypes.USER, "UserType", "vcloud/v1.5/schema/master.xsd"},
            new String[]{MediaTypes.ROLE, "RoleType", "vcloud/v1.5/schema/master.xsd"},
            new String[]{MediaTypes.RIGHT, "RightType", "vcloud/v1.5/schema/master.xsd"},
            new String[]{MediaTypes.QUERY_LIST, "QueryListType", "vcloud/v1.5/schema/master.xsd"},
            new String[]{MediaTypes.QUERY_RECORDS, "QueryResultRecordsType", "vcloud/v1.5/schema/master.xsd"},
            new String[]{MediaTypes.QUERY_REFERENCES, "QueryResultReferencesType", "vcloud/v1.5/schema/master.xsd"},
            new String[]{MediaTypes.VDC, "VdcType", "vdc.xsd"},
            new String[]{MediaTypes.CATALOG, "CatalogType", "catalog.xsd"},
            new String[]{MediaTypes.ERROR, "ErrorType", "master.xsd"});

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
            for (String[] m : MAPPINGS) {
                info.mediaTypeMapping.add(new MediaTypeMapping(MediaTypes.xml(m[0]),
                        "{http://www.vmware.com/vcloud/v1.5}" + m[1], x.href("/api/v1.5/schema/" + m[2])));
            }
            sv.versionInfo.add(info);
        }
        return Reply.ok(sv, MediaTypes.VERSIONS);
    }
}

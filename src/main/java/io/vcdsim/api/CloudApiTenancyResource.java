package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.provider.Associations;
import io.vcdsim.provider.ConnectionProbe;
import io.vcdsim.query.QueryService;
import io.vcdsim.query.QueryTypes;
import io.vcdsim.store.Database;
import io.vcdsim.tenancy.OrgSummaries;
import io.vcdsim.views.CloudApiOrgView;
import io.vcdsim.views.MultisiteView;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.vcdsim.api.CloudApi.V1;

/**
 * The cloudapi's view of the installation and its tenants: {@code orgs} (a page with FIQL of the orgs the caller
 * sees, and one by URN), {@code site} (this site, with the id multisite's {@code /api/site} has) and
 * {@code testConnection} (answered from what vcdsim simulates, see {@link ConnectionProbe}).
 */
public final class CloudApiTenancyResource implements Routes {
    private final Database db;
    private final OrgSummaries orgs;
    private final Associations associations;
    private final ConnectionProbe probe;
    private final QueryService queries;

    public CloudApiTenancyResource(Database db, OrgSummaries orgs, Associations associations, ConnectionProbe probe,
                                   QueryService queries) {
        this.db = db;
        this.orgs = orgs;
        this.associations = associations;
        this.probe = probe;
        this.queries = queries;
    }

    /** What of go-vcloud-director's TestConnection a probe uses (a timeout or proxy means nothing here). */
    public static final class TestConnectionBody {
        public String host;
        public int port;
        public Boolean secure;
    }

    @Override
    public void register(Router r) {
        r.get(V1 + "/orgs", x -> CloudApi.page(x, queries, QueryTypes.CLOUDAPI_ORGS, CloudApi.listedOrg(x), "Orgs",
                ids -> orgs.found(ids).stream().map(CloudApiOrgView::of).toList()));
        r.get(V1 + "/orgs/{id}", x -> Reply.json(200, CloudApiOrgView.of(orgs.get(x.principal(),
                CloudApi.id(x, "id", Kind.ORG)))));
        r.get(V1 + "/site", x -> Reply.json(200, MultisiteView.cloudApiSite(Hrefs.viewer(x),
                db.tx(associations::siteId))));
        r.post(V1 + "/testConnection", x -> {
            TestConnectionBody in = CloudApi.body(x, TestConnectionBody.class, "TestConnection");
            ConnectionProbe.Result result = probe.probe(new ConnectionProbe.Target(in.host, in.port,
                    in.secure == null || in.secure), URI.create(x.baseUrl()).getHost());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("targetProbe", result);
            body.put("proxyProbe", null);
            return Reply.json(200, body);
        });
    }
}

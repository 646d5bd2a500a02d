package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.DhcpLeases;
import io.vcdsim.network.EdgeGatewayService;
import io.vcdsim.network.nsxv.EdgeInterfaces;
import io.vcdsim.network.nsxv.NsxvConfigs;
import io.vcdsim.network.nsxv.NsxvItem;
import io.vcdsim.network.nsxv.NsxvSection;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * vCD's proxy of the NSX-V manager's API for advanced edges, {@code /network/...}, as go-vcloud-director uses it:
 * an edge's vNics ({@code vdcNetworks}), NAT and firewall rules, the firewall's and load balancer's general
 * settings, load balancer objects, DHCP relay and leases, and a VDC's IP sets ({@code /network/services/ipset}). XML in and out
 * as the manager speaks it; a new object answers 201 with its Location, a change 204. Rights are the edge's (or the
 * VDC's): reading needs network view, changing needs org edit. Errors are the manager's {@code <error>} document.
 */
public final class NsxvResource implements Routes {
    private static final String EDGE = "/network/edges/{id}";
    private static final String LB = EDGE + "/loadbalancer/config";
    private static final String IP_SETS = "/network/services/ipset";
    /** The load balancer's objects by the path segment that holds them. */
    private static final Map<String, NsxvItem> LB_OBJECTS = Map.of("applicationprofiles",
            NsxvItem.APPLICATION_PROFILE, "applicationrules", NsxvItem.APPLICATION_RULE, "monitors", NsxvItem.MONITOR,
            "pools", NsxvItem.POOL, "virtualservers", NsxvItem.VIRTUAL_SERVER);
    private final EdgeGatewayService edges;
    private final VdcService vdcs;
    private final NsxvConfigs configs;
    private final EdgeInterfaces interfaces;
    private final DhcpLeases leases;
    private final Database db;

    public NsxvResource(Database db, EdgeGatewayService edges, VdcService vdcs, DhcpLeases leases) {
        this.db = db;
        this.leases = leases;
        this.edges = edges;
        this.vdcs = vdcs;
        this.configs = new NsxvConfigs(db);
        this.interfaces = new EdgeInterfaces(db);
    }

    @Override
    public void register(Router r) {
        r.get(EDGE + "/vdcNetworks", x -> xml(interfaces.of(edge(x, Right.NETWORK_VIEW))));
        r.get(EDGE + "/nat/config", x -> xml(configs.document(NsxvSection.NAT, edge(x, Right.NETWORK_VIEW).id())));
        rules(r, EDGE + "/nat/config/rules", NsxvItem.NAT_RULE);
        document(r, EDGE + "/firewall/config", NsxvSection.FIREWALL);
        rules(r, EDGE + "/firewall/config/rules", NsxvItem.FIREWALL_RULE);
        document(r, LB, NsxvSection.LOAD_BALANCER);
        LB_OBJECTS.forEach((segment, kind) -> {
            r.get(LB + "/" + segment, x -> xml(configs.list(kind, edge(x, Right.NETWORK_VIEW).id())));
            rules(r, LB + "/" + segment, kind);
        });
        document(r, EDGE + "/dhcp/config/relay", NsxvSection.DHCP_RELAY);
        r.get(EDGE + "/dhcp/leaseInfo", x -> {
            EdgeGatewayRow e = edge(x, Right.NETWORK_VIEW);
            return xml(db.read(tx -> leases.leaseInfo(tx, e)));
        });
        r.delete(EDGE + "/dhcp/config/relay", x -> {
            configs.reset(NsxvSection.DHCP_RELAY, edge(x, Right.ORG_EDIT).id());
            return Reply.noContent();
        });
        r.get(IP_SETS + "/scope/{vdc}", x -> xml(configs.list(NsxvItem.IP_SET, vdc(x, x.pathParam("vdc"),
                Right.VDC_VIEW))));
        r.post(IP_SETS + "/{ipset}", x -> {
            String id = configs.create(NsxvItem.IP_SET, vdc(x, x.pathParam("ipset"), Right.ORG_EDIT), body(x), null);
            return Reply.bytes(201, id.getBytes(StandardCharsets.UTF_8), "application/xml")
                    .header("Location", IP_SETS + "/" + id);
        });
        r.get(IP_SETS + "/{ipset}", x -> xml(configs.item(NsxvItem.IP_SET, ipSetVdc(x, Right.VDC_VIEW),
                x.pathParam("ipset"))));
        r.put(IP_SETS + "/{ipset}", x -> {
            configs.update(NsxvItem.IP_SET, ipSetVdc(x, Right.ORG_EDIT), x.pathParam("ipset"), body(x));
            return Reply.noContent();
        });
        r.delete(IP_SETS + "/{ipset}", x -> {
            configs.delete(NsxvItem.IP_SET, ipSetVdc(x, Right.ORG_EDIT), x.pathParam("ipset"));
            return Reply.noContent();
        });
    }

    /** A section read and replaced whole. */
    private void document(Router r, String path, NsxvSection section) {
        r.get(path, x -> xml(configs.document(section, edge(x, Right.NETWORK_VIEW).id())));
        r.put(path, x -> {
            configs.replace(section, edge(x, Right.ORG_EDIT).id(), body(x));
            return Reply.noContent();
        });
    }

    /** Objects created at {@code path} (the firewall's may go above another rule) and read, replaced, deleted by id. */
    private void rules(Router r, String path, NsxvItem kind) {
        r.post(path, x -> {
            EdgeGatewayRow e = edge(x, Right.ORG_EDIT);
            String id = configs.create(kind, e.id(), body(x), x.queryParam("aboveRuleId"));
            return Reply.bytes(201, new byte[0], null).header("Location", x.path().replaceAll("/+$", "") + "/" + id);
        });
        r.get(path + "/{object}", x -> xml(configs.item(kind, edge(x, Right.NETWORK_VIEW).id(),
                x.pathParam("object"))));
        r.put(path + "/{object}", x -> {
            configs.update(kind, edge(x, Right.ORG_EDIT).id(), x.pathParam("object"), body(x));
            return Reply.noContent();
        });
        r.delete(path + "/{object}", x -> {
            configs.delete(kind, edge(x, Right.ORG_EDIT).id(), x.pathParam("object"));
            return Reply.noContent();
        });
    }

    /** The edge, if the caller holds the right in its org; only an advanced edge has the NSX-V API. */
    private EdgeGatewayRow edge(Exchange x, Right right) {
        EdgeGatewayRow e = edges.nsxvEdge(x.principal(), Hrefs.id(x, "id"), right);
        if (!e.advancedNetworking()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " is not an advanced edge gateway; convert "
                    + "it to use the NSX-V API.");
        }
        return e;
    }

    private UUID vdc(Exchange x, String id, Right right) {
        return vdc(vdcs, x, id, right);
    }

    /** The VDC a path names by its UUID, if the caller holds the right in its org. */
    static UUID vdc(VdcService vdcs, Exchange x, String id, Right right) {
        UUID vdc = Ids.fromAny(id);
        if (vdc == null) {
            throw ApiException.notFound("No VDC with id " + id + ".");
        }
        return vdcs.vdc(x.principal(), vdc, right).id();
    }

    /** The VDC an IP set id ({@code vdcId:ipset-n}) names. */
    private UUID ipSetVdc(Exchange x, Right right) {
        String id = x.pathParam("ipset");
        int colon = id.indexOf(':');
        if (colon < 0) {
            throw ApiException.notFound("The requested object : " + id + " could not be found. Object identifiers "
                    + "are case sensitive.");
        }
        return vdc(x, id.substring(0, colon), right);
    }

    static String body(Exchange x) {
        return new String(x.body(), StandardCharsets.UTF_8);
    }

    static Reply xml(String body) {
        return Reply.bytes(200, body.getBytes(StandardCharsets.UTF_8), "application/xml");
    }
}

package io.vcdsim.api;

import io.vcdsim.compute.VdcService;
import io.vcdsim.core.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.nsxv.DistributedFirewalls;
import io.vcdsim.network.nsxv.NsxvServiceCatalog;
import io.vcdsim.store.Database;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.vcdsim.api.NsxvResource.body;
import static io.vcdsim.api.NsxvResource.xml;

/**
 * A VDC's NSX-V distributed firewall on vCD's /network proxy, as go-vcloud-director's nsxv_distributed_firewall.go
 * uses it: enabled ({@code POST /network/firewall/vdc/{vdc}}, 201) and disabled (DELETE, 204), both repeatable; its
 * layer-3 section read with the generation as ETag and replaced naming it in If-Match (412 when it moved on); and the
 * services and service groups its rules may name. Reading needs the VDC's view right, changing org edit.
 */
public final class NsxvFirewallResource implements Routes {
    private static final String SECTION = "/network/firewall/globalroot-0/config/layer3sections/{vdc}";
    private final VdcService vdcs;
    private final DistributedFirewalls firewalls;

    public NsxvFirewallResource(Database db, VdcService vdcs) {
        this.vdcs = vdcs;
        this.firewalls = new DistributedFirewalls(db);
    }

    @Override
    public void register(Router r) {
        r.post("/network/firewall/vdc/{vdc}", x -> {
            firewalls.enable(vdc(x, Right.ORG_EDIT));
            return Reply.bytes(201, new byte[0], null);
        });
        r.delete("/network/firewall/vdc/{vdc}", x -> {
            firewalls.disable(vdc(x, Right.ORG_EDIT));
            return Reply.noContent();
        });
        r.get(SECTION, x -> {
            UUID vdc = vdc(x, Right.VDC_VIEW);
            String section = firewalls.section(vdc).orElseThrow(() -> new io.vcdsim.core.ApiException(404, "202",
                    "The distributed firewall of VDC " + vdc + " is not enabled."));
            return xml(section).header("ETag", "\"" + DistributedFirewalls.generation(section) + "\"");
        });
        r.put(SECTION, x -> {
            String section = firewalls.update(vdc(x, Right.ORG_EDIT), body(x), x.header("If-Match"));
            return Reply.bytes(200, section.getBytes(StandardCharsets.UTF_8), "application/xml")
                    .header("ETag", "\"" + DistributedFirewalls.generation(section) + "\"");
        });
        r.get("/network/services/application/scope/{vdc}", x -> {
            vdc(x, Right.VDC_VIEW);
            return xml(NsxvServiceCatalog.services());
        });
        r.get("/network/services/applicationgroup/scope/{vdc}", x -> {
            vdc(x, Right.VDC_VIEW);
            return xml(NsxvServiceCatalog.groups());
        });
    }

    private UUID vdc(Exchange x, Right right) {
        return NsxvResource.vdc(vdcs, x, x.pathParam("vdc"), right);
    }
}

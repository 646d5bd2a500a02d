package io.vcdsim.api;

import io.vcdsim.auth.Right;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Vdc;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.VAppRow;
import io.vcdsim.store.VdcRow;

import java.util.UUID;

/** Virtual data centers: the org view {@code /api/vdc/{id}} and the admin view {@code /api/admin/vdc/{id}}. */
public final class VdcResource implements Routes {
    private final Database db;

    public VdcResource(Database db) {
        this.db = db;
    }

    @Override
    public void register(Router r) {
        r.get("/api/vdc/{id}", x -> vdc(x, false));
        r.get("/api/admin/vdc/{id}", x -> vdc(x, true));
    }

    Reply vdc(Exchange x, boolean admin) {
        UUID id = Hrefs.id(x, "id");
        VdcRow v = Hrefs.found(db.read(tx -> tx.resources().vdc(id)), "VDC", id);
        x.principal().require(admin ? Right.ADMIN_VIEW : Right.VDC_VIEW, v.orgId());
        String media = admin ? MediaTypes.ADMIN_VDC : MediaTypes.VDC;
        Vdc vdc = new Vdc();
        vdc.href = x.href((admin ? "/api/admin/vdc/" : "/api/vdc/") + v.id());
        vdc.type = MediaTypes.xml(media);
        MetadataResource.link(vdc);
        vdc.name = v.name();
        vdc.id = Hrefs.urn("vdc", v.id());
        vdc.status = 1;
        vdc.description = v.description();
        vdc.allocationModel = v.allocationModel();
        vdc.isEnabled = v.enabled();
        vdc.link("up", admin ? Hrefs.adminOrg(x, v.orgId()) : Hrefs.org(x, v.orgId()),
                MediaTypes.xml(admin ? MediaTypes.ADMIN_ORG : MediaTypes.ORG));
        if (admin) {
            vdc.link("alternate", Hrefs.vdc(x, v.id()), MediaTypes.xml(MediaTypes.VDC));
        }
        String base = x.href("/api/vdc/" + v.id());
        vdc.link("add", base + "/action/instantiateVAppTemplate", MediaTypes.xml(MediaTypes.INSTANTIATE_PARAMS));
        vdc.link("add", base + "/action/composeVApp", MediaTypes.xml(MediaTypes.COMPOSE_PARAMS));
        for (VAppRow a : db.read(tx -> tx.compute().vappsIn(v.id()))) {
            vdc.resourceEntities.add(Hrefs.ref(VAppResource.href(x, a.id()), "vapp", a.id(), MediaTypes.VAPP,
                    a.name()));
        }
        for (NetworkRow n : db.read(tx -> tx.resources().networks(v.orgId()))) {
            if (v.id().equals(n.vdcId())) {
                vdc.availableNetworks.add(Hrefs.ref(Hrefs.network(x, n.id()), "network", n.id(),
                        MediaTypes.ORG_NETWORK, n.name()));
            }
        }
        return Reply.ok(vdc, media);
    }
}

package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.ControlAccessParams;
import io.vcdsim.store.AccessControlStore.Control;
import io.vcdsim.store.Database;
import io.vcdsim.tenancy.AccessControl;
import io.vcdsim.views.AccessView;

/**
 * {@code controlAccess} of catalogs, vApps and VDCs: read it at {@code .../controlAccess}, set it with
 * {@code .../action/controlAccess} (POST; a VDC's with PUT too, as go-vcloud-director sends it).
 */
public final class AccessControlResource implements Routes {
    private final Database db;
    private final AccessControl access;

    public AccessControlResource(Database db, AccessControl access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public void register(Router r) {
        for (Kind kind : new Kind[]{Kind.CATALOG, Kind.VAPP, Kind.VDC}) {
            String base = kind == Kind.VAPP ? "/api/vApp/{id}" : kind.collections().get(0) + "/{id}";
            r.get(base + "/controlAccess", x -> answer(x, access.get(x.principal(), kind, Hrefs.id(x, "id"))));
            r.post(base + "/action/controlAccess", x -> set(x, kind));
            if (kind == Kind.VDC) {
                r.put(base + "/action/controlAccess", x -> set(x, kind));
            }
        }
    }

    private Reply set(Exchange x, Kind kind) {
        ControlAccessParams in = x.read(ControlAccessParams.class, "ControlAccessParams", MediaTypes.CONTROL_ACCESS);
        return answer(x, access.set(x.principal(), kind, Hrefs.id(x, "id"), in));
    }

    private Reply answer(Exchange x, Control c) {
        return Reply.ok(db.read(tx -> AccessView.of(tx, Hrefs.viewer(x), c)), MediaTypes.CONTROL_ACCESS);
    }
}

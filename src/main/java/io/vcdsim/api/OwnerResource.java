package io.vcdsim.api;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.Owner;
import io.vcdsim.store.Database;
import io.vcdsim.tenancy.Ownership;
import io.vcdsim.views.OwnerView;
import io.vcdsim.views.Viewer;

/**
 * The owner of vApps ({@code /api/vApp/{id}/owner}), catalogs ({@code /api/admin/catalog/{id}/owner}, where
 * pyvcloud's change_catalog_owner finds it) and independent disks ({@code /api/disk/{id}/owner}): GET reads it, PUT of an Owner gives the object to its User (204, as
 * vCD answers). pyvcloud PUTs to {@code .../owner/}; the router takes the trailing slash.
 */
public final class OwnerResource implements Routes {
    private final Database db;
    private final Ownership ownership;

    public OwnerResource(Database db, Ownership ownership) {
        this.db = db;
        this.ownership = ownership;
    }

    @Override
    public void register(Router r) {
        route(r, "/api/vApp/{id}/owner", Kind.VAPP, false);
        route(r, "/api/admin/catalog/{id}/owner", Kind.CATALOG, true);
        route(r, "/api/disk/{id}/owner", Kind.DISK, false);
    }

    private void route(Router r, String path, Kind kind, boolean admin) {
        r.get(path, x -> get(x, kind, admin));
        r.put(path, x -> put(x, kind));
    }

    private Reply get(Exchange x, Kind kind, boolean admin) {
        Ownership.Owned owned = ownership.get(x.principal(), kind, Hrefs.id(x, "id"));
        Viewer v = Hrefs.viewer(x);
        String href = admin ? v.adminHref(kind, owned.object().id()) : v.href(kind, owned.object().id());
        String type = MediaTypes.xml(admin ? kind.adminMediaType() : kind.mediaType());
        return Reply.ok(db.read(tx -> OwnerView.of(tx, v, href, type, owned.ownerId())), MediaTypes.OWNER);
    }

    private Reply put(Exchange x, Kind kind) {
        Owner in = x.read(Owner.class, "Owner", MediaTypes.OWNER);
        ownership.change(x.principal(), kind, Hrefs.id(x, "id"), in.user == null ? null : in.user.href,
                TaskResource.caller(x.principal()));
        return Reply.noContent();
    }
}

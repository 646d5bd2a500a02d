package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.RightsCatalog;
import io.vcdsim.model.RightRefs;
import io.vcdsim.model.RightType;
import io.vcdsim.store.ServiceRightStore;
import io.vcdsim.store.ServiceRow;
import io.vcdsim.store.Tx;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rights as /api/admin/right/{id} shows them, built-in or an extension service's, and a service's list of its own. */
public final class ServiceRightView {
    private ServiceRightView() {
    }

    /** The right with this id, built-in or registered by a service, if there is one. */
    public static Optional<RightType> right(Tx tx, Viewer v, UUID id) {
        Optional<RightsCatalog.Entry> builtIn = RightsCatalog.byId(id);
        if (builtIn.isPresent()) {
            RightType view = UserView.right(v, builtIn.get());
            view.bundleKey = builtIn.get().bundleKey();
            view.serviceNamespace = builtIn.get().serviceNamespace();
            return Optional.of(view);
        }
        return tx.store(ServiceRightStore::new).find(id).map(row -> right(v, row));
    }

    public static RightType right(Viewer v, ServiceRightStore.Row row) {
        RightType view = v.entity(new RightType(), Kind.RIGHT, row.id(), row.name());
        view.description = row.description();
        view.category = row.category();
        view.bundleKey = row.bundleKey();
        view.serviceNamespace = row.entry().serviceNamespace();
        return view;
    }

    /** vmext:RightRefs: the rights a service registered, with the link to register another. */
    public static RightRefs refs(Viewer v, ServiceRow service, List<ServiceRightStore.Row> rights) {
        RightRefs list = new RightRefs();
        list.href = v.href(Kind.SERVICE, service.id()) + "/rights";
        list.type = MediaTypes.xml(MediaTypes.RIGHT_REFS);
        v.link(list, "up", Kind.SERVICE, service.id());
        list.link("add", list.href, MediaTypes.xml(MediaTypes.RIGHT));
        for (ServiceRightStore.Row r : rights) {
            list.right.add(v.ref(Kind.RIGHT, r.id(), r.name()));
        }
        return list;
    }
}

package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.ServiceLink;
import io.vcdsim.store.ServiceLinkStore;

/** A service link as registered: its template as stored (placeholders unreplaced), up to its service. */
public final class ServiceLinkView {
    private ServiceLinkView() {
    }

    public static ServiceLink of(Viewer v, ServiceLinkStore.Row l) {
        ServiceLink view = new ServiceLink();
        view.href = v.href(Kind.SERVICE_LINK, l.id());
        view.type = MediaTypes.xml(MediaTypes.SERVICE_LINK);
        view.id = Kind.SERVICE_LINK.urn(l.id());
        view.link("remove", view.href, null);
        v.link(view, "up", Kind.SERVICE, l.serviceId());
        view.linkHref = l.linkHref();
        view.mimeType = l.mimeType();
        view.rel = l.rel();
        view.resourceType = l.resourceType();
        view.resourceId = l.resourceId();
        view.externalResourceId = l.externalResourceId();
        return view;
    }
}

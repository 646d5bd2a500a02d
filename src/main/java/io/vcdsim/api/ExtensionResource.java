package io.vcdsim.api;

import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.VmwExtension;

/** The extension root {@code /api/admin/extension}: settings, blocking tasks and extension services hang off it. */
public final class ExtensionResource implements Routes {

    @Override
    public void register(Router r) {
        r.get("/api/admin/extension", this::root);
    }

    Reply root(Exchange x) {
        x.principal().requireSystemAdmin();
        VmwExtension e = new VmwExtension();
        e.href = x.href("/api/admin/extension");
        e.type = MediaTypes.xml(MediaTypes.EXTENSION);
        e.link("down", x.href("/api/admin/extension/settings"), MediaTypes.xml(MediaTypes.SYSTEM_SETTINGS));
        e.link("down", x.href("/api/admin/extension/settings/amqp"), MediaTypes.xml(MediaTypes.AMQP_SETTINGS));
        e.link("down", x.href("/api/admin/extension/settings/notifications"),
                MediaTypes.xml(MediaTypes.NOTIFICATIONS_SETTINGS));
        e.link("down", x.href("/api/admin/extension/blockingTasks/"), MediaTypes.xml(MediaTypes.BLOCKING_TASK_LIST));
        e.link("down", x.href("/api/admin/extension/service"), MediaTypes.xml(MediaTypes.EXTENSION_SERVICES));
        e.link("down", x.href("/api/admin/extension/networkPoolReferences"),
                MediaTypes.xml(MediaTypes.NETWORK_POOL_REFERENCES));
        // pyvcloud's list_external_networks and go-vcloud-director's GetExternalNetworkByName follow it
        e.link("down", x.href("/api/admin/extension/externalNetworkReferences"),
                MediaTypes.xml(MediaTypes.EXTERNAL_NETWORK_REFERENCES));
        // pyvcloud's create_external_network posts to it
        e.link("add", x.href("/api/admin/extension/externalnets"), MediaTypes.xml(MediaTypes.EXTERNAL_NETWORK));
        // pyvcloud's Platform.list_vcenters follows it
        e.link("add", x.href("/api/admin/extension/providervdcsparams"),
                MediaTypes.xml(MediaTypes.CREATE_PROVIDER_VDC_PARAMS));
        e.link("add", x.href("/api/admin/extension/action/registervimserver"),
                MediaTypes.xml(MediaTypes.REGISTER_VIM_SERVER_PARAMS));
        e.link("down", x.href("/api/admin/extension/hostReferences"), MediaTypes.xml(MediaTypes.HOST_REFERENCES));
        e.link("down", x.href("/api/admin/extension/vimServerReferences"),
                MediaTypes.xml(MediaTypes.VIM_SERVER_REFERENCES));
        // pyvcloud's Platform.list_datastores follows it
        e.link("down", x.href("/api/admin/extension/datastores"), MediaTypes.xml(MediaTypes.DATASTORE_LIST));
        return Reply.ok(e, MediaTypes.EXTENSION);
    }
}

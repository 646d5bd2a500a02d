package io.vcdsim.api;

import io.vcdsim.http.Exchange;
import io.vcdsim.http.MediaTypes;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.VmwExtension;

/** The extension root {@code /api/admin/extension}; blocking-task and AMQP settings hang off it. */
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
        return Reply.ok(e, MediaTypes.EXTENSION);
    }
}

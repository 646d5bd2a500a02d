package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.model.Event;
import io.vcdsim.model.Reference;
import io.vcdsim.store.EventRow;

/** One event of the log, as the Event document extension services post: what happened, to what, by whom. */
public final class EventView {
    private EventView() {
    }

    public static Event of(Viewer v, EventRow e) {
        Event event = new Event();
        event.type = e.type();
        event.typeFull = e.type();
        event.serviceNamespace = e.serviceNamespace();
        event.success = e.success();
        event.timestamp = Viewer.time(e.time());
        ObjectRef o = e.entity();
        if (o != null && o.href() != null) {
            event.owner = new Reference(v.stored(o.href()), o.kind() == null ? null : o.kind().urn(o.id()), o.type(),
                    o.name());
        }
        if (e.userId() != null) {
            event.user = new Reference(v.adminHref(Kind.USER, e.userId()), Kind.USER.urn(e.userId()),
                    MediaTypes.xml(Kind.USER.adminMediaType()), e.userName());
        }
        return event;
    }
}

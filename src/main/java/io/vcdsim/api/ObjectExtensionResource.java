package io.vcdsim.api;

import io.vcdsim.core.MediaTypes;
import io.vcdsim.extensibility.ObjectExtensions;
import io.vcdsim.extensibility.SelectorType;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.model.ObjectExtension;
import io.vcdsim.model.SelectorExtension;
import io.vcdsim.store.ObjectExtensionStore;
import io.vcdsim.views.ObjectExtensionView;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Object extensibility's registration API (API 16.0), for system administrators: object extensions at
 * {@code /api/admin/extension/object}, and selector extensions at {@code /api/admin/{providervdcs|vdcs|orgs}/extension}
 * (any selector of the type), {@code …/{id}/extension} (one) and {@code …/extension/{selectorExtensionId}}.
 */
public final class ObjectExtensionResource implements Routes {
    private static final String BASE = ObjectExtensionView.OBJECT_EXTENSIONS;
    private final ObjectExtensions extensions;

    public ObjectExtensionResource(ObjectExtensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public void register(Router r) {
        r.get(BASE, x -> Reply.ok(ObjectExtensionView.all(Hrefs.viewer(x), extensions.all(x.principal())),
                MediaTypes.OBJECT_EXTENSIONS));
        r.post(BASE, x -> {
            ObjectExtension view = ObjectExtensionView.of(Hrefs.viewer(x), extensions.register(x.principal(),
                    registration(x)));
            return Reply.created(view, MediaTypes.OBJECT_EXTENSION, view.href);
        });
        r.get(BASE + "/{id}", x -> Reply.ok(ObjectExtensionView.of(Hrefs.viewer(x),
                extensions.extension(x.principal(), id(x))), MediaTypes.OBJECT_EXTENSION));
        r.put(BASE + "/{id}", x -> Reply.ok(ObjectExtensionView.of(Hrefs.viewer(x),
                extensions.update(x.principal(), id(x), registration(x))), MediaTypes.OBJECT_EXTENSION));
        r.delete(BASE + "/{id}", x -> {
            extensions.delete(x.principal(), id(x));
            return Reply.noContent();
        });
        r.get(BASE + "/{id}/selectorExtensions", x -> Reply.ok(ObjectExtensionView.selectors(Hrefs.viewer(x),
                x.path(), extensions.of(x.principal(), id(x)), false), MediaTypes.SELECTOR_EXTENSIONS));
        for (SelectorType type : SelectorType.values()) {
            selectorRoutes(r, type);
        }
    }

    private void selectorRoutes(Router r, SelectorType type) {
        String any = ObjectExtensionView.selectorPath(type, null);
        String one = "/api/admin/" + type.segment + "/{selector}/extension";
        r.get(any, x -> selectors(x, type, null));
        r.post(any, x -> assign(x, type, null));
        r.get(one, x -> selectors(x, type, selectorId(x)));
        r.post(one, x -> assign(x, type, selectorId(x)));
        r.get(any + "/{id}", x -> Reply.ok(ObjectExtensionView.selector(Hrefs.viewer(x),
                extensions.selector(x.principal(), id(x))), MediaTypes.SELECTOR_EXTENSION));
        r.put(any + "/{id}", x -> Reply.ok(ObjectExtensionView.selector(Hrefs.viewer(x),
                extensions.updateSelector(x.principal(), id(x), assignment(x))), MediaTypes.SELECTOR_EXTENSION));
        r.delete(any + "/{id}", x -> {
            extensions.deleteSelector(x.principal(), id(x));
            return Reply.noContent();
        });
    }

    private Reply selectors(Exchange x, SelectorType type, UUID selectorId) {
        return Reply.ok(ObjectExtensionView.selectors(Hrefs.viewer(x), ObjectExtensionView.selectorPath(type,
                selectorId), extensions.at(x.principal(), type, selectorId), true), MediaTypes.SELECTOR_EXTENSIONS);
    }

    private Reply assign(Exchange x, SelectorType type, UUID selectorId) {
        SelectorExtension view = ObjectExtensionView.selector(Hrefs.viewer(x), extensions.assign(x.principal(), type,
                selectorId, assignment(x)));
        return Reply.created(view, MediaTypes.SELECTOR_EXTENSION, view.href);
    }

    /** System administrators only, checked before the id is parsed. */
    private static UUID id(Exchange x) {
        x.principal().requireSystemAdmin();
        return Hrefs.id(x, "id");
    }

    private static UUID selectorId(Exchange x) {
        x.principal().requireSystemAdmin();
        return Hrefs.id(x, "selector");
    }

    private static ObjectExtensions.Registration registration(Exchange x) {
        x.principal().requireSystemAdmin();
        ObjectExtension in = x.read(ObjectExtension.class, "ObjectExtension", MediaTypes.OBJECT_EXTENSION);
        List<String> selectors = new ArrayList<>();
        if (in.selectors != null) {
            in.selectors.selector.forEach(s -> selectors.add(s.name));
        }
        return new ObjectExtensions.Registration(in.namespace, in.enabled, in.exchange, in.contentType, in.vendor,
                selectors);
    }

    private static ObjectExtensions.Assignment assignment(Exchange x) {
        x.principal().requireSystemAdmin();
        SelectorExtension in = x.read(SelectorExtension.class, "SelectorExtension", MediaTypes.SELECTOR_EXTENSION);
        List<ObjectExtensionStore.Phase> phases = null;
        if (in.phases != null) {
            phases = new ArrayList<>();
            for (SelectorExtension.Phase p : in.phases.phase) {
                phases.add(new ObjectExtensionStore.Phase(p.name, p.type, p.optional != null && p.optional));
            }
        }
        return new ObjectExtensions.Assignment(in.enabled, in.priority, in.objectExtensionId, phases);
    }
}

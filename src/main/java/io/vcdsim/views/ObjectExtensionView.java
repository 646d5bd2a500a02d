package io.vcdsim.views;

import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.extensibility.SelectorType;
import io.vcdsim.model.ObjectExtension;
import io.vcdsim.model.SelectorExtension;
import io.vcdsim.store.ObjectExtensionStore.Extension;
import io.vcdsim.store.ObjectExtensionStore.Phase;
import io.vcdsim.store.ObjectExtensionStore.Selector;

import java.util.List;

/** Object extensions and selector extensions as a system administrator reads them. */
public final class ObjectExtensionView {
    public static final String OBJECT_EXTENSIONS = "/api/admin/extension/object";

    private ObjectExtensionView() {
    }

    public static ObjectExtension of(Viewer v, Extension e) {
        ObjectExtension view = new ObjectExtension();
        view.href = v.href(Kind.OBJECT_EXTENSION, e.id());
        view.type = MediaTypes.xml(MediaTypes.OBJECT_EXTENSION);
        view.id = Kind.OBJECT_EXTENSION.urn(e.id());
        view.link("up", v.href(OBJECT_EXTENSIONS), MediaTypes.xml(MediaTypes.OBJECT_EXTENSIONS));
        view.link("edit", view.href, view.type);
        view.link("remove", view.href, null);
        view.link("down", view.href + "/selectorExtensions", MediaTypes.xml(MediaTypes.SELECTOR_EXTENSIONS));
        view.namespace = e.namespace();
        view.enabled = e.enabled();
        view.exchange = e.exchange();
        view.contentType = e.contentType();
        view.vendor = e.vendor();
        if (!e.selectors().isEmpty()) {
            view.selectors = new ObjectExtension.Selectors();
            e.selectors().forEach(s -> view.selectors.selector.add(new ObjectExtension.Selector(
                    SelectorType.ofStored(s).urn)));
        }
        return view;
    }

    public static ObjectExtension.Collection all(Viewer v, List<Extension> extensions) {
        ObjectExtension.Collection view = new ObjectExtension.Collection();
        view.href = v.href(OBJECT_EXTENSIONS);
        view.type = MediaTypes.xml(MediaTypes.OBJECT_EXTENSIONS);
        view.link("add", view.href, MediaTypes.xml(MediaTypes.OBJECT_EXTENSION));
        extensions.forEach(e -> view.objectExtension.add(of(v, e)));
        return view;
    }

    /** The path of a selector's extensions: {@code /api/admin/vdcs/extension} for any VDC, {@code …/vdcs/{id}/…}. */
    public static String selectorPath(SelectorType type, java.util.UUID selectorId) {
        return "/api/admin/" + type.segment + (selectorId == null ? "" : "/" + selectorId) + "/extension";
    }

    public static SelectorExtension selector(Viewer v, Selector s) {
        SelectorType type = SelectorType.ofStored(s.selectorType());
        SelectorExtension view = new SelectorExtension();
        view.href = v.href(selectorPath(type, null) + "/" + s.id());
        view.type = MediaTypes.xml(MediaTypes.SELECTOR_EXTENSION);
        view.id = Kind.SELECTOR_EXTENSION.urn(s.id());
        view.link("up", v.href(selectorPath(type, s.selectorId())), MediaTypes.xml(MediaTypes.SELECTOR_EXTENSIONS));
        view.link("edit", view.href, view.type);
        view.link("remove", view.href, null);
        view.enabled = s.enabled();
        view.priority = s.priority();
        view.objectExtensionId = s.objectExtensionId().toString();
        view.phases = new SelectorExtension.Phases();
        for (Phase p : s.phases()) {
            SelectorExtension.Phase phase = new SelectorExtension.Phase();
            phase.name = p.name();
            phase.type = p.type();
            phase.optional = p.optional();
            view.phases.phase.add(phase);
        }
        return view;
    }

    public static SelectorExtension.Collection selectors(Viewer v, String path, List<Selector> selectors,
                                                         boolean addable) {
        SelectorExtension.Collection view = new SelectorExtension.Collection();
        view.href = v.href(path);
        view.type = MediaTypes.xml(MediaTypes.SELECTOR_EXTENSIONS);
        if (addable) {
            view.link("add", view.href, MediaTypes.xml(MediaTypes.SELECTOR_EXTENSION));
        }
        selectors.forEach(s -> view.selectorExtension.add(selector(v, s)));
        return view;
    }
}

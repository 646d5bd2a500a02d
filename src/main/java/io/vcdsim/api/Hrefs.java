package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.model.Reference;
import io.vcdsim.model.Resource;
import io.vcdsim.views.Viewer;

import java.util.UUID;

/** What a request names (the id in its path) and who it is answered for (its {@link Viewer}). */
final class Hrefs {
    private Hrefs() {
    }

    /** The viewer of this request's answer: its base URL, caller and API version. */
    static Viewer viewer(Exchange x) {
        return new Viewer(x.baseUrl(), x.principal(), x.version());
    }

    static String of(Exchange x, Kind kind, UUID id) {
        return viewer(x).href(kind, id);
    }

    static String admin(Exchange x, Kind kind, UUID id) {
        return viewer(x).adminHref(kind, id);
    }

    static String stored(Exchange x, String href) {
        return viewer(x).stored(href);
    }

    static Reference ref(Exchange x, Kind kind, UUID id, String name) {
        return viewer(x).ref(kind, id, name);
    }

    static Reference adminRef(Exchange x, Kind kind, UUID id, String name) {
        return viewer(x).adminRef(kind, id, name);
    }

    static void link(Resource r, String rel, Exchange x, Kind kind, UUID id) {
        viewer(x).link(r, rel, kind, id);
    }

    static void adminLink(Resource r, String rel, Exchange x, Kind kind, UUID id) {
        viewer(x).adminLink(r, rel, kind, id);
    }

    /** The object a lookup found, or the 403 vCD gives for a missing (or foreign) one. */
    static <T> T found(java.util.Optional<T> lookup, String what, UUID id) {
        return lookup.orElseThrow(() -> ApiException.forbidden("No " + what + " with id " + id + " is accessible."));
    }

    /**
     * The id in a path segment. A malformed id names nothing, and vCD answers for a missing object
     * with 403, so the caller cannot tell "missing" from "forbidden".
     */
    static UUID id(Exchange x, String param) {
        UUID id = Ids.fromAny(x.pathParam(param));
        if (id == null) {
            throw ApiException.forbidden("No object with id " + x.pathParam(param) + " is accessible.");
        }
        return id;
    }
}

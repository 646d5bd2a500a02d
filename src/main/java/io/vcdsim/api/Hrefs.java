package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.http.Exchange;
import io.vcdsim.model.Reference;
import io.vcdsim.model.Resource;

import java.util.UUID;

/** Absolute hrefs, references and links to the objects vcdsim serves, from their kinds' declarations. */
final class Hrefs {
    private Hrefs() {
    }

    /** The absolute href of an object's user view (or its only view). */
    static String of(Exchange x, Kind kind, UUID id) {
        return x.href(kind.path(id));
    }

    /** The absolute href of an object's admin view (or its only view). */
    static String admin(Exchange x, Kind kind, UUID id) {
        return x.href(kind.adminPath(id));
    }

    /** An href as stored: a path (/api/...) for vcdsim's own objects, absolute for an extension's. */
    static String stored(Exchange x, String href) {
        return href.startsWith("/") ? x.href(href) : href;
    }

    /** A reference to an object's user view (or its only view): href, URN, media type and name. */
    static Reference ref(Exchange x, Kind kind, UUID id, String name) {
        return new Reference(of(x, kind, id), kind.urn(id), MediaTypes.xml(kind.mediaType()), name);
    }

    /** A reference to an object's admin view. */
    static Reference adminRef(Exchange x, Kind kind, UUID id, String name) {
        return new Reference(admin(x, kind, id), kind.urn(id), MediaTypes.xml(kind.adminMediaType()), name);
    }

    /** Links {@code r} to another object's user view. */
    static void link(Resource r, String rel, Exchange x, Kind kind, UUID id) {
        r.link(rel, of(x, kind, id), MediaTypes.xml(kind.mediaType()));
    }

    /** Links {@code r} to another object's admin view. */
    static void adminLink(Resource r, String rel, Exchange x, Kind kind, UUID id) {
        r.link(rel, admin(x, kind, id), MediaTypes.xml(kind.adminMediaType()));
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

package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.http.Exchange;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.model.Ids;
import io.vcdsim.model.Reference;

import java.util.UUID;

/** Hrefs, URNs and references of the objects vcdsim serves, in one place. */
final class Hrefs {
    private Hrefs() {
    }

    static String urn(String type, UUID id) {
        return "urn:vcloud:" + type + ":" + id;
    }

    static String org(Exchange x, UUID id) {
        return x.href("/api/org/" + id);
    }

    static String adminOrg(Exchange x, UUID id) {
        return x.href("/api/admin/org/" + id);
    }

    static String user(Exchange x, UUID id) {
        return x.href("/api/admin/user/" + id);
    }

    static String role(Exchange x, UUID id) {
        return x.href("/api/admin/role/" + id);
    }

    static String right(Exchange x, UUID id) {
        return x.href("/api/admin/right/" + id);
    }

    static String vdc(Exchange x, UUID id) {
        return x.href("/api/vdc/" + id);
    }

    static String catalog(Exchange x, UUID id) {
        return x.href("/api/catalog/" + id);
    }

    static String network(Exchange x, UUID id) {
        return x.href("/api/network/" + id);
    }

    /** An href as stored: a path (/api/...) for vcdsim's own objects, absolute for an extension's. */
    static String stored(Exchange x, String href) {
        return href.startsWith("/") ? x.href(href) : href;
    }

    static Reference ref(String href, String urnType, UUID id, String mediaType, String name) {
        return new Reference(href, urn(urnType, id), MediaTypes.xml(mediaType), name);
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

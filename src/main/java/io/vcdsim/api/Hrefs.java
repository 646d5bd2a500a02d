package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Principal;
import io.vcdsim.http.Exchange;
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

    /** The viewer of an answer made for someone other than the request's caller: a login's new session. */
    static Viewer viewer(Exchange x, Principal as) {
        return new Viewer(x.baseUrl(), as, x.version());
    }

    static String of(Exchange x, Kind kind, UUID id) {
        return viewer(x).href(kind, id);
    }

    static String admin(Exchange x, Kind kind, UUID id) {
        return viewer(x).adminHref(kind, id);
    }

    /** The id in a path segment of a system administrators' URL: the caller is checked before the id is parsed. */
    static UUID systemAdminId(Exchange x) {
        x.principal().requireSystemAdmin();
        return id(x, "id");
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

package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;

import java.util.UUID;

/** The URNs the NSX-T edge services' bodies and filters name objects by; anything else is a 400 naming the field. */
final class NsxtRefs {
    private NsxtRefs() {
    }

    /** The id of a URN of {@code kind}; a missing one, another kind's or no URN at all is a 400. */
    static UUID urn(String text, Kind kind, String field) {
        String t = text == null ? "" : text.trim();
        UUID id = Ids.fromAny(t);
        if (id == null || !t.startsWith("urn:vcloud:" + kind.urnType + ":")) {
            throw ApiException.badRequest(field + " must name a " + kind.name + " by its URN (urn:vcloud:"
                    + kind.urnType + ":...), not '" + Lengths.shown(t) + "'.");
        }
        return id;
    }
}

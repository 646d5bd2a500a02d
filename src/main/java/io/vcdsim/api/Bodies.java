package io.vcdsim.api;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.model.Reference;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What request bodies have in common: JSON may send {@code null} for a list, or for an element of one. */
final class Bodies {
    private Bodies() {
    }

    /** The list, empty for {@code null}; a 400 naming {@code what} when an element is {@code null}. */
    static <T> List<T> list(List<T> list, String what) {
        if (list == null) {
            return List.of();
        }
        if (list.contains(null)) {
            throw ApiException.badRequest(what + " has an empty element.");
        }
        return list;
    }

    /** The ids the references' hrefs name; a 400 for a reference without one ("A VmRef needs the href of a VM."). */
    static List<UUID> ids(List<Reference> refs, String element, String what) {
        List<UUID> ids = new ArrayList<>();
        for (Reference ref : list(refs, element)) {
            UUID id = Ids.fromAny(ref.href);
            if (id == null) {
                throw ApiException.badRequest("A " + element + " needs the href of " + what + ".");
            }
            ids.add(id);
        }
        return ids;
    }
}

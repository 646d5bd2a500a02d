package io.vcdsim.api;

import io.vcdsim.core.ApiException;

import java.util.List;

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
}

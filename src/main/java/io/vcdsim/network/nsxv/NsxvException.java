package io.vcdsim.network.nsxv;

import io.vcdsim.core.ApiException;

/**
 * The NSX-V manager's errors, as vCD passes them on under {@code /network}: the status and the manager's own
 * numeric errorCode (the http layer writes them as its {@code <error>} document). 202 is core-services' "object
 * not found" and 210 its "name already exists"; other validation failures answer 15001, vcdsim's choice of an
 * edge-module code.
 */
final class NsxvException {
    static final String NOT_FOUND = "202";
    static final String DUPLICATE = "210";
    static final String INVALID = "15001";

    private NsxvException() {
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, INVALID, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, NOT_FOUND, message);
    }

    static ApiException duplicate(String message) {
        return new ApiException(400, DUPLICATE, message);
    }
}

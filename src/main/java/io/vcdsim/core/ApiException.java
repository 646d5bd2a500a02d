package io.vcdsim.core;

/**
 * A request that cannot be served, carried to the edge where it becomes a vCloud Error document.
 * majorErrorCode is the HTTP status; minorErrorCode is vCD's symbolic code.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String minorErrorCode;

    public ApiException(int status, String minorErrorCode, String message) {
        super(message);
        this.status = status;
        this.minorErrorCode = minorErrorCode;
    }

    public int status() {
        return status;
    }

    public String minorErrorCode() {
        return minorErrorCode;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "BAD_REQUEST", message);
    }

    public static ApiException duplicateName(String message) {
        return new ApiException(400, "DUPLICATE_NAME", message);
    }

    public static ApiException invalidReference(String message) {
        return new ApiException(400, "INVALID_REFERENCE", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "UNAUTHORIZED", message);
    }

    /** vCD answers 403 both for a missing right and for an object the caller cannot see or that does not exist. */
    public static ApiException forbidden(String message) {
        return new ApiException(403, "ACCESS_TO_RESOURCE_IS_FORBIDDEN", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "RESOURCE_NOT_FOUND", message);
    }
}

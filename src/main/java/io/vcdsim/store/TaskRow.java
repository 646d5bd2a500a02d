package io.vcdsim.store;

import io.vcdsim.core.ObjectRef;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as stored. Its owner's href is a path for native owners ("/api/org/..."), absolute for
 * external ones. Like the owner's name, the org's name is kept as it was when the task started.
 */
public record TaskRow(UUID id, UUID orgId, UUID userId, String userName, String name, String operationName,
                      String operation, String serviceNamespace, String status, ObjectRef owner, Integer progress, String details, String description,
                      Integer errorMajor, String errorMinor, String errorMessage, String params,
                      boolean cancelRequested, Instant created, Instant startTime, Instant endTime, Instant expiryTime,
                      Instant dueAt, String orgName, Result result) {

    public static final String NATIVE_NAMESPACE = "com.vmware.vcloud";

    /** What a task produced: ResultContent (XML children, may be null) and a reference to an object it made. */
    public record Result(String contentXml, String href, String type, String name) {
    }

    /** The owner's id, or null for a task without an owner. */
    public UUID ownerId() {
        return owner == null ? null : owner.id();
    }

    public boolean terminal() {
        return TaskStatus.of(status).terminal;
    }

    public boolean isNative() {
        return NATIVE_NAMESPACE.equals(serviceNamespace);
    }

    /** This task with everything that may change while it runs replaced (what {@link TaskStore#update} writes). */
    public TaskRow changed(String status, String operation, Integer progress, String details, String description,
                           Integer errorMajor, String errorMinor, String errorMessage, boolean cancelRequested,
                           Instant endTime, Instant dueAt, Result result) {
        return new TaskRow(id, orgId, userId, userName, name, operationName, operation, serviceNamespace, status,
                owner, progress, details, description, errorMajor, errorMinor,
                errorMessage, params, cancelRequested, created, startTime, endTime, expiryTime, dueAt, orgName,
                result);
    }

    /** This task in a terminal status; the error's fields are null unless it failed. */
    public TaskRow ended(String status, Integer progress, Integer errorMajor, String errorMinor, String errorMessage,
                         Instant endTime) {
        return changed(status, operation, progress, details, description, errorMajor, errorMinor, errorMessage,
                cancelRequested, endTime, null, result);
    }

    public TaskRow withDetails(String newDetails) {
        return changed(status, operation, progress, newDetails, description, errorMajor, errorMinor, errorMessage,
                cancelRequested, endTime, dueAt, result);
    }

    public TaskRow withCancelRequested() {
        return changed(status, operation, progress, details, description, errorMajor, errorMinor, errorMessage,
                true, endTime, dueAt, result);
    }
}

package io.vcdsim.store;

import io.vcdsim.core.ObjectRef;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as stored. Its owner's href is a path for native owners ("/api/org/..."), absolute for
 * external ones. Like the owner's name, the org's name is kept as it was when the task started.
 * New tasks and changed ones are made with a {@link Builder}.
 */
public record TaskRow(UUID id, UUID orgId, String orgName, UUID userId, String userName, String name,
                      String operationName, String operation, String serviceNamespace, TaskStatus status,
                      ObjectRef owner, Integer progress, String details, String description, Failure error,
                      String params, boolean cancelRequested, Instant created, Instant startTime, Instant endTime,
                      Instant expiryTime, Instant dueAt, Result result) {

    public static final String NATIVE_NAMESPACE = "com.vmware.vcloud";

    /** What a task produced: ResultContent (XML children, may be null) and a reference to an object it made. */
    public record Result(String contentXml, String href, String type, String name) {
    }

    /** Why a task failed: vCD's Error fields (a missing major code reads as 500). */
    public record Failure(Integer majorErrorCode, String minorErrorCode, String message) {
    }

    /** The owner's id, or null for a task without an owner. */
    public UUID ownerId() {
        return owner == null ? null : owner.id();
    }

    public boolean terminal() {
        return status.terminal;
    }

    public boolean isNative() {
        return NATIVE_NAMESPACE.equals(serviceNamespace);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this task's values, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().id(id).org(orgId, orgName).user(userId, userName).name(name)
                .operationName(operationName).operation(operation).serviceNamespace(serviceNamespace).status(status)
                .owner(owner).progress(progress).details(details).description(description).error(error)
                .params(params).cancelRequested(cancelRequested).created(created).startTime(startTime)
                .endTime(endTime).expiryTime(expiryTime).dueAt(dueAt).result(result);
    }

    /** This task in a terminal status at {@code at}: no longer due; the failure null unless it failed. */
    public TaskRow ended(TaskStatus terminal, Integer finalProgress, Failure failure, Instant at) {
        return toBuilder().status(terminal).progress(finalProgress).error(failure).endTime(at).dueAt(null).build();
    }

    public TaskRow withDetails(String newDetails) {
        return toBuilder().details(newDetails).build();
    }

    public TaskRow withCancelRequested() {
        return toBuilder().cancelRequested(true).build();
    }

    /** The values of a task to be; every one is null (or false) until set. */
    public static final class Builder {
        private UUID id;
        private UUID orgId;
        private String orgName;
        private UUID userId;
        private String userName;
        private String name = "task";
        private String operationName;
        private String operation;
        private String serviceNamespace = NATIVE_NAMESPACE;
        private TaskStatus status;
        private ObjectRef owner;
        private Integer progress;
        private String details = "";
        private String description;
        private Failure error;
        private String params;
        private boolean cancelRequested;
        private Instant created;
        private Instant startTime;
        private Instant endTime;
        private Instant expiryTime;
        private Instant dueAt;
        private Result result;

        private Builder() {
        }

        public Builder id(UUID v) {
            id = v;
            return this;
        }

        /** The organization the task belongs to, and its name as it is now. */
        public Builder org(UUID v, String nameNow) {
            orgId = v;
            orgName = nameNow;
            return this;
        }

        /** The user who asked for it. */
        public Builder user(UUID v, String nameNow) {
            userId = v;
            userName = nameNow;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder operationName(String v) {
            operationName = v;
            return this;
        }

        public Builder operation(String v) {
            operation = v;
            return this;
        }

        public Builder serviceNamespace(String v) {
            serviceNamespace = v;
            return this;
        }

        public Builder status(TaskStatus v) {
            status = v;
            return this;
        }

        public Builder owner(ObjectRef v) {
            owner = v;
            return this;
        }

        public Builder progress(Integer v) {
            progress = v;
            return this;
        }

        public Builder details(String v) {
            details = v;
            return this;
        }

        public Builder description(String v) {
            description = v;
            return this;
        }

        public Builder error(Failure v) {
            error = v;
            return this;
        }

        public Builder params(String v) {
            params = v;
            return this;
        }

        public Builder cancelRequested(boolean v) {
            cancelRequested = v;
            return this;
        }

        public Builder created(Instant v) {
            created = v;
            return this;
        }

        public Builder startTime(Instant v) {
            startTime = v;
            return this;
        }

        public Builder endTime(Instant v) {
            endTime = v;
            return this;
        }

        public Builder expiryTime(Instant v) {
            expiryTime = v;
            return this;
        }

        /** When a running native task's simulated work is due (null: not timed). */
        public Builder dueAt(Instant v) {
            dueAt = v;
            return this;
        }

        public Builder result(Result v) {
            result = v;
            return this;
        }

        public TaskRow build() {
            return new TaskRow(id, orgId, orgName, userId, userName, name, operationName, operation,
                    serviceNamespace, status, owner, progress, details, description, error, params, cancelRequested,
                    created, startTime, endTime, expiryTime, dueAt, result);
        }
    }
}

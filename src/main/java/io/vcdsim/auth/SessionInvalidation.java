package io.vcdsim.auth;

import java.util.UUID;

/** Told when a change ends sessions (a user disabled or deleted, an org disabled or deleted). */
public interface SessionInvalidation {
    void userChanged(UUID userId);

    void orgChanged(UUID orgId);

    SessionInvalidation NONE = new SessionInvalidation() {
        @Override
        public void userChanged(UUID userId) {
        }

        @Override
        public void orgChanged(UUID orgId) {
        }
    };
}

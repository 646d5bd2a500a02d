package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A service account: {@code userId} is the password-less user it acts as (holding its role and API token);
 * {@code status} is CREATED, REQUESTED (device authorization asked, {@code userCode}/{@code deviceCode} set),
 * GRANTED (an administrator approved the user code) or ACTIVE (its API token was handed out).
 */
public record ServiceAccountRow(UUID id, UUID orgId, UUID userId, String name, String softwareId,
                                String softwareVersion, String uri, String status, String userCode,
                                String deviceCode, Instant created) {

    public ServiceAccountRow withStatus(String newStatus, String newUserCode, String newDeviceCode) {
        return new ServiceAccountRow(id, orgId, userId, name, softwareId, softwareVersion, uri, newStatus,
                newUserCode, newDeviceCode, created);
    }

    public ServiceAccountRow withSoftware(String newSoftwareId, String newSoftwareVersion, String newUri) {
        return new ServiceAccountRow(id, orgId, userId, name, newSoftwareId, newSoftwareVersion, newUri, status,
                userCode, deviceCode, created);
    }
}

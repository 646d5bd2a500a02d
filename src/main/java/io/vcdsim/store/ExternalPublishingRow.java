package io.vcdsim.store;

import java.util.UUID;

/**
 * A catalog published to external organizations: whether its content is cached for subscribers, whether
 * downloads keep BIOS UUIDs and MAC addresses, and the password subscribers give (never shown again).
 */
public record ExternalPublishingRow(UUID catalogId, boolean cacheEnabled, boolean preserveIdentity, String password) {
}

package io.vcdsim.store;

import java.time.Instant;
import java.util.UUID;

/** One API filter of a service: a URL pattern, or a response content type. */
public record ApiFilterRow(UUID id, UUID serviceId, String urlPattern, String responseContentType, Instant created) {
}

package io.vcdsim.core;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Requests that belong to someone else: a path an extension service claims with an API filter goes
 * to that service, not to a route of ours, and its reply (or a 5xx Error) is what the client gets.
 */
public interface Forwarding {
    /** The service that claims this path, or null when it is ours. */
    Claim claim(String path);

    interface Claim {
        /** Completes with the service's reply, or exceptionally with an {@link ApiException}. */
        CompletableFuture<Response> forward(Request request);
    }

    /** The service's HTTP response as it is sent on: status, body bytes, Content-Type, other headers. */
    record Response(int status, byte[] body, String contentType, Map<String, String> headers) {
    }

    /** What the service is told about the request; headers keep the names the client sent. */
    record Request(String id, String method, String path, String query, Map<String, String> headers, byte[] body,
                   String scheme, String protocol, String localAddr, int localPort, String remoteAddr, int remotePort,
                   Principal principal) {
    }
}

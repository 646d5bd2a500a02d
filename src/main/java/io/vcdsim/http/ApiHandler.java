package io.vcdsim.http;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Forwarding;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Uploads;
import io.vcdsim.model.Entity;
import io.vcdsim.model.ErrorType;
import io.vcdsim.views.EntityLinks;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The request path of every API call: request id → route → Accept negotiation → authentication →
 * resource method → representation. Anything that goes wrong on the way leaves as a vCloud Error
 * document (JSON under /cloudapi), never as a stack trace.
 */
public final class ApiHandler extends Handler.Abstract {
    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);
    public static final String REQUEST_ID = "X-VMWARE-VCLOUD-REQUEST-ID";
    private static final String CLIENT_REQUEST_ID = "X-VMWARE-VCLOUD-CLIENT-REQUEST-ID";
    /** A refused upload chunk up to this size is read to its end, so its connection goes on serving. */
    private static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;
    private static final byte[] NO_BODY = new byte[0];
    /** Set on a request whose refused body was read to its end. */
    private static final String BODY_DRAINED = "io.vcdsim.bodyDrained";

    /** Resolves the token a client presents into who it is; null when the token is not valid. */
    public interface Authenticator {
        Principal authenticate(String token);
    }

    private final Router router;
    private final Codec codec;
    private final Authenticator authenticator;
    private final int maxBodyBytes;
    private final Forwarding forwarding;
    private final Uploads uploads;
    private final EntityLinks entityLinks;

    public ApiHandler(Router router, Codec codec, Authenticator authenticator, int maxBodyBytes,
                      Forwarding forwarding, Uploads uploads, EntityLinks entityLinks) {
        this.router = router;
        this.codec = codec;
        this.authenticator = authenticator;
        this.maxBodyBytes = maxBodyBytes;
        this.forwarding = forwarding;
        this.uploads = uploads;
        this.entityLinks = entityLinks;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String requestId = requestId(request);
        response.getHeaders().put(REQUEST_ID, requestId);
        String path = request.getHttpURI().getDecodedPath();
        Negotiation negotiation = new Negotiation(Format.XML, ApiVersion.LATEST);
        try {
            negotiation = Negotiation.of(request.getHeaders().getValuesList("Accept"));
            if (uploads.owns(path)) {
                RequestMetrics.route(request, "transfer");
            }
            if (uploads.owns(path) && request.getMethod().equals("PUT")) {
                receive(path, request, response, callback);
                return true;
            }
            if (uploads.owns(path) && !request.getMethod().equals("GET")) {
                response.getHeaders().put("Allow", "GET, PUT");
                throw new ApiException(405, "METHOD_NOT_ALLOWED", "A transfer URL takes PUT and GET.");
            }
            if (uploads.owns(path)) {
                Uploads.Download d = uploads.download(path, authenticate(request.getHeaders()::get));
                response.setStatus(200);
                response.getHeaders().put("Content-Type", d.contentType());
                response.getHeaders().put("Content-Length", d.size());
                Content.copy(Content.Source.from(d.file()), response, callback);
                return true;
            }
            Forwarding.Claim claim = forwarding.claim(path);
            if (claim != null) {
                RequestMetrics.route(request, "extension service");
                forward(claim, requestId, path, negotiation, request, response, callback);
                return true;
            }
            Router.Match match = router.match(request.getMethod(), path);
            if (match == null) {
                throw ApiException.notFound("No resource at " + path + ".");
            }
            RequestMetrics.route(request, match.template());
            if (match.endpoint() == null) {
                response.getHeaders().put("Allow", String.join(", ", match.allowed()));
                throw new ApiException(405, "METHOD_NOT_ALLOWED",
                        "Method " + request.getMethod() + " is not allowed on " + path + ".");
            }
            // a DELETE answers with no representation: go-vcloud-director logs out with an XML Accept
            if (path.startsWith("/cloudapi/") && !request.getMethod().equals("DELETE")
                    && !Negotiation.admitsJson(request.getHeaders().getValuesList("Accept"))) {
                throw new ApiException(406, "NOT_ACCEPTABLE", "The cloudapi answers in JSON only; the request's "
                        + "Accept header does not take application/json.");
            }
            Exchange x = new Exchange(request.getMethod(), path, request.getHttpURI().getQuery(),
                    match.pathParams(), headers(request), readBody(request), baseUrl(request), negotiation, codec);
            if (!match.endpoint().anonymous()) {
                x.principal(authenticate(x::header));
            }
            Reply reply = match.endpoint().handler().handle(x);
            if (reply.entity instanceof Entity entity) {
                entityLinks.addTo(entity, x.baseUrl());
            }
            send(x.format(), x.version(), reply, response, callback);
        } catch (ApiException e) {
            if (e.status() == 413 || (uploads.owns(path) && request.getMethod().equals("PUT")
                    && request.getAttribute(BODY_DRAINED) == null)) {
                // the rest of the body is not worth reading (a refused upload's chunk may be large): the
                // connection ends, so no client reuses it with unread bytes in it
                response.getHeaders().put("Connection", "close");
            }
            sendError(path, negotiation, e.status(), e.minorErrorCode(), e.getMessage(), response, callback);
        } catch (RuntimeException | LinkageError e) { // a class that failed to load is a bug, not a crash
            if (hasSqlState(e, "23505")) {
                // two requests raced to create one name: the store's unique key picked the winner
                sendError(path, negotiation, 400, "DUPLICATE_NAME", "An object with this name already exists.",
                        response, callback);
                return true;
            }
            if (hasSqlState(e, "23503", "23506")) {
                // what a request refers to went while it ran (or came, for a delete): a foreign key refused it
                sendError(path, negotiation, 400, "INVALID_REFERENCE", "Another request changed an object this "
                        + "one depends on meanwhile; try again.", response, callback);
                return true;
            }
            if (isStoreUnavailable(e)) {
                log.warn("request {} {} {}: the store is not available ({})", requestId, request.getMethod(), path,
                        e.getMessage());
                sendError(path, negotiation, 503, "SERVICE_UNAVAILABLE",
                        "The store is not available; try again later.", response, callback);
                return true;
            }
            log.error("request {} {} {} failed", requestId, request.getMethod(), path, e);
            sendError(path, negotiation, 500, "INTERNAL_SERVER_ERROR",
                    "The server could not complete the request; see the server log for request " + requestId + ".",
                    response, callback);
        }
        return true;
    }

    private static String requestId(Request request) {
        String clientId = request.getHeaders().get(CLIENT_REQUEST_ID);
        String id = UUID.randomUUID().toString();
        // vCD prefixes the client's own id (up to 128 characters) so both can find the request.
        return clientId == null || clientId.isBlank() ? id
                : clientId.substring(0, Math.min(128, clientId.length())).replaceAll("[^\\w.-]", "_") + "-" + id;
    }

    /** A chunk of a file upload: streamed to the store, answered with a bare status (clients want exactly 200). */
    private void receive(String path, Request request, Response response, Callback callback) {
        Principal principal = authenticate(request.getHeaders()::get);
        try (InputStream body = Content.Source.asInputStream(request)) {
            try {
                uploads.receive(path, request.getHeaders().get("Content-Type"),
                        request.getHeaders().get("Content-Range"), request.getLength(), body, principal);
            } catch (ApiException refused) {
                // the client is still sending: a connection closed on unread bytes is reset, and the reset can
                // destroy the answer before the client reads it; a chunk of reasonable size is read to its end
                if (request.getLength() >= 0 && request.getLength() <= MAX_DRAINED_BYTES) {
                    body.transferTo(java.io.OutputStream.nullOutputStream());
                    request.setAttribute(BODY_DRAINED, Boolean.TRUE);
                }
                throw refused;
            }
            response.setStatus(200);
            callback.succeeded();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ApiException.badRequest("The upload could not be read: " + e.getMessage());
        }
    }

    /** Hands the request to the extension service that claims it; its reply is written when it comes. */
    private void forward(Forwarding.Claim claim, String requestId, String path, Negotiation negotiation,
                         Request request, Response response, Callback callback) {
        Principal principal = authenticate(request.getHeaders()::get);
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (HttpField f : request.getHeaders()) {
            headers.merge(f.getName(), f.getValue(), (a, b) -> a + ", " + b);
        }
        HttpURI uri = request.getHttpURI();
        Forwarding.Request forwarded = new Forwarding.Request(requestId, request.getMethod(), path, uri.getQuery(),
                headers, readBody(request), uri.getScheme(), request.getConnectionMetaData().getProtocol(),
                Request.getLocalAddr(request), Request.getLocalPort(request), Request.getRemoteAddr(request),
                Request.getRemotePort(request), principal);
        Negotiation n = negotiation;
        claim.forward(forwarded).whenComplete((reply, failure) -> {
            if (failure == null) {
                Reply passedOn = Reply.bytes(reply.status(), reply.body(), reply.contentType());
                reply.headers().forEach(passedOn::header);
                send(n.format(), n.version(), passedOn, response, callback);
                return;
            }
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof ApiException e) {
                sendError(path, n, e.status(), e.minorErrorCode(), e.getMessage(), response, callback);
            } else {
                log.error("request {} {} {} failed while forwarded", requestId, request.getMethod(), path, cause);
                sendError(path, n, 500, "INTERNAL_SERVER_ERROR", "The extension service's reply could not be "
                        + "passed on; see the server log for request " + requestId + ".", response, callback);
            }
        });
    }

    private Principal authenticate(java.util.function.Function<String, String> header) {
        String token = null;
        String authorization = header.apply("authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = authorization.substring(7).trim();
        }
        if (token == null) {
            token = header.apply("x-vcloud-authorization");
        }
        if (token == null) {
            token = header.apply("x-vmware-vcloud-access-token");
        }
        if (token == null || token.isBlank()) {
            throw ApiException.unauthorized("This operation needs a session: log in first.");
        }
        Principal p = authenticator.authenticate(token.trim());
        if (p == null) {
            throw ApiException.unauthorized("The session has expired, was ended, or the token is not valid.");
        }
        return p;
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (HttpField f : request.getHeaders()) {
            headers.computeIfAbsent(f.getLowerCaseName(), k -> new ArrayList<>()).add(f.getValue());
        }
        return headers;
    }

    private static String baseUrl(Request request) {
        HttpURI uri = request.getHttpURI();
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private byte[] readBody(Request request) {
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        // HTTP/1.1: without a length or a transfer coding there is no body (every GET): nothing to read
        if (declared == 0 || declared < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return NO_BODY;
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (out.size() + n > maxBodyBytes) {
                    throw tooLarge();
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read: " + e.getMessage());
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "BAD_REQUEST", "The request body is larger than " + maxBodyBytes + " bytes.");
    }

    private void send(Format format, ApiVersion version, Reply reply, Response response, Callback callback) {
        response.setStatus(reply.status);
        reply.headers.forEach((k, v) -> response.getHeaders().put(k, v));
        if (reply.entity == null) {
            response.getHeaders().put("Content-Type", "application/*+xml;version=" + version);
            callback.succeeded();
            return;
        }
        if (reply.entity instanceof Reply.Streamer streamer) {
            response.getHeaders().put("Content-Type", reply.mediaType);
            // closing the stream writes the last chunk; only then is the exchange complete
            try (java.io.OutputStream out = Content.Sink.asOutputStream(response)) {
                streamer.write(out);
            } catch (IOException e) {
                callback.failed(e); // the client went away
                return;
            } catch (RuntimeException e) {
                // the answer has begun: no Error can follow it, the stream just ends (the store went away, say)
                log.warn("a stream ended early: {}", e.toString());
                callback.failed(e);
                return;
            }
            callback.succeeded();
            return;
        }
        if (reply.entity instanceof byte[] raw) {
            if (reply.mediaType != null) {
                response.getHeaders().put("Content-Type", reply.mediaType);
            }
            response.write(true, ByteBuffer.wrap(raw), callback);
            return;
        }
        boolean plainJson = "application/json".equals(reply.mediaType);
        Format f = plainJson ? Format.JSON : format;
        byte[] bytes = codec.write(reply.entity, f);
        String type = plainJson ? "application/json" : reply.mediaType + f.suffix;
        response.getHeaders().put("Content-Type", type + ";version=" + version);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** No connection to the store could be had: the database is down or unreachable (SQLSTATE class 08). */
    private static boolean isStoreUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the store refused a row with one of these SQLSTATEs: 23505, a unique key; 23503, a foreign key
     * (PostgreSQL's for both sides, H2's when a parent still has children), 23506 (H2's when the parent is missing).
     */
    private static boolean hasSqlState(Throwable e, String... states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && java.util.List.of(states).contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes an Error: XML under /api (or JSON when the client asked for +json), JSON under /cloudapi and /oauth,
     * the NSX-V manager's own error under vCD's /network proxy.
     */
    void sendError(String path, Negotiation negotiation, int status, String minor, String message,
                   Response response, Callback callback) {
        if (path != null && path.startsWith(NsxvErrors.PREFIX)) {
            response.setStatus(status);
            response.getHeaders().put("Content-Type", "application/xml");
            response.write(true, ByteBuffer.wrap(NsxvErrors.document(status, minor, message)), callback);
            return;
        }
        ErrorType error = new ErrorType(status, minor, message);
        boolean cloudApi = path != null && (path.startsWith("/cloudapi") || path.startsWith("/oauth/"));
        Format format = cloudApi ? Format.JSON : negotiation.format();
        response.setStatus(status);
        String type = cloudApi ? "application/json" : MediaTypes.ERROR + format.suffix;
        response.getHeaders().put("Content-Type", type + ";version=" + negotiation.version());
        response.write(true, ByteBuffer.wrap(codec.write(error, format)), callback);
    }
}

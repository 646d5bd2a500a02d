package io.vcdsim.http;

import org.eclipse.jetty.http.pathmap.MatchedResource;
import org.eclipse.jetty.http.pathmap.PathMappings;
import org.eclipse.jetty.http.pathmap.UriTemplatePathSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps (method, path template) to resource methods, using Jetty's URI-template matching.
 * A path that matches no template is 404; a path that matches with another method is 405.
 */
public final class Router {

    /** A resource method. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(Exchange x);
    }

    /** What a route needs: its handler, and whether it may be called without a session. */
    public record Endpoint(Handler handler, boolean anonymous) {
    }

    /** The outcome of a lookup: the endpoint, or the methods the path allows (for 405); the template matched. */
    public record Match(Endpoint endpoint, Map<String, String> pathParams, java.util.Set<String> allowed,
                        String template) {
    }

    private final PathMappings<Map<String, Endpoint>> mappings = new PathMappings<>();

    public Router get(String template, Handler h) {
        return add("GET", template, h, false);
    }

    public Router post(String template, Handler h) {
        return add("POST", template, h, false);
    }

    public Router put(String template, Handler h) {
        return add("PUT", template, h, false);
    }

    public Router delete(String template, Handler h) {
        return add("DELETE", template, h, false);
    }

    /** A route that needs no session (version discovery, login). */
    public Router anonymous(String method, String template, Handler h) {
        return add(method, template, h, true);
    }

    private Router add(String method, String template, Handler h, boolean anonymous) {
        UriTemplatePathSpec spec = new UriTemplatePathSpec(template);
        Map<String, Endpoint> byMethod = mappings.get(spec);
        if (byMethod == null) {
            byMethod = new LinkedHashMap<>();
            mappings.put(spec, byMethod);
        }
        if (byMethod.put(method, new Endpoint(h, anonymous)) != null) {
            throw new IllegalStateException("two routes for " + method + " " + template);
        }
        return this;
    }

    /** Null when no template matches the path. */
    public Match match(String method, String path) {
        MatchedResource<Map<String, Endpoint>> matched = mappings.getMatched(path);
        if (matched == null && path.length() > 1 && path.endsWith("/")) {
            // vCD answers /api/org/ like /api/org, and its docs write /blockingTasks/ with the slash
            path = path.substring(0, path.length() - 1);
            matched = mappings.getMatched(path);
        }
        if (matched == null) {
            return null;
        }
        Map<String, String> params = matched.getPathSpec() instanceof UriTemplatePathSpec t
                ? t.getPathParams(path) : Map.of();
        Endpoint e = matched.getResource().get(method);
        return new Match(e, params == null ? Map.of() : params, matched.getResource().keySet(),
                matched.getPathSpec().getDeclaration());
    }
}

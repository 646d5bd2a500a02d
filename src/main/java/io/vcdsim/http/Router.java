package io.vcdsim.http;

import org.eclipse.jetty.http.pathmap.MatchedResource;
import org.eclipse.jetty.http.pathmap.PathMappings;
import org.eclipse.jetty.http.pathmap.UriTemplatePathSpec;

import java.util.HashMap;
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

    /** Segments of a template's literal start that group it: enough to tell the API's areas apart. */
    private static final int PREFIX_SEGMENTS = 3;

    /**
     * The templates grouped by the literal start of their path (e.g. {@code /api/task} for
     * {@code /api/task/{id}}): each template is a regular expression, and a path is tried only against
     * those that start as it does, not against the hundreds of them (a fifth of a GET task's time).
     */
    private final Map<String, PathMappings<Map<String, Endpoint>>> byPrefix = new HashMap<>();

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
        PathMappings<Map<String, Endpoint>> mappings = byPrefix.computeIfAbsent(literalPrefix(template),
                k -> new PathMappings<>());
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
        MatchedResource<Map<String, Endpoint>> matched = lookUp(path);
        if (matched == null && path.length() > 1 && path.endsWith("/")) {
            // vCD answers /api/org/ like /api/org, and its docs write /blockingTasks/ with the slash
            path = path.substring(0, path.length() - 1);
            matched = lookUp(path);
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

    /**
     * The best template for the path among those sharing its longest literal start, then shorter ones: a
     * template whose start is literal where another's has a variable is the more specific of the two.
     */
    private MatchedResource<Map<String, Endpoint>> lookUp(String path) {
        String[] segments = path.split("/", PREFIX_SEGMENTS + 2);
        for (int n = Math.min(PREFIX_SEGMENTS, segments.length - 1); n >= 0; n--) {
            PathMappings<Map<String, Endpoint>> mappings = byPrefix.get(join(segments, n));
            MatchedResource<Map<String, Endpoint>> matched = mappings == null ? null : mappings.getMatched(path);
            if (matched != null) {
                return matched;
            }
        }
        return null;
    }

    /** The template's first segments up to the first with a variable, at most {@link #PREFIX_SEGMENTS}. */
    static String literalPrefix(String template) {
        String[] segments = template.split("/", PREFIX_SEGMENTS + 2);
        int n = 0;
        while (n < Math.min(PREFIX_SEGMENTS, segments.length - 1) && !segments[n + 1].contains("{")) {
            n++;
        }
        return join(segments, n);
    }

    /** "/" + the first {@code n} segments after the leading empty one, joined by "/" ("" for none). */
    private static String join(String[] segments, int n) {
        StringBuilder key = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            key.append('/').append(segments[i]);
        }
        return key.toString();
    }
}

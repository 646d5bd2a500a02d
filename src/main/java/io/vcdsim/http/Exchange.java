package io.vcdsim.http;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Urls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as a resource method sees it: path and query parameters, negotiated format and API
 * version, the authenticated principal, the body, and the base URL to build absolute hrefs from.
 */
public final class Exchange {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final String baseUrl;
    private final Negotiation negotiation;
    private final Codec codec;
    private Principal principal;
    private Map<String, String> query;

    public Exchange(String method, String path, String rawQuery, Map<String, String> pathParams,
                    Map<String, List<String>> headers, byte[] body, String baseUrl, Negotiation negotiation, Codec codec) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.pathParams = pathParams;
        this.headers = headers;
        this.body = body;
        this.baseUrl = baseUrl;
        this.negotiation = negotiation;
        this.codec = codec;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** Query parameters, decoded once; the last value wins. */
    public Map<String, String> query() {
        if (query == null) {
            Map<String, String> q = new LinkedHashMap<>();
            if (rawQuery != null && !rawQuery.isEmpty()) {
                // cloudapi clients (go-vcloud-director's url.Values) form-encode: '+' is a space there
                java.util.function.UnaryOperator<String> decode = path.startsWith("/cloudapi/") ? Urls::decodeForm
                        : Urls::decode;
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    String k = eq < 0 ? pair : pair.substring(0, eq);
                    String v = eq < 0 ? "" : pair.substring(eq + 1);
                    q.put(decode.apply(k), decode.apply(v));
                }
            }
            query = Collections.unmodifiableMap(q);
        }
        return query;
    }

    public String queryParam(String name) {
        return query().get(name);
    }

    /** A boolean query flag such as {@code force=True}: clients capitalise, so compare ignoring case. */
    public boolean flag(String name) {
        String v = query().get(name);
        return v != null && v.equalsIgnoreCase("true");
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> headers(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? new ArrayList<>() : values;
    }

    public byte[] body() {
        return body;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** An absolute href on this server, e.g. {@code href("/api/org/" + id)}. */
    public String href(String path) {
        return baseUrl + path;
    }

    public Format format() {
        return negotiation.format();
    }

    public ApiVersion version() {
        return negotiation.version();
    }

    public Principal principal() {
        return principal;
    }

    void principal(Principal p) {
        this.principal = p;
    }

    /**
     * The request body as a representation. The Content-Type must be one of {@code mediaTypes}
     * (+xml or +json, parameters ignored, case-insensitive); otherwise 415. A body without any
     * Content-Type is read as XML: pyvcloud sends some PUTs that way (extension services) and vCD
     * takes them; so are {@code application/*+xml} and {@code application/*+json}, which
     * go-vcloud-director sends with JSON requests to {@code /api} (a provider VDC's creation).
     */
    public <T> T read(Class<T> type, String rootName, String... mediaTypes) {
        String contentType = header("content-type");
        Format format = contentType == null ? Format.XML : null;
        if (contentType != null) {
            String ct = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            for (String accepted : mediaTypes) {
                String a = accepted.toLowerCase(Locale.ROOT);
                if (ct.equals(a + "+xml") || ct.equals("application/xml") || ct.equals("text/xml")
                        || ct.equals("application/*+xml")) {
                    format = Format.XML;
                } else if (ct.equals(a + "+json") || ct.equals("application/json") || ct.equals("application/*+json")) {
                    format = Format.JSON;
                }
            }
        }
        if (format == null) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type: "
                    + contentType + ". Expected "
                    + String.join(" or ", mediaTypes) + " (+xml or +json).");
        }
        T read = codec.read(body, format, type, rootName);
        if (read == null) { // a JSON body of null
            throw ApiException.badRequest("The request body is no " + rootName + ".");
        }
        return read;
    }
}

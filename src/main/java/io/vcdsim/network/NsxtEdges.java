package io.vcdsim.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeGatewayRow;

import java.util.UUID;

/**
 * What the NSX-T edge services share: the NSX-T edge a request names (its org's network viewers read its services,
 * its org's administrators change them, as vCD's Organization vDC Gateway rights go; an NSX-V edge has none of these
 * services here), and the JSON their rows keep.
 */
public final class NsxtEdges {
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 1024;

    private final Database db;
    private final EdgeGatewayService edges;

    public NsxtEdges(Database db, EdgeGatewayService edges) {
        this.db = db;
        this.edges = edges;
    }

    /** The NSX-T edge if the caller holds {@code right} in its org (403 otherwise); an NSX-V edge is a 400. */
    public EdgeGatewayRow edge(Principal p, UUID id, Right right) {
        EdgeGatewayRow e = edges.edge(p, id, right);
        if (db.read(tx -> tx.edges().edgeCluster(e.id())).isEmpty()) {
            throw ApiException.badRequest("Edge gateway " + e.name() + " is not an NSX-T edge gateway: it has no "
                    + "NSX-T firewall groups, firewall or NAT rules.");
        }
        return e;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored NSX-T service body is not " + type.getSimpleName(), e);
        }
    }

    static String name(String name, String what) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest(what + " needs a name.");
        }
        if (name.length() > MAX_NAME) {
            throw ApiException.badRequest(what + "'s name is at most " + MAX_NAME + " characters.");
        }
        return name;
    }

    static String description(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw ApiException.badRequest("A description is at most " + MAX_DESCRIPTION + " characters.");
        }
        return description == null ? "" : description;
    }

    /** One of {@code allowed} (an absent value is {@code otherwise}, or a 400 when that is null). */
    static String oneOf(String value, java.util.List<String> allowed, String otherwise, String field) {
        if (value == null || value.isEmpty()) {
            if (otherwise == null) {
                throw ApiException.badRequest(field + " is one of " + String.join(", ", allowed) + ".");
            }
            return otherwise;
        }
        if (!allowed.contains(value)) {
            throw ApiException.badRequest(field + " is one of " + String.join(", ", allowed) + ", not '"
                    + Lengths.shown(value) + "'.");
        }
        return value;
    }
}

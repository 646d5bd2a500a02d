package io.vcdsim.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.http.Exchange;
import io.vcdsim.http.Reply;
import io.vcdsim.http.Router;
import io.vcdsim.network.EdgeConfig;
import io.vcdsim.network.EdgeSection;
import io.vcdsim.network.EdgeSections;

import java.io.IOException;
import java.util.UUID;

import static io.vcdsim.api.CloudApi.V1;

/**
 * The routes of an NSX-T edge gateway's configuration sections ({@link EdgeSections}) under
 * {@code edgeGateways/{id}/}: a document's GET, PUT (and DELETE where vCD has one); a collection's list, POST and its
 * items' GET, PUT and DELETE; an item's own documents. Every change answers 202 with its task in {@code Location}.
 */
public final class CloudApiEdgeConfigResource implements Routes {
    /** Far above what any of these documents needs; more is refused before it is parsed. */
    static final int MAX_BODY = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDGE = V1 + "/edgeGateways/{id}/";
    private final EdgeConfig config;

    public CloudApiEdgeConfigResource(EdgeConfig config) {
        this.config = config;
    }

    @Override
    public void register(Router r) {
        for (EdgeSection s : EdgeSections.ALL) {
            switch (s.shape()) {
                case DOCUMENT -> {
                    String path = EDGE + s.path();
                    r.get(path, x -> Reply.json(200, config.get(x.principal(), edgeId(x), s, null)));
                    r.put(path, x -> CloudApi.accepted(x, config.put(x.principal(), edgeId(x), s, null, body(x, s),
                            TaskResource.caller(x.principal()))));
                    if (s.deletable()) {
                        r.delete(path, x -> CloudApi.accepted(x, config.delete(x.principal(), edgeId(x), s, null,
                                TaskResource.caller(x.principal()))));
                    }
                }
                case COLLECTION -> {
                    String path = EDGE + s.path();
                    String model = "Edge" + Character.toUpperCase(s.name().charAt(0)) + s.name().substring(1);
                    r.get(path, x -> CloudApi.listPage(x, config.list(x.principal(), edgeId(x), s), model));
                    r.post(path, x -> CloudApi.accepted(x, config.create(x.principal(), edgeId(x), s, body(x, s),
                            TaskResource.caller(x.principal()))));
                    r.get(path + "/{item}", x -> Reply.json(200, config.get(x.principal(), edgeId(x), s,
                            itemId(x, s))));
                    r.put(path + "/{item}", x -> CloudApi.accepted(x, config.put(x.principal(), edgeId(x), s,
                            itemId(x, s), body(x, s), TaskResource.caller(x.principal()))));
                    r.delete(path + "/{item}", x -> CloudApi.accepted(x, config.delete(x.principal(), edgeId(x), s,
                            itemId(x, s), TaskResource.caller(x.principal()))));
                }
                case ITEM_DOCUMENT, ITEM_VIEW -> {
                    EdgeSection parent = EdgeSections.named(s.parent());
                    String path = EDGE + parent.path() + "/{item}/" + s.path();
                    r.get(path, x -> Reply.json(200, config.get(x.principal(), edgeId(x), s, itemId(x, parent))));
                    if (s.shape() == EdgeSection.Shape.ITEM_DOCUMENT) {
                        r.put(path, x -> CloudApi.accepted(x, config.put(x.principal(), edgeId(x), s,
                                itemId(x, parent), body(x, s), TaskResource.caller(x.principal()))));
                    }
                }
                default -> throw new IllegalStateException(s.shape().toString());
            }
        }
    }

    /** The request's JSON object, bounded in size; anything else is a 400. */
    private static ObjectNode body(Exchange x, EdgeSection s) {
        byte[] bytes = x.body();
        if (bytes == null || bytes.length == 0) {
            throw ApiException.badRequest("The request needs a " + s.what() + " as a JSON object.");
        }
        if (bytes.length > MAX_BODY) {
            throw ApiException.badRequest("A " + s.what() + " is at most " + MAX_BODY + " bytes of JSON.");
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            throw ApiException.badRequest("The request body is not JSON.");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("The request body must be a " + s.what() + " as a JSON object.");
        }
        return (ObjectNode) node;
    }

    private static UUID edgeId(Exchange x) {
        return CloudApi.id(x, "id", Kind.EDGE_GATEWAY);
    }

    private static UUID itemId(Exchange x, EdgeSection s) {
        String text = x.pathParam("item");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.forbidden("No " + s.what() + " with id " + text + " is accessible.");
        }
    }
}

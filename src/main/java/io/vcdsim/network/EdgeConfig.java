package io.vcdsim.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.EdgeConfigStore;
import io.vcdsim.store.EdgeGatewayRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An NSX-T edge gateway's configuration sections ({@link EdgeSections}): documents and collections of documents the
 * simulator keeps as sent, with the defaults and ids vCD adds. Reading needs the edge's org's network view right,
 * changing it the org's edit right (as the edge's other services); every change is a task owned by the edge whose
 * work checks the change again, so a failed task leaves the configuration as it was. A new item's id is the creating
 * task's {@code Details}, where go-vcloud-director looks for it.
 */
public final class EdgeConfig {
    static final String CREATE = "Create";
    static final String UPDATE = "Update";
    static final String DELETE = "Delete";

    private final Database db;
    private final TaskEngine engine;
    private final NsxtEdges edges;

    /** A change as its task carries it: the section, the item (the nil UUID for a document) and the new body. */
    record Change(String section, UUID edgeId, UUID itemId, String body) {
    }

    public EdgeConfig(Database db, TaskEngine engine, NsxtEdges edges) {
        this.db = db;
        this.engine = engine;
        this.edges = edges;
        for (EdgeSection s : EdgeSections.ALL) {
            if (s.operation() == null) {
                continue;
            }
            if (s.isCollection()) {
                engine.register(s.operation() + CREATE, Change.class, (tx, task, c) -> store(tx, c, true));
            }
            engine.register(s.operation() + UPDATE, Change.class, (tx, task, c) -> store(tx, c, false));
            if (s.deletable()) {
                engine.register(s.operation() + DELETE, Change.class, (tx, task, c) -> {
                    EdgeGatewayService.locked(tx, c.edgeId());
                    remove(tx, EdgeSections.named(c.section()), c.edgeId(), c.itemId());
                });
            }
        }
    }

    private void store(Tx tx, Change c, boolean creating) {
        EdgeSection s = EdgeSections.named(c.section());
        EdgeGatewayService.locked(tx, c.edgeId());
        ObjectNode body = prepared(tx, s, c.edgeId(), c.itemId(), parse(c.body()), creating);
        rows(tx).put(c.edgeId(), s.name(), c.itemId(), NsxtEdges.write(body));
        if (s.effect() != null) {
            s.effect().after(body, c.itemId(), documents(tx, c.edgeId()));
        }
    }

    private static EdgeSection.Documents documents(Tx tx, UUID edgeId) {
        return new EdgeSection.Documents() {
            @Override
            public Optional<ObjectNode> find(String section, UUID itemId) {
                return rows(tx).find(edgeId, section, itemId).map(d -> parse(d.body()));
            }

            @Override
            public void put(String section, UUID itemId, ObjectNode body) {
                rows(tx).put(edgeId, section, itemId, NsxtEdges.write(body));
            }

            @Override
            public void delete(String section, UUID itemId) {
                rows(tx).delete(edgeId, section, itemId);
            }
        };
    }

    /** The document (a section's defaults until set), an item of a collection, or what is read of an item. */
    public ObjectNode get(Principal p, UUID edgeId, EdgeSection s, UUID itemId) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.NETWORK_VIEW);
        return db.read(tx -> {
            if (s.shape() == EdgeSection.Shape.ITEM_VIEW) {
                return s.view().apply(item(tx, parent(s), e.id(), itemId));
            }
            if (s.isCollection()) {
                return item(tx, s, e.id(), itemId);
            }
            return current(tx, s, e.id(), key(tx, s, e.id(), itemId));
        });
    }

    /** A collection's items, oldest first. */
    public List<ObjectNode> list(Principal p, UUID edgeId, EdgeSection s) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.NETWORK_VIEW);
        return db.read(tx -> items(tx, s, e.id()));
    }

    /** A new item of a collection: its id is chosen now and named by the task's details. */
    public TaskRow create(Principal p, UUID edgeId, EdgeSection s, ObjectNode sent, TaskEngine.Caller by) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        UUID id = UUID.randomUUID();
        return db.tx(tx -> {
            ObjectNode body = prepared(tx, s, e.id(), id, sent, true);
            TaskRow task = engine.start(tx, spec(s, CREATE, e, "Creating " + s.what() + " " + label(body, id), by,
                    new Change(s.name(), e.id(), id, NsxtEdges.write(body))));
            TaskRow named = task.withDetails(id.toString());
            tx.tasks().update(named);
            return named;
        });
    }

    /** A document replaced, or an item of a collection (or an item's document) replaced. */
    public TaskRow put(Principal p, UUID edgeId, EdgeSection s, UUID itemId, ObjectNode sent, TaskEngine.Caller by) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        if (s.shape() == EdgeSection.Shape.ITEM_VIEW) {
            throw ApiException.badRequest("The " + s.what() + " cannot be changed.");
        }
        return db.tx(tx -> {
            UUID key = key(tx, s, e.id(), itemId);
            ObjectNode body = prepared(tx, s, e.id(), key, sent, false);
            return engine.start(tx, spec(s, UPDATE, e, "Updating " + s.what() + " " + label(body, key), by,
                    new Change(s.name(), e.id(), key, NsxtEdges.write(body))));
        });
    }

    /** An item of a collection deleted (with its own documents), or a document put back to its defaults. */
    public TaskRow delete(Principal p, UUID edgeId, EdgeSection s, UUID itemId, TaskEngine.Caller by) {
        EdgeGatewayRow e = edges.edge(p, edgeId, Right.ORG_EDIT);
        if (!s.deletable()) {
            throw ApiException.badRequest("The " + s.what() + " is not deleted; set it instead.");
        }
        return db.tx(tx -> {
            UUID key = key(tx, s, e.id(), itemId);
            ObjectNode old = s.isCollection() ? item(tx, s, e.id(), key) : current(tx, s, e.id(), key);
            return engine.start(tx, spec(s, DELETE, e, "Deleting " + s.what() + " " + label(old, key), by,
                    new Change(s.name(), e.id(), key, null)));
        });
    }

    private TaskEngine.Spec spec(EdgeSection s, String verb, EdgeGatewayRow e, String what, TaskEngine.Caller by,
                                 Change c) {
        return new TaskEngine.Spec(s.operation() + verb, what.trim() + " of edge gateway " + e.name(), by,
                EdgeGatewayService.owner(e), false, c);
    }

    /**
     * The document to store: the request over the section's defaults, with the item's id and the next version, once
     * the section's check has passed against what it replaces and the collection's other items.
     */
    private static ObjectNode prepared(Tx tx, EdgeSection s, UUID edgeId, UUID key, ObjectNode sent,
                                       boolean creating) {
        ObjectNode old = creating ? null : s.isCollection() ? item(tx, s, edgeId, key) : current(tx, s, edgeId, key);
        if (s.isCollection()) {
            String id = EdgeJsonFields.text(sent, "id", false);
            if (!creating && id != null && !id.isBlank() && !key.toString().equals(id.trim())) {
                throw ApiException.badRequest("The body's id " + Lengths.shown(id) + " is not the id in "
                        + "the URL.");
            }
        }
        ObjectNode body = merged(s.defaults().deepCopy(), sent);
        body.remove("version");
        if (s.isCollection()) {
            body.put("id", key.toString());
        }
        List<ObjectNode> others = new ArrayList<>();
        if (s.isCollection()) {
            for (ObjectNode o : items(tx, s, edgeId)) {
                if (!key.toString().equals(o.path("id").asText())) {
                    others.add(o);
                }
            }
        }
        s.check().check(body, old, others);
        if (s.version()) {
            int version = old == null ? 0 : old.path("version").path("version").asInt(0) + 1;
            body.putObject("version").put("version", version);
        }
        return body;
    }

    /** {@code over}'s fields over {@code base}'s: objects field by field, anything else (lists too) replaced. */
    static ObjectNode merged(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode mine = base.get(f.getKey());
            if (mine != null && mine.isObject() && f.getValue().isObject()) {
                merged((ObjectNode) mine, (ObjectNode) f.getValue());
            } else {
                base.set(f.getKey(), f.getValue().deepCopy());
            }
        }
        return base;
    }

    /** The row's item id: the nil UUID for a document; the (existing) parent item for an item's document. */
    private static UUID key(Tx tx, EdgeSection s, UUID edgeId, UUID itemId) {
        if (s.shape() == EdgeSection.Shape.DOCUMENT) {
            return EdgeConfigStore.SINGLE;
        }
        if (s.ofItem()) {
            item(tx, parent(s), edgeId, itemId);
        } else {
            item(tx, s, edgeId, itemId);
        }
        return itemId;
    }

    private static ObjectNode current(Tx tx, EdgeSection s, UUID edgeId, UUID key) {
        return rows(tx).find(edgeId, s.name(), key).map(d -> parse(d.body())).orElseGet(() -> {
            ObjectNode defaults = s.defaults().deepCopy();
            if (s.version()) {
                defaults.putObject("version").put("version", 0);
            }
            return defaults;
        });
    }

    private static ObjectNode item(Tx tx, EdgeSection s, UUID edgeId, UUID itemId) {
        return rows(tx).find(edgeId, s.name(), itemId).map(d -> parse(d.body()))
                .orElseThrow(() -> ApiException.forbidden("No " + s.what() + " with id " + itemId + " is accessible."));
    }

    private static List<ObjectNode> items(Tx tx, EdgeSection s, UUID edgeId) {
        return rows(tx).list(edgeId, s.name()).stream().map(d -> parse(d.body())).toList();
    }

    private static void remove(Tx tx, EdgeSection s, UUID edgeId, UUID key) {
        rows(tx).delete(edgeId, s.name(), key);
        if (s.isCollection()) {
            for (EdgeSection child : EdgeSections.ALL) {
                if (s.name().equals(child.parent())) {
                    rows(tx).delete(edgeId, child.name(), key);
                }
            }
        }
    }

    private static EdgeSection parent(EdgeSection s) {
        return EdgeSections.named(s.parent());
    }

    private static String label(ObjectNode body, UUID key) {
        String name = body.path("name").asText("");
        return !name.isEmpty() ? name : EdgeConfigStore.SINGLE.equals(key) ? "" : key.toString();
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) NsxtEdges.JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("A stored edge configuration is not a JSON object", e);
        }
    }

    private static EdgeConfigStore rows(Tx tx) {
        return tx.store(EdgeConfigStore::new);
    }
}

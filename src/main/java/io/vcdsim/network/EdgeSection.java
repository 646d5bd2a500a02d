package io.vcdsim.network;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * One configuration section of an NSX-T edge gateway on the cloudapi, declared once: where it lives under
 * {@code edgeGateways/{id}/}, its shape, the document vCD shows before anything was set (an absent field of a request
 * takes its default, as vCD fills them), the check a request must pass and the operation names of its tasks
 * ({@code operation} + Create, Update or Delete).
 *
 * @param parent  for an {@link Shape#ITEM_DOCUMENT} or {@link Shape#ITEM_VIEW}: the collection section whose items it
 *                belongs to; {@code path} is then relative to one item
 * @param version whether the document carries vCD's {@code version: {version: n}}, counted up on every change
 * @param view    for an {@link Shape#ITEM_VIEW}: the document read from the item
 * @param effect  what storing a document changes in the edge's other sections (null: nothing)
 */
public record EdgeSection(String name, String path, Shape shape, String what, ObjectNode defaults, boolean version,
                          boolean deletable, Check check, String operation, String parent,
                          UnaryOperator<ObjectNode> view, Effect effect) {

    public enum Shape {
        /** One document per edge: GET (the defaults until set), PUT, DELETE back to the defaults. */
        DOCUMENT,
        /** Items with ids: list, POST, GET, PUT and DELETE of one. */
        COLLECTION,
        /** One document per item of the parent collection (GET, PUT), gone with the item. */
        ITEM_DOCUMENT,
        /** A read-only document computed from an item of the parent collection. */
        ITEM_VIEW
    }

    /**
     * What a request's document must satisfy. {@code body} is the request merged over the defaults (a check may
     * complete it with what the server assigns), {@code old} what it replaces (null for a new item) and
     * {@code others} the collection's other items. Refusals are 400 ApiExceptions.
     */
    @FunctionalInterface
    public interface Check {
        void check(ObjectNode body, ObjectNode old, List<ObjectNode> others);
    }

    /** vCD ties some sections together: storing {@code stored} (of item {@code itemId}) changes another. */
    @FunctionalInterface
    public interface Effect {
        void after(ObjectNode stored, UUID itemId, Documents documents);
    }

    /** The stored documents of the same edge, by section name and item id. */
    public interface Documents {
        Optional<ObjectNode> find(String section, UUID itemId);

        void put(String section, UUID itemId, ObjectNode body);

        void delete(String section, UUID itemId);
    }

    public EdgeSection withEffect(Effect then) {
        return new EdgeSection(name, path, shape, what, defaults, version, deletable, check, operation, parent, view,
                then);
    }

    public boolean isCollection() {
        return shape == Shape.COLLECTION;
    }

    public boolean ofItem() {
        return shape == Shape.ITEM_DOCUMENT || shape == Shape.ITEM_VIEW;
    }
}

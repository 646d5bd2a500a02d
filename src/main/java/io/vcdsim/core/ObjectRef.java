package io.vcdsim.core;

import java.util.UUID;

/**
 * An object a task works on or an event is about, as stored with them: its kind (null for an
 * extension's own objects), id, href (a path {@code /api/...} for vcdsim's objects, absolute for an
 * extension's), media type and name as they were when the task started.
 */
public record ObjectRef(Kind kind, UUID id, String href, String type, String name) {

    /** An object of ours, at the view its kind is referred to by (the user view, unless it declares otherwise). */
    public static ObjectRef of(Kind kind, UUID id, String name) {
        return kind.referencedAtAdmin() ? admin(kind, id, name)
                : new ObjectRef(kind, id, kind.path(id), MediaTypes.xml(kind.mediaType()), name);
    }

    /** An object of ours, at its admin view. */
    public static ObjectRef admin(Kind kind, UUID id, String name) {
        return new ObjectRef(kind, id, kind.adminPath(id), MediaTypes.xml(kind.adminMediaType()), name);
    }

    /** A reference that came from outside (an extension service's task or event): its kind if it is one of ours. */
    public static ObjectRef external(String href, String type, String name) {
        return new ObjectRef(Kinds.ofMediaType(type).orElse(null), Ids.fromAny(href), href, type, name);
    }
}

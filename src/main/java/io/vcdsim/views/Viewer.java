package io.vcdsim.views;

import io.vcdsim.core.ApiVersion;
import io.vcdsim.core.Kind;
import io.vcdsim.core.MediaTypes;
import io.vcdsim.core.Principal;
import io.vcdsim.model.Entity;
import io.vcdsim.model.Reference;
import io.vcdsim.model.Resource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Who a representation is made for: the base URL its hrefs start with, the caller (links depend on
 * their rights) and the API version asked for. The API and any other front end make views through it.
 */
public record Viewer(String baseUrl, Principal principal, ApiVersion version) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    /** An absolute href on this server, e.g. {@code href("/api/org/" + id)}. */
    public String href(String path) {
        return baseUrl + path;
    }

    /** The absolute href of an object's user view (or its only view). */
    public String href(Kind kind, UUID id) {
        return href(kind.path(id));
    }

    /** The absolute href of an object's admin view (or its only view). */
    public String adminHref(Kind kind, UUID id) {
        return href(kind.adminPath(id));
    }

    /** An href as stored: a path (/api/...) for vcdsim's own objects, absolute for an extension's. */
    public String stored(String href) {
        return href.startsWith("/") ? href(href) : href;
    }

    /** A reference to an object's user view (or its only view): href, URN, media type and name. */
    public Reference ref(Kind kind, UUID id, String name) {
        return new Reference(href(kind, id), kind.urn(id), MediaTypes.xml(kind.mediaType()), name);
    }

    /** A reference to an object's admin view. */
    public Reference adminRef(Kind kind, UUID id, String name) {
        return new Reference(adminHref(kind, id), kind.urn(id), MediaTypes.xml(kind.adminMediaType()), name);
    }

    /** Gives an object's representation its identity: the href and media type of its user view, name, URN. */
    public <E extends Entity> E entity(E view, Kind kind, UUID id, String name) {
        view.href = href(kind, id);
        view.type = MediaTypes.xml(kind.mediaType());
        view.name = name;
        view.id = kind.urn(id);
        return view;
    }

    /** Links {@code r} to another object's user view. */
    public void link(Resource r, String rel, Kind kind, UUID id) {
        r.link(rel, href(kind, id), MediaTypes.xml(kind.mediaType()));
    }

    /** Links {@code r} to another object's admin view. */
    public void adminLink(Resource r, String rel, Kind kind, UUID id) {
        r.link(rel, adminHref(kind, id), MediaTypes.xml(kind.adminMediaType()));
    }

    /** The links an object's representation carries to its metadata: to read it, and to add entries. */
    public static void metadataLink(Resource r) {
        r.link("down", r.href + "/metadata", MediaTypes.xml(MediaTypes.METADATA));
        r.link("add", r.href + "/metadata", MediaTypes.xml(MediaTypes.METADATA));
    }

    /** A time as vCD writes it: UTC with milliseconds and offset. */
    public static String time(Instant t) {
        return t == null ? null : TIME.format(t.atOffset(ZoneOffset.UTC));
    }
}

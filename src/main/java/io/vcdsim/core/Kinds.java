package io.vcdsim.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@link Kind} that what arrives from outside names: a stored kind name, a media type, a URN's type. The
 * kinds are {@link Kind}'s constants; reading its registry here makes the JVM run their declarations first, so a
 * lookup never sees a half-filled list.
 */
public final class Kinds {
    private Kinds() {
    }

    /** Every kind, in declaration order. */
    public static List<Kind> all() {
        return List.copyOf(Kind.BY_NAME.values());
    }

    /** The kind stored under this name, if any. */
    public static Optional<Kind> named(String name) {
        return Optional.ofNullable(name == null ? null : Kind.BY_NAME.get(name));
    }

    /**
     * The kind whose representation has this media type (with or without +xml / +json), for references
     * that arrive from outside, such as an extension service task's Owner. VMs are vApp VMs.
     */
    public static Optional<Kind> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = mediaType.replaceFirst("\\+(xml|json)$", "");
        for (Kind k : Kind.BY_NAME.values()) {
            if (base.equals(k.mediaType()) || base.equals(k.adminMediaType())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kinds whose URNs have this type: one, except for VMs (of vApps and of templates). */
    public static List<Kind> ofUrnType(String urnType) {
        List<Kind> found = new ArrayList<>();
        for (Kind k : Kind.BY_NAME.values()) {
            if (k.urnType.equals(urnType)) {
                found.add(k);
            }
        }
        return Collections.unmodifiableList(found);
    }
}

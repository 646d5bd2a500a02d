package io.vcdsim.core;

import java.util.UUID;

/** Extracts the UUID from an href ({@code .../api/org/<uuid>}), a URN ({@code urn:vcloud:org:<uuid>}) or a bare id. */
public final class Ids {
    private Ids() {
    }

    public static UUID fromAny(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        int cut = Math.max(v.lastIndexOf('/'), v.lastIndexOf(':'));
        String tail = v.substring(cut + 1);
        // vApp and VM hrefs carry a prefix: vapp-<uuid>, vm-<uuid>
        int dash = tail.indexOf('-');
        if (tail.length() > 36 && dash > 0 && dash < tail.length() - 36) {
            tail = tail.substring(tail.length() - 36);
        }
        try {
            return tail.length() == 36 ? UUID.fromString(tail) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

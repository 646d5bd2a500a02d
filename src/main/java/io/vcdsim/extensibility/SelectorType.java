package io.vcdsim.extensibility;

import io.vcdsim.core.ApiException;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.Tx;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The contexts of a workflow an object extension can be selected on, each with the URN an object extension's
 * Selectors name and the path segment of its selector extensions ({@code /api/admin/{segment}/extension} for any
 * selector of the type, {@code /api/admin/{segment}/{id}/extension} for one), as the API reference maps them.
 */
public enum SelectorType {
    PROVIDER_VDC("urn:selector:providerVdc", "providervdcs"),
    ORGANIZATION_VDC("urn:selector:organizationVdc", "vdcs"),
    ORGANIZATION("urn:selector:organization", "orgs");

    public final String urn;
    public final String segment;

    SelectorType(String urn, String segment) {
        this.urn = urn;
        this.segment = segment;
    }

    /** The name stored with a selector extension. */
    public String storedName() {
        return urn.substring("urn:selector:".length());
    }

    public static Optional<SelectorType> ofUrn(String urn) {
        return Arrays.stream(values()).filter(t -> t.urn.equals(urn)).findFirst();
    }

    public static Optional<SelectorType> ofSegment(String segment) {
        return Arrays.stream(values()).filter(t -> t.segment.equals(segment)).findFirst();
    }

    public static SelectorType ofStored(String name) {
        return ofUrn("urn:selector:" + name).orElseThrow();
    }

    /** The selector's URN: {@code urn:selector:providerVdc} for any, {@code urn:selector:providerVdc:<id>} for one. */
    public String selector(UUID id) {
        return id == null ? urn : urn + ":" + id;
    }

    /** Whether an object of this type has that id (a 403 for the caller otherwise, as for any unknown id). */
    void requireExists(Tx tx, UUID id) {
        boolean exists = switch (this) {
            case PROVIDER_VDC -> tx.store(InventoryStore::new).providerVdc(id).isPresent();
            case ORGANIZATION_VDC -> tx.resources().vdc(id).isPresent();
            case ORGANIZATION -> tx.orgs().find(id).isPresent();
        };
        if (!exists) {
            throw ApiException.forbidden("No " + storedName() + " with id " + id + " is accessible.");
        }
    }
}

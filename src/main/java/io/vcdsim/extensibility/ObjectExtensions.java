package io.vcdsim.extensibility;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.store.Database;
import io.vcdsim.store.ObjectExtensionStore;
import io.vcdsim.store.ObjectExtensionStore.Extension;
import io.vcdsim.store.ObjectExtensionStore.Phase;
import io.vcdsim.store.ObjectExtensionStore.Selector;
import io.vcdsim.store.Tx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Registering object extensions and assigning them to selectors (a system administrator's business, as in vCD).
 * Everything a client sends is checked before anything is stored: a bad registration leaves nothing behind.
 */
public final class ObjectExtensions {
    /** AMQP short strings (an exchange's name) hold 255 bytes; the other texts are stored in 255 characters. */
    private static final int MAX_TEXT = 255;
    private final Database db;

    public ObjectExtensions(Database db) {
        this.db = db;
    }

    /** What a client sends to register or change an object extension. */
    public record Registration(String namespace, Boolean enabled, String exchange, String contentType, String vendor,
                               List<String> selectors) {
    }

    /** What a client sends to make or change a selector extension. */
    public record Assignment(Boolean enabled, Integer priority, String objectExtensionId, List<Phase> phases) {
    }

    public List<Extension> all(Principal p) {
        p.requireSystemAdmin();
        return db.read(tx -> tx.store(ObjectExtensionStore::new).extensions());
    }

    public Extension extension(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> tx.store(ObjectExtensionStore::new).extension(id)).orElseThrow(() -> missing(id));
    }

    public Extension register(Principal p, Registration r) {
        p.requireSystemAdmin();
        return db.tx(tx -> save(tx, UUID.randomUUID(), r));
    }

    public Extension update(Principal p, UUID id, Registration r) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            tx.store(ObjectExtensionStore::new).lockExtension(id).orElseThrow(() -> missing(id));
            return save(tx, id, r);
        });
    }

    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        db.run(tx -> {
            ObjectExtensionStore store = tx.store(ObjectExtensionStore::new);
            store.lockExtension(id).orElseThrow(() -> missing(id));
            store.delete(id);
        });
    }

    private static Extension save(Tx tx, UUID id, Registration r) {
        String namespace = required(r.namespace(), "An object extension's Namespace");
        String exchange = Lengths.atMostBytes(required(r.exchange(), "An object extension's Exchange"), MAX_TEXT,
                "An object extension's Exchange");
        String vendor = Lengths.atMost(r.vendor(), MAX_TEXT, "An object extension's Vendor");
        String contentType = r.contentType() == null || r.contentType().isBlank() ? "XML"
                : r.contentType().trim().toUpperCase(Locale.ROOT);
        if (!contentType.equals("XML") && !contentType.equals("JSON")) {
            throw ApiException.badRequest("An object extension's ContentType is XML or JSON, not " + r.contentType()
                    + ".");
        }
        List<String> selectors = new ArrayList<>();
        for (String s : r.selectors()) {
            SelectorType type = SelectorType.ofUrn(s).orElseThrow(() -> ApiException.badRequest("Selector " + s
                    + " is none of urn:selector:providerVdc, urn:selector:organizationVdc, urn:selector:organization."));
            if (selectors.contains(type.storedName())) {
                throw ApiException.badRequest("Selector " + s + " is named twice.");
            }
            selectors.add(type.storedName());
        }
        ObjectExtensionStore store = tx.store(ObjectExtensionStore::new);
        if (store.namespaceTaken(namespace, id)) {
            throw ApiException.duplicateName("An object extension with Namespace " + namespace + " is registered.");
        }
        Extension e = new Extension(id, namespace, vendor, r.enabled() == null || r.enabled(), exchange, contentType,
                selectors);
        store.save(e);
        return e;
    }

    public Selector selector(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> tx.store(ObjectExtensionStore::new).selector(id)).orElseThrow(() -> missingSelector(id));
    }

    /** The selector extensions at one selector ({@code selectorId} null: those for any selector of the type). */
    public List<Selector> at(Principal p, SelectorType type, UUID selectorId) {
        p.requireSystemAdmin();
        return db.read(tx -> {
            if (selectorId != null) {
                type.requireExists(tx, selectorId);
            }
            return tx.store(ObjectExtensionStore::new).selectorsAt(type.storedName(), selectorId);
        });
    }

    public List<Selector> of(Principal p, UUID objectExtensionId) {
        extension(p, objectExtensionId);
        return db.read(tx -> tx.store(ObjectExtensionStore::new).selectorsOf(objectExtensionId));
    }

    public Selector assign(Principal p, SelectorType type, UUID selectorId, Assignment a) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            if (selectorId != null) {
                type.requireExists(tx, selectorId);
            }
            UUID extensionId = objectExtensionId(a.objectExtensionId());
            Extension e = tx.store(ObjectExtensionStore::new).lockExtension(extensionId).orElseThrow(() ->
                    ApiException.invalidReference("ObjectExtensionId " + a.objectExtensionId()
                            + " names no registered object extension."));
            if (!e.selectors().isEmpty() && !e.selectors().contains(type.storedName())) {
                throw ApiException.badRequest("Object extension " + e.namespace() + " may be selected on "
                        + String.join(", ", e.selectors()) + " only, not on " + type.storedName() + ".");
            }
            Selector s = new Selector(UUID.randomUUID(), e.id(), type.storedName(), selectorId,
                    a.enabled() == null || a.enabled(), a.priority() == null ? 0 : a.priority(), phases(a.phases()));
            tx.store(ObjectExtensionStore::new).save(s);
            return s;
        });
    }

    /** Changes what may change: Enabled, Priority, Phases (its object extension and selector stay). */
    public Selector updateSelector(Principal p, UUID id, Assignment a) {
        Selector old = selector(p, id);
        if (a.objectExtensionId() != null && !objectExtensionId(a.objectExtensionId()).equals(old.objectExtensionId())) {
            throw ApiException.badRequest("A selector extension's ObjectExtensionId cannot change.");
        }
        Selector changed = new Selector(id, old.objectExtensionId(), old.selectorType(), old.selectorId(),
                a.enabled() == null ? old.enabled() : a.enabled(), a.priority() == null ? old.priority() : a.priority(),
                a.phases() == null ? old.phases() : phases(a.phases()));
        db.run(tx -> tx.store(ObjectExtensionStore::new).save(changed));
        return changed;
    }

    public void deleteSelector(Principal p, UUID id) {
        selector(p, id);
        db.run(tx -> tx.store(ObjectExtensionStore::new).deleteSelector(id));
    }

    private static List<Phase> phases(List<Phase> asked) {
        if (asked == null || asked.isEmpty()) {
            throw ApiException.badRequest("A selector extension names one or more Phases.");
        }
        List<Phase> phases = new ArrayList<>();
        var names = new HashSet<String>();
        for (Phase ph : asked) {
            if (!names.add(ExtensionPoints.phase(ph.name()))) {
                throw ApiException.badRequest("Phase " + ph.name() + " is named twice.");
            }
            phases.add(new Phase(ph.name(), ExtensionPoints.type(ph.type()), ph.optional()));
        }
        return phases;
    }

    /** An ObjectExtensionId as vCD's clients send it: the id, or its URN. */
    private static UUID objectExtensionId(String id) {
        String plain = id == null ? "" : id.trim().substring(id.trim().lastIndexOf(':') + 1);
        try {
            return UUID.fromString(plain);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidReference("ObjectExtensionId " + id + " names no registered object extension.");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(what + " is required.");
        }
        return Lengths.atMost(value.trim(), MAX_TEXT, what);
    }

    private static ApiException missing(UUID id) {
        return ApiException.forbidden("No object extension with id " + id + " is registered.");
    }

    private static ApiException missingSelector(UUID id) {
        return ApiException.forbidden("No selector extension with id " + id + " exists.");
    }
}

package io.vcdsim.compute;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcTemplateStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * VDC templates (API 5.7): system administrators make, change and delete them and publish each to orgs (its
 * controlAccess); the orgs it is published to see it by its tenant name. Instantiation is {@link VdcInstantiation}.
 */
public final class VdcTemplates {
    /** The stored specification's largest size, as JSON (its column's). */
    static final int MAX_SPEC = 262_144;
    private static final Set<String> BACKINGS = Set.of("NSX_V", "NSX_T");
    private final Database db;
    private final java.time.Clock clock;

    public VdcTemplates(Database db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A template as stored: names for administrators and for tenants, the network backing, the specification. */
    public record Template(UUID id, String name, String description, String tenantName, String tenantDescription,
                           String networkBackingType, VdcTemplateSpec spec, Instant created) {
    }

    /** What a VMWVdcTemplate POST or PUT gives. */
    public record Draft(String name, String description, String tenantName, String tenantDescription,
                        String networkBackingType, VdcTemplateSpec spec) {
    }

    static Template of(VdcTemplateStore.Row r) {
        return new Template(r.id(), r.name(), r.description(), r.tenantName(), r.tenantDescription(),
                r.networkBackingType(), VdcTemplateSpec.fromJson(r.spec()), r.created());
    }

    /** Every template, for system administrators. */
    public List<Template> all(Principal p) {
        p.requireSystemAdmin();
        return db.read(tx -> tx.store(VdcTemplateStore::new).all().stream().map(VdcTemplates::of).toList());
    }

    /** The templates the caller's org may instantiate; system administrators see them all. */
    public List<Template> visible(Principal p) {
        p.require(Right.VDC_VIEW);
        return db.read(tx -> {
            VdcTemplateStore s = tx.store(VdcTemplateStore::new);
            return (p.isSystemAdmin() ? s.all() : s.visibleTo(p.orgId())).stream().map(VdcTemplates::of).toList();
        });
    }

    /** A template, if the caller is a system administrator or its org is one the template is published to. */
    public Template get(Principal p, UUID id) {
        p.require(Right.VDC_VIEW);
        return db.read(tx -> visible(tx, p, id));
    }

    /** The template in {@code tx}, or the 403 vCD gives for one that is missing or not the caller's to see. */
    static Template visible(Tx tx, Principal p, UUID id) {
        VdcTemplateStore s = tx.store(VdcTemplateStore::new);
        var row = id == null ? java.util.Optional.<VdcTemplateStore.Row>empty() : s.find(id);
        if (row.isPresent() && !p.isSystemAdmin() && !s.publishedTo(id, p.orgId())) {
            row = java.util.Optional.empty(); // a template not published to the caller's org is as good as missing
        }
        return of(Principal.found(row, "VDC template", id));
    }

    public Template create(Principal p, Draft d) {
        p.requireSystemAdmin();
        checkNames(d);
        return db.tx(tx -> {
            d.spec().check(tx);
            if (tx.store(VdcTemplateStore::new).nameTaken(d.name(), new UUID(0, 0))) {
                throw ApiException.duplicateName("A VDC template named " + d.name() + " already exists.");
            }
            Template t = new Template(UUID.randomUUID(), d.name(), d.description(), d.tenantName(),
                    d.tenantDescription(), d.networkBackingType(), d.spec(), clock.instant());
            save(tx, t);
            return t;
        });
    }

    /** A PUT replaces the whole template; VDCs made from it keep what they were made with. */
    public Template update(Principal p, UUID id, Draft d) {
        p.requireSystemAdmin();
        checkNames(d);
        return db.tx(tx -> {
            VdcTemplateStore s = tx.store(VdcTemplateStore::new);
            VdcTemplateStore.Row now = Principal.found(id == null ? java.util.Optional.empty() : s.lock(id),
                    "VDC template", id);
            d.spec().check(tx);
            if (s.nameTaken(d.name(), id)) {
                throw ApiException.duplicateName("A VDC template named " + d.name() + " already exists.");
            }
            Template t = new Template(id, d.name(), d.description(), d.tenantName(), d.tenantDescription(),
                    d.networkBackingType(), d.spec(), now.created());
            save(tx, t);
            return t;
        });
    }

    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        db.run(tx -> {
            VdcTemplateStore s = tx.store(VdcTemplateStore::new);
            Principal.found(id == null ? java.util.Optional.empty() : s.lock(id), "VDC template", id);
            s.delete(id); // its publications go with it
        });
    }

    /** The orgs the template is published to. */
    public List<UUID> orgs(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> {
            visible(tx, p, id);
            return tx.store(VdcTemplateStore::new).orgs(id);
        });
    }

    /** Publishes the template to exactly these orgs (each must exist); an empty list withdraws it from all. */
    public List<UUID> publish(Principal p, UUID id, List<UUID> orgIds) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            VdcTemplateStore s = tx.store(VdcTemplateStore::new);
            Principal.found(id == null ? java.util.Optional.empty() : s.lock(id), "VDC template", id);
            Set<UUID> unique = new LinkedHashSet<>();
            for (UUID org : orgIds) {
                if (org == null || tx.orgs().find(org).isEmpty()) {
                    throw ApiException.invalidReference("An AccessSetting's Subject names no organization ("
                            + org + ").");
                }
                if (!unique.add(org)) {
                    throw ApiException.badRequest("Organization " + org + " is named twice.");
                }
            }
            s.setOrgs(id, new ArrayList<>(unique));
            return s.orgs(id);
        });
    }

    private static void save(Tx tx, Template t) {
        String spec = t.spec().toJson();
        // what the column holds: bindings and edge clusters are many and long only when someone probes
        Lengths.atMost(spec, MAX_SPEC, "A VDC template's specification (its bindings, edge clusters and values)");
        tx.store(VdcTemplateStore::new).save(new VdcTemplateStore.Row(t.id(), t.name(), t.description(),
                t.tenantName(), t.tenantDescription(), t.networkBackingType(), spec, t.created()));
    }

    private static void checkNames(Draft d) {
        Lengths.name(d.name(), 128, "VDC template");
        Lengths.atMost(d.description(), 4096, "A VDC template's Description");
        if (d.tenantName() == null || d.tenantName().isBlank() || d.tenantName().length() > 128) {
            throw ApiException.badRequest("A VDC template needs a TenantName of 1 to 128 characters.");
        }
        Lengths.atMost(d.tenantDescription(), 4096, "A VDC template's TenantDescription");
        if (d.networkBackingType() == null || !BACKINGS.contains(d.networkBackingType())) {
            throw ApiException.badRequest("A VDC template's NetworkBackingType is NSX_V or NSX_T.");
        }
        if (d.spec() == null) {
            throw ApiException.badRequest("A VDC template needs a VdcTemplateSpecification.");
        }
    }
}

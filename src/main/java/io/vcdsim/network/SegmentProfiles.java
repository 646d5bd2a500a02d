package io.vcdsim.network;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Principal;
import io.vcdsim.provider.NsxtInventory;
import io.vcdsim.store.Database;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.NsxtStore;
import io.vcdsim.store.SegmentProfileStore;
import io.vcdsim.store.SegmentProfileStore.NetworkProfiles;
import io.vcdsim.store.SegmentProfileStore.Profiles;
import io.vcdsim.store.SegmentProfileStore.Template;
import io.vcdsim.store.Tx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Segment profile templates (five NSX-T segment profiles of one manager under a name), the global defaults new
 * networks get, and the segment profiles of an org VDC network (a template, or profiles set one by one), as vCD keeps
 * them: templates and defaults are system administrators' business; a profile a template or network names must be
 * one of the manager's of that kind; a template a default, VDC or network uses cannot be deleted.
 */
public final class SegmentProfiles {
    static final int MAX_NAME = 128;
    static final int MAX_DESCRIPTION = 1024;
    private final Database db;
    private final Supplier<Instant> now;

    public record TemplateSpec(String name, String description, UUID managerId, Profiles profiles) {
    }

    /** Where a network's template comes from, as vCD names it: NETWORK, ORG_VDC or GLOBAL. */
    public record Effective(Template template, String source, Profiles profiles) {
    }

    public SegmentProfiles(Database db, Supplier<Instant> now) {
        this.db = db;
        this.now = now;
    }

    public List<Template> templates(Principal p) {
        p.requireSystemAdmin();
        return db.read(tx -> store(tx).templates());
    }

    /** A template by id, for a system administrator; an unknown one is the cloudapi's 403, as vCD answers. */
    public Template template(Principal p, UUID id) {
        p.requireSystemAdmin();
        return db.read(tx -> known(tx, id));
    }

    public Template create(Principal p, TemplateSpec s) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            Template t = new Template(UUID.randomUUID(), checked(tx, s, null), s.description(), s.managerId(),
                    s.profiles(), now.get().truncatedTo(ChronoUnit.MILLIS));
            store(tx).insert(t);
            return t;
        });
    }

    public Template update(Principal p, UUID id, TemplateSpec s) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            known(tx, id);
            Template t = new Template(id, checked(tx, s, id), s.description(), s.managerId(), s.profiles(),
                    now.get().truncatedTo(ChronoUnit.MILLIS));
            store(tx).update(t);
            return t;
        });
    }

    public void delete(Principal p, UUID id) {
        p.requireSystemAdmin();
        db.run(tx -> {
            Template t = known(tx, id);
            if (store(tx).templateInUse(id)) {
                throw ApiException.badRequest("Segment profile template " + t.name() + " is in use: a default, a "
                        + "VDC's network profile or a network names it.");
            }
            store(tx).deleteTemplate(id);
        });
    }

    /** The global default templates: of vApp networks and of org VDC networks (each may be none). */
    public List<Optional<Template>> globalDefaults(Principal p) {
        p.requireSystemAdmin();
        return db.read(tx -> defaults(tx));
    }

    public List<Optional<Template>> setGlobalDefaults(Principal p, UUID vappTemplate, UUID vdcTemplate) {
        p.requireSystemAdmin();
        return db.tx(tx -> {
            existing(tx, vappTemplate);
            existing(tx, vdcTemplate);
            store(tx).setGlobalDefault(SegmentProfileStore.VAPP, vappTemplate);
            store(tx).setGlobalDefault(SegmentProfileStore.VDC, vdcTemplate);
            return defaults(tx);
        });
    }

    /** A template named by a VDC's network profile or a network, which must exist (else 400). */
    public static void existing(Tx tx, UUID templateId) {
        if (templateId != null && store(tx).template(templateId).isEmpty()) {
            throw ApiException.invalidReference("No segment profile template " + Kind.SEGMENT_PROFILE_TEMPLATE
                    .urn(templateId) + ".");
        }
    }

    /**
     * A network's segment profiles: those set on it, else its template's, where the template is the one it was given
     * (NETWORK), its VDC's default (ORG_VDC) or the global default (GLOBAL).
     */
    public Effective ofNetwork(NetworkRow n) {
        return db.read(tx -> {
            SegmentProfileStore s = store(tx);
            Optional<NetworkProfiles> own = s.ofNetwork(n.id());
            if (own.isPresent() && own.get().templateId() == null) {
                return new Effective(null, null, own.get().profiles());
            }
            Optional<Template> t = own.flatMap(o -> s.template(o.templateId()));
            String source = "NETWORK";
            if (t.isEmpty()) {
                t = VdcNetworkProfiles.vdcTemplate(tx, n.vdcId()).flatMap(s::template);
                source = "ORG_VDC";
            }
            if (t.isEmpty()) {
                t = s.globalDefault(SegmentProfileStore.VDC).flatMap(s::template);
                source = "GLOBAL";
            }
            return t.isEmpty() ? new Effective(null, null, Profiles.NONE)
                    : new Effective(t.get(), source, t.get().profiles());
        });
    }

    /** Refuses, before a network is made or changed, a template it may not be given: a tenant's or an unknown one. */
    public void checkTemplate(Principal p, UUID templateId) {
        if (templateId != null) {
            p.requireSystemAdmin();
            db.run(tx -> existing(tx, templateId));
        }
    }

    /** Gives a network a template (its profiles follow the template), or its own profiles (no template). */
    public void setOfNetwork(Principal p, NetworkRow n, UUID templateId, Profiles profiles) {
        p.requireSystemAdmin();
        db.run(tx -> {
            existing(tx, templateId);
            if (templateId == null) {
                checkProfiles(tx, NsxtInventory.MANAGER_ID, profiles);
            }
            store(tx).setOfNetwork(n.id(), new NetworkProfiles(templateId, templateId == null ? profiles
                    : Profiles.NONE));
        });
    }

    private String checked(Tx tx, TemplateSpec s, UUID id) {
        String name = Lengths.name(s.name(), MAX_NAME, "Segment profile template");
        Lengths.atMost(s.description(), MAX_DESCRIPTION, "description");
        if (s.managerId() == null || tx.store(NsxtStore::new).manager(s.managerId()).isEmpty()) {
            throw ApiException.invalidReference("A segment profile template needs sourceNsxTManagerRef: a registered "
                    + "NSX-T manager.");
        }
        checkProfiles(tx, s.managerId(), s.profiles());
        if (store(tx).nameTaken(name, id == null ? new UUID(0, 0) : id)) {
            throw ApiException.duplicateName("A segment profile template named " + name + " exists.");
        }
        return name;
    }

    /** Each profile given is one of the manager's of its kind. */
    private static void checkProfiles(Tx tx, UUID managerId, Profiles p) {
        check(tx, managerId, NsxtStore.IP_DISCOVERY, p.ipDiscovery(), "ipDiscoveryProfile");
        check(tx, managerId, NsxtStore.MAC_DISCOVERY, p.macDiscovery(), "macDiscoveryProfile");
        check(tx, managerId, NsxtStore.SEGMENT_QOS, p.qos(), "qosProfile");
        check(tx, managerId, NsxtStore.SEGMENT_SECURITY, p.segmentSecurity(), "segmentSecurityProfile");
        check(tx, managerId, NsxtStore.SPOOF_GUARD, p.spoofGuard(), "spoofGuardProfile");
    }

    private static void check(Tx tx, UUID managerId, String kind, String nsxtId, String field) {
        if (nsxtId != null && tx.store(NsxtStore::new).resource(managerId, kind, nsxtId).isEmpty()) {
            throw ApiException.invalidReference(field + " " + (nsxtId.length() > 64 ? nsxtId.substring(0, 64) + "…"
                    : nsxtId) + " is not a profile of its kind on the NSX-T manager.");
        }
    }

    private static List<Optional<Template>> defaults(Tx tx) {
        SegmentProfileStore s = store(tx);
        return List.of(s.globalDefault(SegmentProfileStore.VAPP).flatMap(s::template),
                s.globalDefault(SegmentProfileStore.VDC).flatMap(s::template));
    }

    private static Template known(Tx tx, UUID id) {
        return store(tx).template(id).orElseThrow(() -> ApiException.forbidden("No segment profile template "
                + Kind.SEGMENT_PROFILE_TEMPLATE.urn(id) + " is accessible."));
    }

    private static SegmentProfileStore store(Tx tx) {
        return tx.store(SegmentProfileStore::new);
    }
}

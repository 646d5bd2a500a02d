package io.vcdsim.tenancy;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Ids;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Principal;
import io.vcdsim.model.ControlAccessParams;
import io.vcdsim.model.Reference;
import io.vcdsim.store.AccessControlStore.Control;
import io.vcdsim.store.AccessControlStore.Setting;
import io.vcdsim.store.Database;
import io.vcdsim.store.ObjectStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Access control of catalogs, vApps and VDCs, as vCD keeps it: shared with everyone in the org at one level, or
 * with named users of the org (and, for a catalog, other orgs). Kept and given back as set. A catalog shared with
 * another org is read there ({@code catalog.CatalogSharing}); the settings for users and everyone in the org are not
 * consulted (a right in the org already shows every catalog, vApp and VDC of it).
 */
public final class AccessControl {
    static final Set<String> LEVELS = Set.of("ReadOnly", "Change", "FullControl");
    static final int MAX_SETTINGS = 1000;
    private final Database db;
    private final Entities entities;

    public AccessControl(Database db, Entities entities) {
        this.db = db;
        this.entities = entities;
    }

    /** The object's access control, if the caller may see the object. */
    public Control get(Principal p, Kind kind, UUID id) {
        ObjectStore.Found o = entities.entity(p, List.of(kind), id, kind.name, false);
        return db.read(tx -> tx.accessControl().get(o.id()));
    }

    /** Replaces the object's access control, if the caller may change the object; subjects are checked first. */
    public Control set(Principal p, Kind kind, UUID id, ControlAccessParams in) {
        ObjectStore.Found o = entities.entity(p, List.of(kind), id, kind.name, true);
        boolean everyone = Boolean.TRUE.equals(in.isSharedToEveryone);
        List<ControlAccessParams.AccessSetting> listed = in.accessSettings == null ? List.of() : in.accessSettings;
        // shared with everyone, an object keeps its settings for named users too (pyvcloud's share_with_org_members
        // sends them back with IsSharedToEveryone, and vCD keeps both)
        if (everyone && !levelFor(kind).contains(String.valueOf(in.everyoneAccessLevel))) {
            throw ApiException.badRequest("A " + kind + " shared with everyone needs an EveryoneAccessLevel, one of "
                    + String.join(", ", levelFor(kind)) + ".");
        }
        if (listed.size() > MAX_SETTINGS) {
            throw ApiException.badRequest("At most " + MAX_SETTINGS + " AccessSettings.");
        }
        return db.tx(tx -> {
            if (!tx.objects().lock(kind, o.id())) {
                throw ApiException.forbidden("The " + kind + " " + o.id() + " does not exist any more.");
            }
            List<Setting> settings = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            for (ControlAccessParams.AccessSetting s : listed) {
                Setting resolved = subject(tx, kind, o, s);
                UUID subject = resolved.userId() != null ? resolved.userId() : resolved.orgId();
                if (!seen.add(subject)) {
                    throw ApiException.badRequest("The subject " + s.subject.href + " is named more than once.");
                }
                settings.add(resolved);
            }
            Control c = new Control(everyone, everyone ? in.everyoneAccessLevel : null, settings);
            tx.accessControl().put(kind, o.id(), c);
            return c;
        });
    }

    /** A VDC is shared read-only; catalogs and vApps at any of vCD's three levels. */
    private static Set<String> levelFor(Kind kind) {
        return kind == Kind.VDC ? Set.of("ReadOnly") : LEVELS;
    }

    private static Setting subject(io.vcdsim.store.Tx tx, Kind kind, ObjectStore.Found o,
                                   ControlAccessParams.AccessSetting s) {
        if (s == null || s.subject == null || s.subject.href == null) {
            throw ApiException.badRequest("Each AccessSetting needs a Subject with an href; vcdsim has no identity "
                    + "provider for an ExternalSubject.");
        }
        if (!levelFor(kind).contains(String.valueOf(s.accessLevel))) {
            throw ApiException.badRequest("AccessLevel '" + s.accessLevel + "' is not one of "
                    + String.join(", ", levelFor(kind)) + ".");
        }
        Reference ref = s.subject;
        UUID id = Ids.fromAny(ref.href);
        boolean org = ref.href.contains("/org/") || String.valueOf(ref.type).contains(".organization");
        if (id != null && org && kind == Kind.CATALOG && tx.orgs().find(id).filter(x -> !x.system()).isPresent()) {
            return new Setting(null, id, s.accessLevel);
        }
        if (id != null && !org && tx.users().find(id).filter(u -> u.orgId().equals(o.orgId())).isPresent()) {
            return new Setting(id, null, s.accessLevel);
        }
        throw ApiException.invalidReference("The subject " + ref.href + " is not a user of this organization"
                + (kind == Kind.CATALOG ? " or an organization." : "."));
    }
}

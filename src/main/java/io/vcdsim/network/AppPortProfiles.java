package io.vcdsim.network;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.core.Right;
import io.vcdsim.store.Database;
import io.vcdsim.store.NsxtServiceStore;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcGroupStore;
import io.vcdsim.tasks.TaskEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Application port profiles ({@code applicationPortProfiles}), as go-vcloud-director's nsxt_application_profile.go
 * and terraform's vcd_nsxt_app_port_profile use them: vCD's SYSTEM profiles (seeded, read-only, everyone's),
 * PROVIDER ones (a system administrator's, on an NSX-T manager, everyone's to use) and an org's TENANT profiles, made
 * by its administrators in the context of one of its VDCs or VDC groups; a name is unique in its scope (and org). A
 * profile is one or more protocols (ICMPv4, ICMPv6, TCP, UDP), TCP and UDP with optional destination ports and port
 * ranges ("any" is taken for each). A profile a firewall or NAT rule names cannot be deleted.
 */
public final class AppPortProfiles {
    public static final String CREATE = "nsxtAppPortProfileCreate";
    public static final String UPDATE = "nsxtAppPortProfileUpdate";
    public static final String DELETE = "nsxtAppPortProfileDelete";
    public static final String SYSTEM = "SYSTEM";
    public static final String TENANT = "TENANT";
    public static final String PROVIDER = "PROVIDER";
    static final List<String> PROTOCOLS = List.of("ICMPv4", "ICMPv6", "TCP", "UDP");
    static final int MAX_PORTS = 15;
    static final int MAX_ENTRIES = 32;
    static final String ANY = "any";

    private final Database db;
    private final TaskEngine engine;

    public record Port(String protocol, List<String> destinationPorts) {
    }

    /**
     * A profile as sent: a TENANT one's context is a VDC or a VDC group of its org, a PROVIDER one's an NSX-T manager
     * (managerId); an update may leave the context out (vCD does not write it back).
     */
    public record Spec(String name, String description, String scope, UUID orgId, UUID vdcId, UUID vdcGroupId,
                       UUID managerId, List<Port> ports) {
    }

    /** A profile as read, with its org's name. */
    public record Profile(NsxtServiceStore.Profile row, List<Port> ports, String orgName) {
    }

    public AppPortProfiles(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        // the task's work stores the change, checked again: a rejected or failed task leaves the profiles as they were
        engine.register(CREATE, Change.class, (tx, task, ch) -> store(tx).insertProfile(row(tx, ch, null)));
        engine.register(UPDATE, Change.class, (tx, task, ch) -> store(tx).updateProfile(row(tx, ch, ch.id())));
        engine.register(DELETE, Change.class, (tx, task, ch) -> {
            NsxtServiceStore.Profile now = store(tx).profile(ch.id()).orElseThrow(() -> gone(ch.id()));
            notInUse(tx, now);
            store(tx).deleteProfile(now.id());
        });
    }

    /** A change as its task carries it: the profile's id and (but for a deletion) what it is to be. */
    record Change(UUID id, Checked profile) {
    }

    /** The profile's row, its context and name checked as they are now. */
    private static NsxtServiceStore.Profile row(Tx tx, Change ch, UUID except) {
        Checked c = ch.profile();
        context(tx, c);
        unique(tx, c, except);
        return new NsxtServiceStore.Profile(ch.id(), c.scope(), c.orgId(), c.vdcId(), c.vdcGroupId(), c.name(),
                c.description(), NsxtEdges.write(c.ports()));
    }

    private static void notInUse(Tx tx, NsxtServiceStore.Profile now) {
        List<String> users = store(tx).rulesNaming(now.id());
        if (!users.isEmpty()) {
            throw ApiException.badRequest("Application port profile " + now.name() + " is in use by rule(s) "
                    + String.join(", ", users) + ": remove it from them first.");
        }
    }

    /** SYSTEM profiles are everyone's; a TENANT one its org's network viewers'. */
    public Profile get(Principal p, UUID id) {
        NsxtServiceStore.Profile row = db.read(tx -> store(tx).profile(id)).filter(r -> visible(p, r))
                .orElseThrow(() -> gone(id));
        return db.read(tx -> view(tx, row));
    }

    /** SYSTEM profiles and the org's (every org's for null). */
    public List<Profile> list(Principal p, UUID orgScope) {
        return db.read(tx -> store(tx).profiles(orgScope).stream().filter(r -> visible(p, r))
                .map(r -> view(tx, r)).toList());
    }

    public TaskRow create(Principal p, Spec s, TaskEngine.Caller by) {
        Checked c = checked(p, s, null);
        Change change = new Change(UUID.randomUUID(), c);
        return db.tx(tx -> {
            row(tx, change, null);
            return engine.start(tx, new TaskEngine.Spec(CREATE, "Creating application port profile " + c.name(), by,
                    ObjectRef.of(Kind.APP_PORT_PROFILE, change.id(), c.name()), false, change));
        });
    }

    public TaskRow update(Principal p, UUID id, Spec s, TaskEngine.Caller by) {
        NsxtServiceStore.Profile now = changeable(p, id);
        Checked c = checked(p, s, now);
        if (!c.scope().equals(now.scope()) || !java.util.Objects.equals(c.orgId(), now.orgId())) {
            throw ApiException.badRequest("Application port profile " + now.name() + " keeps its scope and "
                    + "organization.");
        }
        Change change = new Change(id, c);
        return db.tx(tx -> {
            row(tx, change, id);
            return engine.start(tx, new TaskEngine.Spec(UPDATE, "Updating application port profile " + c.name(), by,
                    ObjectRef.of(Kind.APP_PORT_PROFILE, id, c.name()), false, change));
        });
    }

    public TaskRow delete(Principal p, UUID id, TaskEngine.Caller by) {
        NsxtServiceStore.Profile now = changeable(p, id);
        return db.tx(tx -> {
            notInUse(tx, now);
            return engine.start(tx, new TaskEngine.Spec(DELETE, "Deleting application port profile " + now.name(),
                    by, ObjectRef.of(Kind.APP_PORT_PROFILE, id, now.name()), false, new Change(id, null)));
        });
    }

    /** Each profile exists and is SYSTEM or the org's own. */
    static void requireUsable(Tx tx, UUID orgId, List<UUID> ids, String field) {
        for (UUID id : ids) {
            if (store(tx).profile(id).filter(r -> r.orgId() == null || r.orgId().equals(orgId)).isEmpty()) {
                throw ApiException.invalidReference(field + ": no application port profile " + id + " is "
                        + "available to this edge gateway's organization.");
            }
        }
    }

    record Checked(String name, String description, String scope, UUID orgId, UUID vdcId,
                           UUID vdcGroupId, List<Port> ports) {
    }

    /** The profile sent, checked; {@code now} is the one it changes (null for a new one). */
    private static Checked checked(Principal p, Spec s, NsxtServiceStore.Profile now) {
        String name = NsxtEdges.name(s.name(), "An application port profile");
        String description = NsxtEdges.description(s.description());
        String scope = NsxtEdges.oneOf(s.scope(), List.of(SYSTEM, PROVIDER, TENANT), TENANT,
                "An application port profile's scope");
        UUID vdc = s.vdcId();
        UUID group = s.vdcGroupId();
        if (scope.equals(SYSTEM)) {
            throw ApiException.badRequest("SYSTEM application port profiles are vCD's; make a TENANT or PROVIDER one.");
        }
        if (scope.equals(PROVIDER)) {
            p.requireSystemAdmin();
            if (s.orgId() != null) {
                throw ApiException.badRequest("A PROVIDER application port profile belongs to no organization.");
            }
            if (s.managerId() == null && now == null) {
                throw ApiException.badRequest("A PROVIDER application port profile needs contextEntityId: the URN of "
                        + "its NSX-T manager.");
            }
            vdc = null;
            group = null;
        } else {
            if (s.orgId() == null) {
                throw ApiException.badRequest("A TENANT application port profile needs orgRef: its organization.");
            }
            p.require(Right.ORG_EDIT, s.orgId());
            if (vdc == null && group == null && now != null) {
                vdc = now.vdcId();
                group = now.vdcGroupId();
            }
            if (vdc == null && group == null) {
                throw ApiException.badRequest("A TENANT application port profile needs contextEntityId: a VDC or VDC "
                        + "group of its organization.");
            }
        }
        if (s.ports() == null || s.ports().isEmpty() || s.ports().size() > MAX_ENTRIES) {
            throw ApiException.badRequest("An application port profile has 1 to " + MAX_ENTRIES
                    + " applicationPorts.");
        }
        List<Port> ports = new ArrayList<>();
        for (Port port : s.ports()) {
            if (port == null) {
                throw ApiException.badRequest("An entry of applicationPorts is null.");
            }
            String protocol = NsxtEdges.oneOf(port.protocol(), PROTOCOLS, null, "An application port's protocol");
            List<String> destinations = port.destinationPorts() == null ? List.of() : port.destinationPorts();
            if (protocol.startsWith("ICMP") && destinations.stream().anyMatch(d -> !ANY.equalsIgnoreCase(d))) {
                throw ApiException.badRequest(protocol + " has no ports (only \"any\").");
            }
            if (destinations.size() > MAX_PORTS) {
                throw ApiException.badRequest("An application port names at most " + MAX_PORTS + " ports or ranges.");
            }
            List<String> checked = new ArrayList<>();
            for (String d : destinations) {
                checked.add(ANY.equalsIgnoreCase(d == null ? "" : d.trim()) ? d.trim()
                        : NsxtAddresses.port(d, "destinationPorts"));
            }
            ports.add(new Port(protocol, checked));
        }
        return new Checked(name, description, scope, s.orgId(), vdc, group, ports);
    }

    /** A TENANT profile's context is a VDC or VDC group of its org. */
    private static void context(Tx tx, Checked c) {
        if (c.orgId() == null) {
            return;
        }
        boolean ok = c.vdcId() != null
                ? tx.resources().vdc(c.vdcId()).filter(v -> v.orgId().equals(c.orgId())).isPresent()
                : tx.store(VdcGroupStore::new).find(c.vdcGroupId()).filter(g -> g.orgId().equals(c.orgId()))
                .isPresent();
        if (!ok) {
            throw ApiException.invalidReference("contextEntityId names no VDC or VDC group of the organization.");
        }
    }

    /** A name is unique in its scope: among the org's TENANT profiles, or among the PROVIDER ones. */
    private static void unique(Tx tx, Checked c, UUID except) {
        if (store(tx).profiles(c.orgId()).stream().anyMatch(r -> !r.id().equals(except)
                && r.scope().equals(c.scope()) && java.util.Objects.equals(r.orgId(), c.orgId())
                && r.name().equalsIgnoreCase(c.name()))) {
            throw ApiException.duplicateName("A " + c.scope() + " application port profile named " + c.name()
                    + " already exists.");
        }
    }

    private NsxtServiceStore.Profile changeable(Principal p, UUID id) {
        NsxtServiceStore.Profile row = get(p, id).row();
        if (row.scope().equals(SYSTEM)) {
            throw ApiException.forbidden("Application port profile " + row.name() + " is a SYSTEM profile: it cannot "
                    + "be changed or deleted.");
        }
        if (row.orgId() == null) {
            p.requireSystemAdmin();
        } else {
            p.require(Right.ORG_EDIT, row.orgId());
        }
        return row;
    }

    private static boolean visible(Principal p, NsxtServiceStore.Profile r) {
        return r.orgId() == null || p.canSee(r.orgId()) && p.has(Right.NETWORK_VIEW);
    }

    private static Profile view(Tx tx, NsxtServiceStore.Profile r) {
        List<Port> ports = readPorts(r.ports());
        String org = r.orgId() == null ? null : tx.orgs().find(r.orgId()).map(o -> o.name()).orElse(null);
        return new Profile(r, ports, org);
    }

    private static List<Port> readPorts(String json) {
        try {
            return NsxtEdges.JSON.readValue(json, new TypeReference<List<Port>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException gone(UUID id) {
        return ApiException.forbidden("No application port profile with id " + id + " is accessible.");
    }

    private static NsxtServiceStore store(Tx tx) {
        return tx.store(NsxtServiceStore::new);
    }
}

package io.vcdsim.network;

import io.vcdsim.compute.Provider;
import io.vcdsim.core.ApiException;
import io.vcdsim.core.IpScope;
import io.vcdsim.core.Kind;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.core.Principal;
import io.vcdsim.provider.NetworkPools;
import io.vcdsim.store.Database;
import io.vcdsim.store.ExternalNetworkRow;
import io.vcdsim.store.IpSpaceStore;
import io.vcdsim.store.NetworkRow;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.tasks.TaskEngine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.vcdsim.network.NetworkService.MAX_DESCRIPTION;

/**
 * The provider's external networks (system administrators'): each on port groups of the simulated vCenter, on an
 * NSX-T tier-0 router or on an NSX-T segment, with its subnets, made, changed and deleted by tasks. One in use
 * (direct org VDC networks on it, edge gateways' uplinks) is not deleted.
 */
public final class ExternalNetworks {
    public static final String CREATE_EXTERNAL = "networkCreateExternalNetwork";
    public static final String UPDATE_EXTERNAL = "networkUpdateExternalNetwork";
    public static final String DELETE_EXTERNAL = "networkDeleteExternalNetwork";
    /** Subnets of one external network: a handful in practice. */
    static final int MAX_SCOPES = 16;

    private final Database db;
    private final TaskEngine engine;

    /** An external network's new name, description and subnets (null: unchanged). */
    public record ExternalChange(String name, String description, List<IpScope> subnets) {
    }

    public record CreatedExternal(ExternalNetworkRow network, TaskRow task) {
    }

    /** An external network's use of IP spaces: the org it is dedicated to, or null. */
    public record IpSpaceUse(UUID dedicatedOrg) {
    }

    public ExternalNetworks(Database db, TaskEngine engine) {
        this.db = db;
        this.engine = engine;
        engine.register(CREATE_EXTERNAL, (tx, task) -> tx.networks().external(task.ownerId())
                        .ifPresent(n -> tx.networks().updateExternal(n.with(n.name(), n.description(), 1))),
                (tx, task) -> tx.networks().deleteExternal(task.ownerId()));
        engine.register(UPDATE_EXTERNAL, ExternalChange.class, (tx, task, r) -> {
            ExternalNetworkRow n = tx.networks().lockExternal(task.ownerId()).orElseThrow(() ->
                    ApiException.badRequest("The external network was deleted."));
            tx.networks().updateExternal(n.with(r.name() == null ? n.name() : r.name(),
                    r.description() == null ? n.description() : r.description(), n.status()));
            if (r.subnets() != null) { // checked again: an edge may have taken addresses meanwhile
                ExternalSubnets.requireKeptByUplinks(tx, n, r.subnets());
                tx.networks().replaceScopes(n.id(), r.subnets());
            }
        });
        engine.register(DELETE_EXTERNAL, (tx, task) -> {
            ExternalNetworkRow n = tx.networks().lockExternal(task.ownerId()).orElseThrow(() ->
                    ApiException.badRequest("The external network was deleted."));
            List<NetworkRow> bridged = tx.networks().bridgedTo(n.id());
            if (!bridged.isEmpty()) {
                throw ApiException.badRequest("External network " + n.name() + " cannot be deleted: org VDC "
                        + "network(s) " + String.join(", ", bridged.stream().map(NetworkRow::name).toList())
                        + " are connected to it.");
            }
            IpSpaceUplinks.requireUnlinked(tx, n);
            if (!tx.edges().uplinksOn(n.id()).isEmpty()) {
                throw ApiException.badRequest("External network " + n.name() + " cannot be deleted: edge gateways "
                        + "have uplinks on it.");
            }
            tx.networks().deleteExternal(n.id());
        });
        engine.announce(CREATE_EXTERNAL, "network/create");
        engine.announce(DELETE_EXTERNAL, "network/delete");
    }

    /** An external network: system administrators' to see and change; 403 for anyone else, or none. */
    public ExternalNetworkRow external(Principal p, UUID id) {
        p.requireSystemAdmin();
        return Principal.found(db.read(tx -> tx.networks().external(id)), "external network", id);
    }

    /** The external network with this id, for a system administrator (vCD serves it at the admin network path). */
    public Optional<ExternalNetworkRow> externalAt(Principal p, UUID id) {
        return p.isSystemAdmin() ? db.read(tx -> tx.networks().external(id)) : Optional.empty();
    }

    /**
     * A new external network on port groups of vc1 (their morefs), or (when {@code nsxt} is given, and no port
     * groups) on an NSX-T tier-0 router, or on a segment that backs no other network.
     */
    public CreatedExternal createExternal(Principal p, String name, String description, List<IpScope> scopes,
                                          List<String> portGroups, NsxtBacking nsxt, TaskEngine.Caller by) {
        return createExternal(p, name, description, scopes, portGroups, nsxt, null, by);
    }

    /**
     * The same; with {@code ipSpaces} (vCD 10.4.1's usingIpSpace) an NSX-T network without subnets of its own, whose
     * addresses come from the IP spaces uplinks link to it, dedicated to an org or not.
     */
    public CreatedExternal createExternal(Principal p, String name, String description, List<IpScope> scopes,
                                          List<String> portGroups, NsxtBacking nsxt, IpSpaceUse ipSpaces,
                                          TaskEngine.Caller by) {
        p.requireSystemAdmin();
        String checkedName = checkName(name);
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        if (ipSpaces != null && (!scopes.isEmpty() || nsxt == null || nsxt.segment())) {
            throw ApiException.badRequest("An external network using IP spaces stands on a tier-0 router and has no "
                    + "subnets of its own.");
        }
        if (ipSpaces == null && (scopes.isEmpty() || scopes.size() > MAX_SCOPES)) {
            throw ApiException.badRequest("An external network has 1 to " + MAX_SCOPES + " IpScopes, not "
                    + scopes.size() + ".");
        }
        if (scopes.stream().anyMatch(IpScope::v6)) {
            // edges take their uplinks' addresses from external networks, and those are simulated for IPv4 only
            throw ApiException.badRequest("An external network's subnets are IPv4 subnets in vcdsim.");
        }
        Set<String> morefs = new LinkedHashSet<>(portGroups);
        if (nsxt != null && !morefs.isEmpty()) {
            throw ApiException.badRequest("An external network stands on port groups or on one NSX-T tier-0 router "
                    + "or segment, not both.");
        }
        if (nsxt == null && morefs.isEmpty()) {
            throw ApiException.badRequest("An external network needs a port group (VimPortGroupRefs) to stand on.");
        }
        for (String moref : morefs) {
            if (Provider.portGroup(moref).isEmpty()) {
                throw ApiException.invalidReference("vCenter " + Provider.VCENTER + " has no port group "
                        + Lengths.shown(moref) + ".");
            }
        }
        return db.tx(tx -> {
            if (tx.networks().externalNamed(checkedName).isPresent()) {
                throw ApiException.duplicateName("An external network named " + checkedName + " already exists.");
            }
            ExternalNetworkRow n = new ExternalNetworkRow(UUID.randomUUID(), checkedName, description, 0,
                    engine.now());
            tx.networks().insertExternal(n, scopes);
            if (ipSpaces != null) {
                tx.store(IpSpaceStore::new).useIpSpaces(n.id(), dedicatedOrg(tx, ipSpaces.dedicatedOrg()));
            }
            if (nsxt != null) {
                nsxt.back(tx, n.id());
            }
            for (String moref : morefs) {
                if (NetworkPools.inAPool(tx, moref)) {
                    throw ApiException.badRequest("Port group " + moref + " backs a network pool.");
                }
                if (!tx.networks().addPortGroup(n.id(), moref)) {
                    throw ApiException.badRequest("Port group " + moref + " already backs another network "
                            + "(external or imported).");
                }
            }
            TaskRow task = engine.start(tx, new TaskEngine.Spec(CREATE_EXTERNAL, "Creating External Network "
                    + checkedName + "(" + n.id() + ")", by, owner(n), true, null));
            return new CreatedExternal(n, task);
        });
    }

    /**
     * An external network renamed, re-described or given other subnets (null: unchanged); what its edge gateways
     * hold of it stays ({@link ExternalSubnets}).
     */
    public TaskRow updateExternal(ExternalNetworkRow n, String name, String description, List<IpScope> subnets,
                                  TaskEngine.Caller by) {
        String checkedName = name == null ? null : checkName(name);
        Lengths.atMost(description, MAX_DESCRIPTION, "Description");
        // one using IP spaces has no subnets: the empty list its PUT gives back leaves it so
        boolean ipSpaces = db.read(tx -> tx.store(IpSpaceStore::new).usingIpSpace(n.id())).isPresent();
        if (ipSpaces && subnets != null && !subnets.isEmpty()) {
            throw ApiException.badRequest("External network " + n.name() + " uses IP spaces: it has no subnets.");
        }
        List<IpScope> checkedSubnets = subnets == null || ipSpaces ? null
                : ExternalSubnets.checked(subnets, MAX_SCOPES);
        return db.tx(tx -> {
            if (checkedName != null && tx.networks().externalNamed(checkedName)
                    .filter(other -> !other.id().equals(n.id())).isPresent()) {
                throw ApiException.duplicateName("An external network named " + checkedName + " already exists.");
            }
            if (checkedSubnets != null) {
                ExternalSubnets.requireKeptByUplinks(tx, n, checkedSubnets);
            }
            return engine.start(tx, new TaskEngine.Spec(UPDATE_EXTERNAL, "Updating External Network " + n.name()
                    + "(" + n.id() + ")", by, owner(n), true, new ExternalChange(checkedName, description,
                    checkedSubnets)));
        });
    }

    /** The task fails while direct org VDC networks are connected to it. */
    public TaskRow deleteExternal(ExternalNetworkRow n, TaskEngine.Caller by) {
        return db.tx(tx -> engine.start(tx, new TaskEngine.Spec(DELETE_EXTERNAL, "Deleting External Network "
                + n.name() + "(" + n.id() + ")", by, owner(n), true, null)));
    }

    private static UUID dedicatedOrg(Tx tx, UUID org) {
        if (org != null && tx.orgs().find(org).filter(o -> !o.system()).isEmpty()) {
            throw ApiException.invalidReference("dedicatedOrg names no organization: " + org + ".");
        }
        return org;
    }

    private static ObjectRef owner(ExternalNetworkRow n) {
        return ObjectRef.of(Kind.EXTERNAL_NETWORK, n.id(), n.name());
    }

    private static String checkName(String name) {
        return NetworkService.checkName(name, "A network");
    }
}
